// npm run bench: speed figures in Chromium from the built dist/. Prints them; never fails on a figure (timings are not
// tests), only when the browser cannot run.
// 1. Load (scripts/lib/bench-load.mjs): per element, script start to first render, to first paint, and JS heap after
//    render, against a floor bundle (Lit + one `<p>`) built in the same run: BENCH_ROUNDS interleaved rounds (default
//    13, at least 9 for the README), 4× CPU throttling, each figure as a median with its spread and as a ratio to the
//    floor paired per round, next to issue 15's goals.
// 2. <stretch-timer>'s end-of-hold accuracy and idle scheduling (scripts/lib/bench-timer.mjs); BENCH_HOLD=30 sets the
//    hold in seconds.
// 3. Layout shift with and without the reserve CSS, and over a whole short routine (scripts/lib/bench-cls.mjs).
// `--load-only` skips 2 and 3. `npm run bench -- --write` also puts the block it prints in the README (between the
// bench markers). The figures depend on the machine, so only this writes them, never the build. BENCH_DEBUG=1 logs
// progress on stderr.
import puppeteer from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromiumArgs, chromiumPath } from './lib/chromium.mjs';
import { loadTs } from './lib/load-ts.mjs';
import { serve } from './lib/serve.mjs';
import { writeReadmeBlock } from './lib/readme-block.mjs';
import { loadBench } from './lib/bench-load.mjs';
import { loadTables } from './lib/bench-table.mjs';
import { median } from './lib/stats.mjs';
import { timerRows } from './lib/bench-timer.mjs';
import { layoutShift, routineShift } from './lib/bench-cls.mjs';

const hold = Number(process.env.BENCH_HOLD ?? 30);
const rounds = Number(process.env.BENCH_ROUNDS ?? 13);
const loadOnly = process.argv.includes('--load-only');
const write = process.argv.includes('--write');
if (!existsSync('dist/glute-knots.iife.js') || !existsSync('dist/glute-knots.js')) {
  console.error('Run `npm run build` first.');
  process.exit(1);
}
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`BENCH_ROUNDS must be a whole number of at least 1 (got ${process.env.BENCH_ROUNDS}).`);
  process.exit(1);
}
if (write && (rounds < 9 || loadOnly || hold !== 30)) {
  console.error('--write needs every part, the 30 s hold and at least 9 rounds (BENCH_ROUNDS), as the README says.');
  process.exit(1);
}
const log = (m) => process.env.BENCH_DEBUG && console.error(m);
const began = performance.now();
const load = loadavg()[0];

let browser;
try {
  browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
} catch (e) {
  console.error(`Chromium could not start (${chromiumPath}): ${e.message}`);
  process.exit(1);
}
const server = await serve();
let loadFigures, rows, clsWith, clsWithout, clsRoutine, version;
try {
  version = (await browser.version()).replace(/^[^/]*\//, '');
  const { elements } = await loadTs("export { elements } from './src/elements.ts';");
  loadFigures = await loadBench(browser, elements, { rounds, log });
  for (const [name, samples] of loadFigures.samples) {
    log(`${name}: waited for the file after t0 in ${samples.filter((s) => s.fetchWait > 0).length} of ${samples.length} loads, median ${median(samples.map((s) => s.fetchWait)).toFixed(1)} ms`);
  }
  if (!loadOnly) {
    rows = await timerRows(browser, server.url, hold, log);
    clsWith = await layoutShift(browser, server.url, true);
    clsWithout = await layoutShift(browser, server.url, false);
    clsRoutine = await routineShift(browser, server.url);
  }
} finally {
  await browser.close();
  server.close();
}

const today = new Date().toISOString().slice(0, 10);
const cores = cpus();
const loadPart = `Script start to first render, to first paint, and JS heap after render, Chromium, 4× CPU throttling, 390×844, \
a fresh browser context (no cache) per load; each round loads the floor and every element's page, in an order that \
changes each round, after one warm-up round. The page is the element's tag alone, then the classic script (the \
element's own \`<tag>.iife.js\` where there is one). Times run from the script's start: the parser reaching it, or its \
file arriving if that was later (loopback, so the wait is noise, not the element's). First render: the element's \
first render into its shadow root (the guide's is its top and first section; it renders the rest right after its \
first paint); first paint: the page's first contentful paint (the element is its only content); JS heap: \
V8's used heap after a forced garbage collection, once painted. The floor is Lit and one element that renders a \
\`<p>\`, built by the bench with esbuild (minified, classic script). The goals are the project's targets, judged on \
the median ratio; they are benchmark figures, not tests (the bench never fails on them).

${loadTables(loadFigures, rounds)}`;
const timerPart = loadOnly ? '' : `

\`<stretch-timer>\` timing, Chromium, ${hold} s hold (goal: end within ±100 ms; nothing scheduled while idle)

| case | end-of-hold error | notes |
| --- | --- | --- |
${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}

Layout shift (CLS) while the guide loads in a long page, 4× throttling: ${clsWith.toFixed(4)} with the reserve-space CSS \
from the README, ${clsWithout.toFixed(4)} without it (goal 0). Layout shift over a whole short \`<stretch-routine>\` (two \
exercises, 5 s holds, one round, about 25 s, run in real time): ${clsRoutine.toFixed(4)} (goal at most 0.01).`;
const block = `Measured with \`npm run bench\` on ${today}: ${cores.length} cores (${cores[0].model.trim()}), load average \
${load.toFixed(1)} at the start and ${loadavg()[0].toFixed(1)} at the end, Chromium ${version} headless. Times depend on the machine and on what else it runs; \
the ratios to the floor, measured in the same run, are the comparable figure, not the times.

${loadPart}${timerPart}`;
console.log(`\n${block}`);
if (write) {
  writeReadmeBlock('bench', block);
  console.log('\nREADME bench block written.');
}
console.log(`\nThe bench took ${((performance.now() - began) / 60000).toFixed(1)} min.`);
