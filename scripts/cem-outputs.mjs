// Generates the IDE data and the framework types from custom-elements.json (run by `npm run analyze`, so also by
// `npm run build`). Everything lands in dist/, which is published; nothing here is written by hand.
//   dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json  VS Code (custom-element-vs-code-integration)
//   dist/web-types.json                                                 JetBrains (custom-element-jet-brains-integration)
//   dist/types/frameworks/{react,preact,solid}.d.ts                     JSX types (@wc-toolkit/jsx-types)
//   dist/types/frameworks/vue.d.ts                                      Vue GlobalComponents (custom-element-vuejs-integration)
//   dist/frameworks/*.js                                                empty modules, so each types entry also resolves at run time
// `node scripts/cem-outputs.mjs --out DIR` writes the same files under DIR instead of dist/.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getVsCodeCssCustomData, getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { getWebTypesData } from 'custom-element-jet-brains-integration';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? process.argv[outIndex + 1] : 'dist';
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** The generators want one module per element with only public names; the manifest lists source modules. */
function publicManifest() {
  const copy = structuredClone(manifest);
  for (const module of copy.modules) {
    const elements = (module.declarations ?? []).filter((d) => d.customElement && d.tagName);
    // The base class (no tag) and helpers are not part of the elements' public API.
    module.declarations = elements;
    module.exports = (module.exports ?? []).filter((e) => e.kind === 'js' && elements.some((d) => d.name === e.name));
  }
  copy.modules = copy.modules.filter((m) => m.declarations.length);
  return copy;
}

const noUndefinedDefaults = (text) => text.replaceAll(' _(default: undefined)_', '');
const files = new Map();
const quiet = { hideLogs: true };

// IDEs. The VS Code files are referenced from the user's .vscode/settings.json (see README); JetBrains IDEs find
// web-types.json through package.json's "web-types".
files.set('vscode.html-custom-data.json', noUndefinedDefaults(getVsCodeHtmlCustomData(publicManifest(), quiet)));
files.set('vscode.css-custom-data.json', getVsCodeCssCustomData(publicManifest(), quiet));
const webTypes = JSON.parse(noUndefinedDefaults(getWebTypesData(publicManifest(), { ...quiet, packageJson: false })));
webTypes.name = pkg.name;
webTypes.version = pkg.version;
files.set('web-types.json', `${JSON.stringify(webTypes, null, 2)}\n`);

// Framework types import the element classes and event details from the package's own declarations.
const typesFrom = '../src/index.js';
const header = (what) => `// ${what} for glute-knots, generated from custom-elements.json by scripts/cem-outputs.mjs. Do not edit.\n`;

// JSX: one generated file augments every JSX runtime it knows; split it so each framework's file augments only its
// own module (a file that augments a module the project does not have fails type-checking without skipLibCheck).
const scratch = mkdtempSync(join('node_modules', '.cache-gk-types-'));
try {
  generateJsxTypes(publicManifest(), { outdir: scratch, fileName: 'jsx.d.ts', globalTypePath: typesFrom, hideLogs: true });
  const jsx = readFileSync(join(scratch, 'jsx.d.ts'), 'utf8'); // formatted by the generator (its return value is not)
  const blocks = [...jsx.matchAll(/^declare (?:module ["']([^"']+)["']|global) \{\n[\s\S]*?^\}\n?/gm)];
  const common = jsx.slice(0, blocks[0].index).trimEnd();
  const block = (name) => {
    const found = blocks.find((b) => b[1] === name);
    if (!found) throw new Error(`@wc-toolkit/jsx-types wrote no augmentation of "${name}"`);
    return found[0].trimEnd();
  };
  // The type-only import loads the framework's module into the program: without it, Solid's JSX (a re-exported
  // namespace) is not found to augment, and the tags stay unknown.
  const jsxFile = (frameworks, modules) =>
    `${header(`${frameworks} JSX types`)}import type {} from "${modules[0]}";\n${common}\n\n${modules.map(block).join('\n\n')}\n`;
  files.set('types/frameworks/react.d.ts', jsxFile('React 19', ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime']));
  files.set('types/frameworks/preact.d.ts', jsxFile('Preact', ['preact']));
  files.set('types/frameworks/solid.d.ts', jsxFile('Solid', ['solid-js']));

  // Vue. The generator names event props `on<event-name>`, but Vue compiles `@stretch-complete` to `onStretchComplete`;
  // it wraps each event's type in CustomEvent<…> but imports only the element classes; and it offers read-only
  // properties as props. So, on a copy: PascalCase the event names, give the detail type as an inline import
  // (`CustomEvent<StretchCompleteDetail>` → `import("…").StretchCompleteDetail`), and drop read-only members.
  const forVue = publicManifest();
  for (const d of forVue.modules.flatMap((m) => m.declarations)) {
    d.members = (d.members ?? []).filter((m) => !m.readonly);
    for (const e of d.events ?? []) {
      e.name = e.name.replace(/(^|-)(\w)/g, (_, _dash, c) => c.toUpperCase());
      const detail = /^CustomEvent<(\w+)>$/.exec(e.type?.text ?? '')?.[1];
      if (detail) e.type.text = `import("${typesFrom}").${detail}`;
      else if (e.type?.text === 'CustomEvent') e.type.text = 'undefined'; // an event with no detail
    }
  }
  const log = console.log;
  console.log = () => {}; // it logs each step whatever `hideLogs` says
  try {
    generateVuejsTypes(forVue, { outdir: scratch, fileName: 'vue.d.ts', globalTypePath: typesFrom, hideLogs: true });
  } finally {
    console.log = log;
  }
  const vue = readFileSync(join(scratch, 'vue.d.ts'), 'utf8')
    // Only Vue's GlobalComponents: the generator also adds a global JSX namespace, which would clash with React's.
    .replace(/\ndeclare global \{\n[\s\S]*?^\}\n?/m, '\n');
  if (!vue.includes('interface GlobalComponents')) throw new Error('custom-element-vuejs-integration wrote no GlobalComponents');
  files.set('types/frameworks/vue.d.ts', `${header('Vue 3 GlobalComponents types')}${vue.trimEnd()}\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

for (const name of ['react', 'preact', 'solid', 'vue']) {
  files.set(`frameworks/${name}.js`, `// Types only: see ../types/frameworks/${name}.d.ts.\nexport {};\n`);
}

for (const [name, text] of files) {
  const path = join(out, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}
console.log(`IDE data and framework types: ${[...files.keys()].filter((f) => !f.endsWith('.js')).map((f) => `${out}/${f}`).join(', ')}`);
