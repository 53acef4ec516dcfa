// npm run size: min+gzip sizes of the bundle and of what a bundler ships for each single element import (Lit
// included, as `esbuild --bundle --minify` does it).
//
// Two limits per bundle:
// - target: the budget of issue 15 (whole 36, timer 14, table 9, map 13 KB). Not met yet: Lit alone is 6.0 KB of every figure, and what is
//   left for the table and the timer is less than their required languages, validation and drawings cost.
// - ceiling: today's size plus a little. `npm test` runs this script and fails when a bundle grows past its ceiling,
//   so growth is always a decision: raise a ceiling only in the commit that needs it, saying why; lower it whenever a
//   bundle shrinks.
// `npm run size -- --strict` fails on the targets instead. `npm run size -- --modules <element>` shows what each
// module of that element costs: the gzip size of the bundle minus that of the bundle with the module's code left out.
// `npm run size -- --write` (run by `npm run build`) writes the README's size table instead of checking: the figures
// are the same for the same source (esbuild and gzip), so npm test's README freshness check keeps the table honest.
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { loadTs } from './lib/load-ts.mjs';
import { writeReadmeBlock } from './lib/readme-block.mjs';

const KB = 1024;
const WHOLE = 'glute-knots.js (whole library)';
const targets = { [WHOLE]: 36, 'stretch-timer': 14, 'causes-table': 9, 'glute-muscle-map': 13 };
const ceilings = { [WHOLE]: 61.8, 'causes-table': 11.1, 'glute-knot-guide': 54.7, 'glute-muscle-map': 13.8, 'stretch-routine': 35.7, 'stretch-timer': 26.3 };
/** What a figure holds besides the element itself (README table). */
const holds = { 'stretch-timer': 'with its thirteen drawings', 'stretch-routine': 'with the timer', 'glute-knot-guide': 'with every other element' };
const strict = process.argv.includes('--strict');
const gz = (code) => gzipSync(code, { level: 9 }).length;

const moduleIndex = process.argv.indexOf('--modules');
if (moduleIndex > 0) {
  const name = process.argv[moduleIndex + 1];
  if (!existsSync(`src/${name}/index.ts`)) {
    console.error(`No element "${name}" in src/.`);
    process.exit(1);
  }
  // Whitespace kept so that esbuild's "// path" comments split the bundle into its modules.
  const result = await build({ entryPoints: [`src/${name}/index.ts`], bundle: true, minifySyntax: true, minifyIdentifiers: true, format: 'esm', target: 'es2021', write: false, logLevel: 'error' });
  const code = result.outputFiles[0].text;
  const whole = gz(code);
  const parts = code.split(/^(?=\/\/ (?:node_modules|src|content)\/)/m).filter((part) => part.startsWith('// '));
  const costs = parts.map((part) => [part.slice(3, part.indexOf('\n')), whole - gz(code.replace(part, ''))]).sort((a, b) => b[1] - a[1]);
  console.log(`${name}: ${(whole / KB).toFixed(1)} KB gzip before whitespace minification\n\n| module | about |\n| --- | ---: |`);
  for (const [path, cost] of costs) console.log(`| ${path} | ${(cost / KB).toFixed(2)} KB |`);
  process.exit(0);
}

if (!existsSync('dist/glute-knots.js')) {
  console.error('Run `npm run build` first.');
  process.exit(1);
}
const rows = [[WHOLE, gz(readFileSync('dist/glute-knots.js')), readFileSync('dist/glute-knots.js').length]];
const { elements } = await loadTs("export { elements } from './src/elements.ts';");
/** Chunks loaded only on demand (dynamic imports, such as the routine's QR encoder): shown, not counted in the figures. */
const lazy = [];
for (const name of elements) {
  // What `import 'glute-knots/<name>.js'` costs a site that bundles it: the npm module plus Lit, minified; a dynamic
  // import stays a chunk of its own, as bundlers split it.
  const entry = existsSync(`dist/${name}.js`) ? `dist/${name}.js` : `src/${name}/index.ts`;
  const result = await build({ entryPoints: { [name]: entry }, bundle: true, splitting: true, outdir: 'size-out', minify: true, format: 'esm', target: 'es2021', write: false, logLevel: 'error' });
  const [main, ...chunks] = [...result.outputFiles].sort((a, b) => Number(!a.path.endsWith(`/${name}.js`)) - Number(!b.path.endsWith(`/${name}.js`)));
  rows.push([name, gz(main.contents), main.contents.length]);
  for (const chunk of chunks) lazy.push([`${name}: ${chunk.path.split('/').pop().split('-')[0]} (loaded on demand)`, gz(chunk.contents), chunk.contents.length]);
}

// The classic scripts of single elements and the language packs for script tags: shown, not limited.
const sized = (path) => {
  const code = readFileSync(path);
  return [path, gz(code), code.length];
};
const scripts = elements.map((name) => sized(`dist/${name}.iife.js`));
const locales = readdirSync('dist/locales').filter((f) => f.endsWith('.iife.js')).map((f) => sized(`dist/locales/${f}`));

const fmt = (n) => `${(n / KB).toFixed(1)} KB`;
const kb = (limit) => (limit === undefined ? '–' : `${limit} KB`);

if (process.argv.includes('--write')) {
  const label = (name) => (name === WHOLE ? '`dist/glute-knots.js` (every element, all English content and drawings)'
    : `\`glute-knots/${name}.js\` alone${holds[name] ? ` (${holds[name]})` : ''}`);
  const table = [
    '| bundle | min+gzip | target | ceiling (`npm test`) |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map(([name, gzip]) => `| ${label(name)} | ${fmt(gzip)} | ${kb(targets[name])} | ${kb(ceilings[name])} |`),
    ...lazy.map(([name, gzip]) => `| \`glute-knots/${name.replace(/: nano \(.*/, '.js`: its QR encoder (lean-qr), a chunk loaded when "Send to phone" opens')} | ${fmt(gzip)} | – | – |`),
    ...scripts.map(([path, gzip], i) => `| \`${path}\` (classic script, Lit included${holds[elements[i]] ? `, ${holds[elements[i]]}` : ''}) | ${fmt(gzip)} | – | – |`),
    ...locales.map(([path, gzip]) => `| \`${path}\` (${new Intl.DisplayNames('en', { type: 'language' }).of(path.split('/').pop().split('.')[0])}, only if added) | ${fmt(gzip)} | – | – |`),
  ].join('\n');
  console.log(writeReadmeBlock('size', table) ? 'README size table updated.' : 'README size table is up to date.');
  process.exit(0);
}

const failures = [];
console.log('| bundle | min | min+gzip | target | ceiling |\n| --- | ---: | ---: | ---: | ---: |');
for (const [name, gzip, min] of rows) {
  const target = targets[name] === undefined ? '–' : gzip > targets[name] * KB ? `${targets[name]} KB over by ${fmt(gzip - targets[name] * KB)}` : `${targets[name]} KB ok`;
  const ceiling = ceilings[name] === undefined ? '–' : `${ceilings[name]} KB ${gzip > ceilings[name] * KB ? 'OVER' : 'ok'}`;
  console.log(`| ${name} | ${fmt(min)} | ${fmt(gzip)} | ${target} | ${ceiling} |`);
  if (ceilings[name] !== undefined && gzip > ceilings[name] * KB) failures.push(`${name} grew past its ceiling of ${ceilings[name]} KB`);
  if (strict && targets[name] !== undefined && gzip > targets[name] * KB) failures.push(`${name} is over its target of ${targets[name]} KB`);
  if (ceilings[name] === undefined) failures.push(`${name} has no ceiling: add one to scripts/size.mjs`);
}
for (const [name, gzip, min] of lazy) console.log(`| ${name} | ${fmt(min)} | ${fmt(gzip)} | – | – |`);
for (const [path, gzip, min] of [...scripts, ...locales]) console.log(`| ${path.slice('dist/'.length)} | ${fmt(min)} | ${fmt(gzip)} | – | – |`);
if (failures.length) {
  console.error(`\n${failures.join('\n')}`);
  process.exit(1);
}
