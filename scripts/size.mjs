// npm run size: min+gzip sizes of the bundle and of what a bundler ships for each single element import
// (Lit included). Exits 1 when something is over its budget.
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const budgets = { 'glute-knots.js (whole library)': 35 * KB, 'stretch-timer': 14 * KB, 'causes-table': 9 * KB };
const gz = (code) => gzipSync(code, { level: 9 }).length;

if (!existsSync('dist/glute-knots.js')) {
  console.error('Run `npm run build` first.');
  process.exit(1);
}
const rows = [['glute-knots.js (whole library)', gz(readFileSync('dist/glute-knots.js')), readFileSync('dist/glute-knots.js').length]];
const elements = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/index.ts`) && d.name.includes('-'))
  .map((d) => d.name);
for (const name of elements) {
  // What `import 'glute-knots/<name>.js'` costs a site that bundles it: the npm module plus Lit, minified.
  const entry = existsSync(`dist/${name}.js`) ? `dist/${name}.js` : `src/${name}/index.ts`;
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', target: 'es2021', write: false, logLevel: 'error' });
  const code = result.outputFiles[0].contents;
  rows.push([name, gz(code), code.length]);
}

let over = 0;
console.log('| bundle | min | min+gzip | budget |\n| --- | ---: | ---: | ---: |');
for (const [name, gzip, min] of rows) {
  const budget = budgets[name];
  const fail = budget !== undefined && gzip > budget;
  if (fail) over++;
  const fmt = (n) => `${(n / KB).toFixed(1)} KB`;
  console.log(`| ${name} | ${fmt(min)} | ${fmt(gzip)} | ${budget ? `${fmt(budget)}${fail ? ' OVER' : ' ok'}` : '–'} |`);
}
if (over) {
  console.error(`\n${over} bundle(s) over budget.`);
  process.exit(1);
}
