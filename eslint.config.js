// ESLint (flat config). `npm run lint` runs it with --max-warnings 0, then lit-analyzer for template bindings.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/**', 'dist-examples/**', 'dist-site/**', 'node_modules/**', 'screenshots-tmp/**', 'demo/examples/**/*.vue'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_`-prefixed names are deliberately unused (callback signatures, rest omission).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  // Templates: Lit's own rules and its accessibility rules, on everything that writes html``.
  {
    files: ['src/**/*.ts', 'content/**/*.ts', 'demo/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'content/**/*.ts', 'demo/**/*.ts', 'test/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  // Deliberate exceptions, each checked by hand:
  {
    // The validator walks untyped content objects from site owners.
    files: ['content/validate.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The table is restyled as cards (display: block/grid) on narrow screens, which drops the implicit table roles in
    // some browsers; the explicit roles keep it a table to assistive technology.
    files: ['src/causes-table/causes-table.ts'],
    rules: { 'lit-a11y/no-redundant-role': 'off' },
  },
  {
    // One delegated click listener on the wrapper handles the in-page `<a href="#…">` links; the links themselves are
    // the interactive, keyboard-reachable elements (Enter on a link fires the same click).
    files: ['src/glute-knot-guide/glute-knot-guide.ts'],
    rules: { 'lit-a11y/click-events-have-key-events': 'off' },
  },
  {
    // Small files: behaviour with a lifecycle goes in a controller, pure logic in a plain module.
    files: ['src/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 300 }] },
  },
  {
    // Controllers are created for their lifecycle alone (`new XController(this, …)` registers itself on the host).
    files: ['src/**/*.ts'],
    rules: { 'no-new': 'off' },
  },
  // Node scripts, configs and the unit tests (node:test).
  {
    files: ['scripts/**/*.mjs', 'test/server/**/*.mjs', 'test/unit/**/*.ts', '*.config.{js,mjs,ts}', 'demo/examples/*/vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  // Tests use mocha's globals and chai's property assertions (`expect(x).to.be.true`).
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests feed hostile markup (`<img onerror>`) into attributes on purpose.
      'lit/attribute-value-entities': 'off',
    },
  },
);
