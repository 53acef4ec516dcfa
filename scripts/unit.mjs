// npm test's unit tests: the pure modules (settings, messages, plan, content join and override, validator, language
// fallback) tested in Node, with no browser. Each test/unit/*.test.ts is bundled by esbuild with what it imports, then
// run by node:test. Prints the spec report and ends with `N passed, N failed`; with --totals FILE, also writes that line.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';

// Inside node_modules, so that what a test imports at run time (esbuild, left out of the bundle) resolves.
mkdirSync('node_modules/.cache', { recursive: true });
const dir = mkdtempSync(join('node_modules/.cache', 'glute-knots-unit-'));
const entries = readdirSync('test/unit').filter((f) => f.endsWith('.test.ts')).map((f) => `test/unit/${f}`);
const totals = { passed: 0, failed: 0 };
try {
  await build({ entryPoints: entries, outdir: dir, bundle: true, format: 'esm', platform: 'node', outExtension: { '.js': '.mjs' }, external: ['esbuild'], logLevel: 'error' });
  const files = readdirSync(dir).filter((f) => f.endsWith('.mjs')).map((f) => join(dir, f));
  const stream = run({ files, concurrency: true });
  stream.on('test:pass', (event) => event.details?.type !== 'suite' && totals.passed++);
  stream.on('test:fail', (event) => event.details?.type !== 'suite' && totals.failed++);
  stream.compose(spec).pipe(process.stdout);
  await new Promise((resolve) => stream.on('end', resolve));
} catch (error) {
  console.error(error);
  totals.failed++;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const line = `${totals.passed} passed, ${totals.failed} failed`;
const at = process.argv.indexOf('--totals');
if (at > 0) writeFileSync(process.argv[at + 1], `${line}\n`);
console.log(`unit tests: ${line}`);
process.exit(totals.failed || !totals.passed ? 1 : 0);
