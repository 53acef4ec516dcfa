// The one declaration of what `cem analyze` reads and writes (npm run analyze, so also npm run build). Run from the
// project root, it writes custom-elements.json and, from the finished manifest, everything IDEs and frameworks read:
//   dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json  VS Code (custom-element-vs-code-integration)
//   dist/web-types.json                                                 JetBrains (custom-element-jet-brains-integration)
//   dist/types/frameworks/{react,preact,solid}.d.ts                     JSX types (@wc-toolkit/jsx-types)
//   dist/types/frameworks/vue.d.ts                                      Vue GlobalComponents (custom-element-vuejs-integration)
//   dist/frameworks/*.js                                                empty modules, so each types entry also resolves at run time
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';

const DIST = 'dist';
const FRAMEWORK_TYPES = 'dist/types/frameworks';
/** Framework types import the element classes and event details from the package's own declarations. */
const TYPES_FROM = '../src/index.js';

/**
 * The elements register through their static `define()` (`StretchTimer.define()` in each `src/<tag>/index.ts`),
 * which the analyzer does not know, so it would leave out the `custom-element-definition` exports that the manifest
 * schema asks of self-registering elements and that IDE and framework tools read. This adds one per `X.define()`
 * call at a module's top level, with the tag given, else the class's own (`@customElement`), pointing at the
 * imported class's module.
 */
function defineCalls() {
  const calls = [];
  return {
    name: 'glute-knots-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isExpressionStatement(node) || !ts.isCallExpression(node.expression)) return;
      const call = node.expression;
      if (!ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== 'define') return;
      const element = call.expression.expression;
      const [tag] = call.arguments;
      if (!ts.isIdentifier(element) || (tag && !ts.isStringLiteral(tag))) return;
      const source = node.getSourceFile();
      let module = moduleDoc.path;
      for (const statement of source.statements) {
        const named = ts.isImportDeclaration(statement) && statement.importClause?.namedBindings;
        if (named && ts.isNamedImports(named) && named.elements.some((e) => e.name.text === element.text)) {
          const from = statement.moduleSpecifier.text;
          if (from.startsWith('.')) module = posix.join(posix.dirname(moduleDoc.path), from).replace(/\.js$/, '.ts');
        }
      }
      calls.push({ moduleDoc, tag: tag?.text, declaration: { name: element.text, module } });
    },
    packageLinkPhase({ customElementsManifest }) {
      const tagOf = (name, path) => customElementsManifest.modules.find((m) => m.path === path)?.declarations?.find((d) => d.name === name)?.tagName;
      for (const { moduleDoc, tag, declaration } of calls.splice(0)) {
        const name = tag ?? tagOf(declaration.name, declaration.module);
        if (!name) continue;
        moduleDoc.exports ??= [];
        moduleDoc.exports.push({ kind: 'custom-element-definition', name, declaration });
      }
    },
  };
}

/** The analyzer lists modules in the order its file walk finishes, which varies; sort them so the file is stable. */
function sortModules() {
  return {
    name: 'glute-knots-sort-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

/** Runs `plugin` on a copy of the manifest changed by `change`, so what one generator needs never reaches the file. */
function onCopy(plugin, change) {
  return {
    name: plugin.name,
    packageLinkPhase({ customElementsManifest, context }) {
      const copy = structuredClone(customElementsManifest);
      change(copy);
      plugin.packageLinkPhase({ customElementsManifest: copy, context });
    },
  };
}

/**
 * With `globalTypePath`, the JSX generator imports every export of every module that holds an element (the base class,
 * helper constants and types too), so it gets a copy that keeps only the elements and their own exports.
 */
function elementsOnly(manifest) {
  for (const module of manifest.modules) {
    const elements = (module.declarations ?? []).filter((d) => d.customElement && d.tagName);
    module.declarations = elements;
    module.exports = (module.exports ?? []).filter((e) => e.kind === 'js' && elements.some((d) => d.name === e.name));
  }
  manifest.modules = manifest.modules.filter((m) => m.declarations.length);
}

/**
 * Vue compiles `@stretch-complete` to the prop `onStretchComplete`, but the generator names event props
 * `on<event-name>`; it wraps each event's type in `CustomEvent<…>` but imports only the element classes; and it offers
 * read-only properties as props. So Vue gets a copy with PascalCase event names, each detail type as an inline import
 * (`CustomEvent<StretchCompleteDetail>` → `import("…").StretchCompleteDetail`), and no read-only members.
 */
function forVue(manifest) {
  for (const d of manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName)) {
    d.members = (d.members ?? []).filter((m) => !m.readonly);
    for (const e of d.events ?? []) {
      e.name = e.name.replace(/(^|-)(\w)/g, (_, _dash, c) => c.toUpperCase());
      const detail = /^CustomEvent<(\w+)>$/.exec(e.type?.text ?? '')?.[1];
      if (detail) e.type.text = `import("${TYPES_FROM}").${detail}`;
      else if (e.type?.text === 'CustomEvent') e.type.text = 'undefined'; // an event with no detail
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// POST-FIXES. The only place that edits generated files, each for a gap no option of the generator covers (worth
// filing upstream). Runs after the generators.
// 1. VS Code, JetBrains and Vue describe a CSS property without a default as `_(default: undefined)_`.
// 2. @wc-toolkit/jsx-types writes one file that augments every JSX runtime it knows (React, Preact, Solid, Qwik, Stencil,
//    Hono, React Native, the global JSX); a file that augments a module the project does not have fails type-checking
//    without skipLibCheck. So it is split: each framework's file keeps the shared types and only its own augmentations.
// 3. custom-element-vuejs-integration also adds a global JSX namespace, which would clash with React's: Vue's file keeps
//    only GlobalComponents.
// 4. @wc-toolkit/jsx-types types `ref` as the element or a callback, Solid's form: React's and Preact's files take the
//    framework's own `Ref<T>`, so an object ref (`useRef<StretchTimer>(null)`) compiles.
// ---------------------------------------------------------------------------------------------------------------------
function postFixes() {
  const header = (what) => `// ${what} for glute-knots, generated from custom-elements.json by custom-elements-manifest.config.mjs. Do not edit.\n`;
  const read = (file) => readFileSync(join(DIST, file), 'utf8');
  const write = (file, text) => writeFileSync(join(DIST, file), text);
  const noUndefinedDefaults = (text) => text.replaceAll(' _(default: undefined)_', '');
  return {
    name: 'glute-knots-post-fixes',
    packageLinkPhase() {
      // 1.
      for (const file of ['vscode.html-custom-data.json', 'web-types.json']) write(file, noUndefinedDefaults(read(file)));
      // 2.
      const jsx = read('types/frameworks/jsx.d.ts');
      rmSync(join(DIST, 'types/frameworks/jsx.d.ts'));
      const blocks = [...jsx.matchAll(/^declare (?:module ["']([^"']+)["']|global) \{\n[\s\S]*?^\}\n?/gm)];
      const common = jsx.slice(0, blocks[0].index).trimEnd();
      const block = (name) => {
        const found = blocks.find((b) => b[1] === name);
        if (!found) throw new Error(`@wc-toolkit/jsx-types wrote no augmentation of "${name}"`);
        return found[0].trimEnd();
      };
      // The type-only import loads the framework's module into the program: without it, Solid's JSX (a re-exported
      // namespace) is not found to augment, and the tags stay unknown.
      const solidRef = 'ref?: (T | ((e: T) => void)) | undefined;';
      if (!common.includes(solidRef)) throw new Error('@wc-toolkit/jsx-types changed how it types `ref`');
      // 4.
      const withRef = (text, ref) => (ref ? text.replace(solidRef, `ref?: ${ref} | undefined;`) : text);
      const jsxFile = (frameworks, modules, ref) =>
        `${header(`${frameworks} JSX types`)}import type {} from "${modules[0]}";\n${withRef(common, ref)}\n\n${modules.map(block).join('\n\n')}\n`;
      write('types/frameworks/react.d.ts', jsxFile('React 19', ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime'], 'import("react").Ref<T>'));
      write('types/frameworks/preact.d.ts', jsxFile('Preact', ['preact'], 'import("preact").Ref<T>'));
      write('types/frameworks/solid.d.ts', jsxFile('Solid', ['solid-js']));
      // 1 and 3.
      const vue = noUndefinedDefaults(read('types/frameworks/vue.d.ts')).replace(/\ndeclare global \{\n[\s\S]*?^\}\n?/m, '\n');
      if (!vue.includes('interface GlobalComponents')) throw new Error('custom-element-vuejs-integration wrote no GlobalComponents');
      write('types/frameworks/vue.d.ts', `${header('Vue 3 GlobalComponents types')}${vue.trimEnd()}\n`);
    },
  };
}

/** dist/frameworks/<name>.js: the run-time side of each `glute-knots/<framework>` entry, which carries only types. */
function frameworkEntries() {
  return {
    name: 'glute-knots-framework-entries',
    packageLinkPhase() {
      mkdirSync(join(DIST, 'frameworks'), { recursive: true });
      for (const name of ['react', 'preact', 'solid', 'vue']) {
        writeFileSync(join(DIST, 'frameworks', `${name}.js`), `// Types only: see ../types/frameworks/${name}.d.ts.\nexport {};\n`);
      }
    },
  };
}

export default {
  globs: ['src/*-*/*.ts', 'src/core/base.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  // package.json already names the manifest (`customElements`); the analyzer must not rewrite it.
  packagejson: false,
  plugins: [
    defineCalls(),
    sortModules(),
    // IDEs. The VS Code files are referenced from the user's .vscode/settings.json (see README); JetBrains IDEs find
    // web-types.json through package.json's "web-types" (written by hand, so `packageJson` stays off).
    customElementVsCodePlugin({ outdir: DIST, hideLogs: true }),
    customElementJetBrainsPlugin({ outdir: DIST, hideLogs: true }),
    onCopy(jsxTypesPlugin({ outdir: FRAMEWORK_TYPES, fileName: 'jsx.d.ts', globalTypePath: TYPES_FROM }), elementsOnly),
    onCopy(customElementVuejsPlugin({ outdir: FRAMEWORK_TYPES, fileName: 'vue.d.ts', globalTypePath: TYPES_FROM, hideLogs: true }), forVue),
    postFixes(),
    frameworkEntries(),
  ],
};
