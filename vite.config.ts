import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { shippedLocales } from './content/ids.js';
import { elements } from './src/elements.js';


/**
 * Three builds (see scripts/build.mjs):
 * - default: per-element ES modules for npm, `lit` left as a dependency;
 * - `--mode bundle`: dist/glute-knots.js, one ES module with Lit inside;
 * - `--mode iife`: dist/glute-knots.iife.js, the same as a classic script;
 * - `--mode iife-<tag>`: dist/<tag>.iife.js, a classic script that defines one element (and the elements it shows
 *   inside) and sets no global: its entry imports `src/<tag>/index.ts` for its effect only, so it has no exports for
 *   a global to hold, and `window.GluteKnots` stays the whole library's when both are on a page;
 * - `--mode locale-<code>`: dist/locales/<code>.iife.js, a language pack as a classic script.
 */
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** The pages of the documentation site (`demo/<page>.html`). */
const sitePages = ['index', 'docs', 'clinic', 'configure'];

/**
 * `gk-element-script:<tag>`, the entry of `--mode iife-<tag>`: a module that only imports the element's defining module.
 * (Vite's lib mode makes an entry id absolute, so the id is matched at its end.)
 */
const elementScriptEntry: Plugin = {
  name: 'gk-element-script',
  resolveId: (id) => (/gk-element-script:[a-z-]+$/.test(id) ? `\0${id}` : null),
  load(id) {
    const tag = /^\0.*gk-element-script:([a-z-]+)$/.exec(id)?.[1];
    return tag ? `import ${JSON.stringify(resolve(`src/${tag}/index.ts`))};\n` : null;
  },
};

export default defineConfig(({ mode, command }) => {
  // The dev server scans only the demo pages for dependencies: demo/examples import the built package by name.
  if (command === 'serve') {
    return { define: { __GK_VERSION__: JSON.stringify(version) }, server: { open: '/demo/index.html' }, optimizeDeps: { entries: ['demo/*.html'] } };
  }
  // `--mode site` (npm run site): the documentation site in dist-site/ (the demo, the API page, the clinic page and
  // the configurator), with relative addresses so that any static host, in any folder, serves it.
  if (mode === 'site') {
    return {
      root: 'demo',
      base: './',
      define: { __GK_VERSION__: JSON.stringify(version) },
      build: {
        outDir: resolve('dist-site'),
        emptyOutDir: true,
        target: 'es2022',
        rolldownOptions: { input: Object.fromEntries(sitePages.map((p) => [p, resolve(`demo/${p}.html`)])) },
      },
    };
  }
  const locale = mode.startsWith('locale-') ? mode.slice('locale-'.length) : null;
  const element = mode.startsWith('iife-') ? mode.slice('iife-'.length) : null;
  if (element !== null && !(elements as readonly string[]).includes(element)) throw new Error(`No element ${element} in src/elements.ts`);
  const iife = mode === 'iife' || locale !== null || element !== null;
  const bundled = mode === 'bundle' || iife;
  const entry = locale
    ? { [`locales/${locale}`]: `src/locales/${locale}.ts` }
    : element
      ? { [element]: `gk-element-script:${element}` }
      : bundled
        ? { 'glute-knots': 'src/index.ts' }
        : Object.fromEntries([
            ['index', 'src/index.ts'],
            ...elements.map((e) => [e, `src/${e}/index.ts`]),
            ...elements.map((e) => [`${e}.class`, `src/${e}/${e}.ts`]),
            ...shippedLocales.map((l) => [`locales/${l}`, `src/locales/${l}.ts`]), // language packs besides English
          ]);
  return {
    // The version a copy of the library tells others by (src/core/define.ts).
    define: { __GK_VERSION__: JSON.stringify(version) },
    // Collapses the whitespace inside html`` and css`` templates (the npm modules are otherwise unminified).
    // keepClosingSlash: the SVG drawings need their self-closing tags.
    plugins: [elementScriptEntry, minifyTemplateLiterals({ options: { minifyOptions: { keepClosingSlash: true } }, failOnError: true })],
    build: {
      target: 'es2021',
      emptyOutDir: false,
      // Maps stay in dist/ for local debugging, but the files carry no `sourceMappingURL` comment: the npm package
      // leaves the maps out (package.json `files`), and a comment naming a missing map makes browsers and bundlers warn.
      sourcemap: 'hidden',
      minify: bundled,
      lib: {
        entry,
        name: locale ? `GluteKnots_${locale}` : 'GluteKnots',
        formats: [iife ? 'iife' : 'es'],
        fileName: (_format, name) => (iife ? `${name}.iife.js` : `${name}.js`),
      },
      // Vite keeps whitespace in ES library output; the bundle for script tags is minified in full.
      // The QR encoder (lean-qr) is a dynamic import: a chunk of its own in the ES builds, loaded only by the routine's
      // "Send to phone"; a classic script is one file (Vite builds it without code splitting), so it holds it inline.
      rolldownOptions: bundled
        ? { output: { minify: true, chunkFileNames: 'shared/[name]-[hash].js' } }
        : { external: [/^lit($|\/)/, /^@lit\//], output: { chunkFileNames: 'shared/[name]-[hash].js' } },
    },
  };
});
