// Builds everything in dist/: per-element modules, the two bundles, types and the manifest; and writes the README's
// generated blocks (API, example snippets, size table).
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
run('npm run --silent analyze');
run('node scripts/size.mjs --write'); // the README's size table, from the bundles just built

// Subresource Integrity hashes for the CDN snippets in the README.
const integrity = {};
for (const file of ['glute-knots.js', 'glute-knots.iife.js', ...readdirSync('dist/locales').filter((f) => f.endsWith('.iife.js')).map((f) => `locales/${f}`)]) {
  integrity[file] = `sha384-${createHash('sha384').update(readFileSync(`dist/${file}`)).digest('base64')}`;
}
writeFileSync('dist/integrity.json', `${JSON.stringify(integrity, null, 2)}\n`);
console.log(`dist/integrity.json: ${integrity['glute-knots.iife.js']} (glute-knots.iife.js)`);
