// Builds everything in dist/: per-element modules, the two bundles, a classic script per element, types and the
// manifest; and writes the README's generated blocks (API, example snippets, size table).
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadTs } from './lib/load-ts.mjs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
rmSync('dist', { recursive: true, force: true });
run('node scripts/check-content.mjs');
run('npx vite build --logLevel warn');
run('npx vite build --mode bundle --logLevel warn');
run('npx vite build --mode iife --logLevel warn');
const { elements } = await loadTs("export { elements } from './src/elements.ts';");
for (const tag of elements) run(`npx vite build --mode iife-${tag} --logLevel warn`); // dist/<tag>.iife.js
const { shippedLocales } = await loadTs("export { shippedLocales } from './content/ids.ts';");
for (const code of shippedLocales) run(`npx vite build --mode locale-${code} --logLevel warn`);
run('npx tsc -p tsconfig.build.json');
// Types for the classic script (package.json exports "./glute-knots.iife.js"): it defines every element and sets the
// global `GluteKnots` to the library's exports. `/// <reference types="glute-knots/glute-knots.iife.js" />` in a page's
// TypeScript brings in the global and the element types.
writeFileSync('dist/types/iife.d.ts', `import type * as Library from './src/index.js';

declare global {
  /** glute-knots, as set by the classic script glute-knots.iife.js. */
  var GluteKnots: typeof Library;
}

export {};
`);
// Types for each element's classic script (exports "./<tag>.iife.js"): it defines the element, with the elements it
// shows inside, and sets no global, so its types are the element's tag and event types.
for (const tag of elements) {
  writeFileSync(`dist/types/${tag}.iife.d.ts`, `// ${tag}.iife.js defines <${tag}> (with any elements it shows inside); it sets no global.
import './src/${tag}/index.js';
`);
}
run('npm run --silent analyze');
run('node scripts/size.mjs --write'); // the README's size table, from the bundles just built

// Subresource Integrity hashes of the files a page loads from a CDN: the bundles, each element's classic script, the
// language packs (scripts/check-package.mjs checks them against the files).
const integrity = {};
const packs = readdirSync('dist/locales').filter((f) => f.endsWith('.iife.js')).map((f) => `locales/${f}`);
for (const file of ['glute-knots.js', 'glute-knots.iife.js', ...elements.map((tag) => `${tag}.iife.js`), ...packs]) {
  integrity[file] = `sha384-${createHash('sha384').update(readFileSync(`dist/${file}`)).digest('base64')}`;
}
writeFileSync('dist/integrity.json', `${JSON.stringify(integrity, null, 2)}\n`);
console.log(`dist/integrity.json: ${integrity['glute-knots.iife.js']} (glute-knots.iife.js)`);
run('node scripts/wordpress.mjs'); // dist/glute-knots-wordpress.zip: the WordPress plugin, with the library just built
