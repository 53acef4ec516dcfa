// npm run bench: timing figures for <stretch-timer> in Chromium (built bundle). Prints a table; never fails on timing.
// BENCH_HOLD=30 sets the hold in seconds. `npm run bench -- --write` also puts the block it prints in the README
// (between the bench markers). The figures depend on the machine, so only this writes them, never the build.
import { loadTs } from './lib/load-ts.mjs';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './lib/chromium.mjs';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { serve } from './lib/serve.mjs';
import { writeReadmeBlock } from './lib/readme-block.mjs';

if (!existsSync('dist/glute-knots.js')) {
  console.error('Run `npm run build` first.');
  process.exit(1);
}
const hold = Number(process.env.BENCH_HOLD ?? 30);
const server = await serve();
const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  headless: true,
  args: chromiumArgs,
});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Counts timers and frames the page schedules, wrapped before any script runs. */
const countScheduling = () => {
  const counts = { setTimeout: 0, setInterval: 0, requestAnimationFrame: 0 };
  for (const name of Object.keys(counts)) {
    const original = window[name].bind(window);
    window[name] = (...args) => {
      counts[name]++;
      return original(...args);
    };
  }
  window.__scheduled = counts;
};

async function timerPage() {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(countScheduling);
  await page.goto(`${server.url}/scripts/lib/bench.html`);
  await page.evaluate((seconds) => {
    document.body.innerHTML = `<stretch-timer hold="${seconds}" reps="1" lead-in="0" sides="one"></stretch-timer>`;
    return customElements.whenDefined('stretch-timer');
  }, hold);
  await page.waitForFunction(() => document.querySelector('stretch-timer')?.shadowRoot?.querySelector('button'));
  return page;
}

const startTimer = (page) => page.evaluate(() => {
  const el = document.querySelector('stretch-timer');
  window.__done = new Promise((resolve) => el.addEventListener('stretch-complete', () => resolve(performance.now()), { once: true }));
  window.__start = performance.now();
  el.start();
});
const endError = (page) => page.evaluate((ms) => window.__done.then((t) => t - window.__start - ms), hold * 1000);
const rows = [];
const log = (m) => process.env.BENCH_DEBUG && console.error(m);

log('start');
// 1. Visible the whole time.
{
  const page = await timerPage();
  await startTimer(page);
  rows.push(['visible', `${(await endError(page)).toFixed(1)} ms`, '']);
  await page.close();
}

log('visible done');
// 2. Hidden for two thirds of the hold (another tab in front), then back.
{
  const page = await timerPage();
  await startTimer(page);
  const other = await browser.newPage();
  await other.bringToFront();
  const hiddenState = await page.evaluate(() => document.visibilityState);
  const hiddenTimers = await page.evaluate(() => ({ ...window.__scheduled }));
  await sleep((hold * 1000 * 2) / 3);
  const timersWhileHidden = await page.evaluate((before) => window.__scheduled.setTimeout - before.setTimeout, hiddenTimers);
  await page.bringToFront();
  const stateError = await page.evaluate(() => {
    const el = document.querySelector('stretch-timer');
    const trueRemaining = el.totalRemaining;
    return { remaining: trueRemaining, elapsed: performance.now() - window.__start };
  });
  const remainingError = stateError.remaining - (hold * 1000 - stateError.elapsed);
  await other.close();
  rows.push([`hidden ${Math.round((hold * 2) / 3)} s (page was ${hiddenState})`, `${(await endError(page)).toFixed(1)} ms`,
    `remaining off by ${remainingError.toFixed(1)} ms on return; ${timersWhileHidden} timeouts set while hidden`]);
  await page.close();
}

log('hidden done');
// 3. Main thread blocked for 2 s in the middle of the hold.
{
  const page = await timerPage();
  await startTimer(page);
  await sleep((hold * 1000) / 3);
  await page.evaluate(() => {
    const until = performance.now() + 2000;
    while (performance.now() < until) { /* busy */ }
  });
  rows.push(['main thread blocked 2 s', `${(await endError(page)).toFixed(1)} ms`, '']);
  await page.close();
}

// 4. Idle: a page with timers that have not been started.
{
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(countScheduling);
  await page.goto(`${server.url}/scripts/lib/bench.html`);
  await page.evaluate(() => {
    document.body.innerHTML = '<stretch-timer stretch="pigeon-pose"></stretch-timer><stretch-timer stretch="figure-four"></stretch-timer>';
  });
  await sleep(500);
  const before = await page.evaluate(() => ({ ...window.__scheduled }));
  const cpuBefore = (await page.metrics()).TaskDuration;
  await sleep(5000);
  const after = await page.evaluate(() => ({ ...window.__scheduled }));
  const cpu = ((await page.metrics()).TaskDuration - cpuBefore) * 1000;
  const scheduled = Object.keys(after).reduce((n, k) => n + after[k] - before[k], 0);
  rows.push(['idle 5 s (2 timers, not started)', '', `${scheduled} callbacks scheduled; ${cpu.toFixed(1)} ms CPU`]);
  await page.close();
}

// 5. Time from the script starting to each element's first render, and layout shift, at 4× CPU throttling.
// The same reserve-space CSS the README tells sites to paste.
const reserve = `<style>${readFileSync('demo/reserve.css', 'utf8')}</style>`;
async function throttledPage(html) {
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 844 });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.setRequestInterception(true);
  page.on('request', (req) => (req.url().endsWith('/bench-page.html')
    ? req.respond({ status: 200, contentType: 'text/html', body: html })
    : req.continue()));
  await page.goto(`${server.url}/bench-page.html`, { waitUntil: 'load' });
  return page;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const renderRows = [];
const { elements } = await loadTs("export { elements } from './src/elements.ts';");
for (const tag of elements) {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const page = await throttledPage(`<!doctype html><html lang="en"><body><${tag}></${tag}>
      <script>window.__t0 = performance.now();</script>
      <script src="/dist/glute-knots.iife.js"></script>
      <script>window.__rendered = document.querySelector('${tag}').updateComplete.then(() => performance.now() - window.__t0);</script>
      </body></html>`);
    times.push(await page.evaluate(() => window.__rendered));
    await page.close();
  }
  renderRows.push([`\`<${tag}>\``, `${median(times).toFixed(1)} ms`]);
}
const filler = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i + 1} of a long blog post about running, stretching and recovery. It goes on for a while so the page is long.</p>`).join('');
async function layoutShift(withReserve) {
  const page = await throttledPage(`<!doctype html><html lang="en"><head>${withReserve ? reserve : ''}
    <script>window.__cls = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });</script>
    <script async src="/dist/glute-knots.iife.js"></script></head>
    <body><h1>A long post</h1><p>An opening paragraph before the widgets.</p><stretch-timer stretch="pigeon-pose">Pigeon pose: 30 seconds each side.</stretch-timer>
    <glute-knot-guide>A guide to glute knots.</glute-knot-guide>${filler}</body></html>`);
  await page.evaluate(() => customElements.whenDefined('glute-knot-guide'));
  await sleep(1000);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  await sleep(1000);
  const cls = await page.evaluate(() => window.__cls);
  await page.close();
  return cls;
}
const clsWith = await layoutShift(true);
const clsWithout = await layoutShift(false);

await browser.close();
server.close();
const today = new Date().toISOString().slice(0, 10);
const block = `Measured on a ${cpus().length}-core machine on ${today} (\`npm run bench\`; figures vary by machine).

\`<stretch-timer>\` timing, Chromium, ${hold} s hold (goal: end within ±100 ms; nothing scheduled while idle)

| case | end-of-hold error | notes |
| --- | --- | --- |
${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}

Script start to first render, Chromium, 4× CPU throttling, 390 px wide, median of 5 (dist/glute-knots.iife.js)

| element | first render |
| --- | ---: |
${renderRows.map((r) => `| ${r.join(' | ')} |`).join('\n')}

Layout shift (CLS) while the guide loads in a long page, 4× throttling: ${clsWith.toFixed(4)} with the reserve-space CSS \
from the README, ${clsWithout.toFixed(4)} without it (goal 0).`;
console.log(`\n${block}`);
if (process.argv.includes('--write')) {
  writeReadmeBlock('bench', block);
  console.log('\nREADME bench block written.');
}
