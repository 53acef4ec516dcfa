// The layout-shift part of `npm run bench`: CLS while <stretch-timer> and the guide load (async classic script) in a
// long page at 4× CPU throttling, 390 px wide, with and without the reserve-space CSS the README tells sites to paste
// (demo/reserve.css). `url` is the project served by scripts/lib/serve.mjs.
import { readFileSync } from 'node:fs';
import { emulatePhone } from './bench-load.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const filler = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i + 1} of a long blog post about running, stretching and recovery. It goes on for a while so the page is long.</p>`).join('');

/** A phone page (see `emulatePhone`) at `url/name` whose HTML is `html`, served from memory; the rest from `url`. */
async function phonePage(browser, url, name, html) {
  const page = await browser.newPage();
  await emulatePhone(page);
  await page.setRequestInterception(true);
  page.on('request', (req) => (req.url().endsWith(`/${name}`)
    ? req.respond({ status: 200, contentType: 'text/html', body: html })
    : req.continue()));
  await page.goto(`${url}/${name}`, { waitUntil: 'load' });
  return page;
}

/** The cumulative layout shift score, with or without the reserve CSS. */
export async function layoutShift(browser, url, withReserve) {
  const reserve = `<style>${readFileSync('demo/reserve.css', 'utf8')}</style>`;
  const html = `<!doctype html><html lang="en"><head>${withReserve ? reserve : ''}
    <script>window.__cls = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });</script>
    <script async src="/dist/glute-knots.iife.js"></script></head>
    <body><h1>A long post</h1><p>An opening paragraph before the widgets.</p><stretch-timer stretch="pigeon-pose">Pigeon pose: 30 seconds each side.</stretch-timer>
    <glute-knot-guide>A guide to glute knots.</glute-knot-guide>${filler}</body></html>`;
  const page = await phonePage(browser, url, 'bench-page.html', html);
  await page.evaluate(() => customElements.whenDefined('glute-knot-guide'));
  await sleep(1000);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  await sleep(1000);
  const cls = await page.evaluate(() => window.__cls);
  await page.close();
  return cls;
}

/**
 * CLS over a whole short routine (two exercises, hold 5 s, 1 round, rest 2 s, 3 s between: about 25 s), run in real
 * time on the same phone page, with the routine's timer and the text under it in view. Goal: at most 0.01.
 */
export async function routineShift(browser, url) {
  const html = `<!doctype html><html lang="en"><head>
    <script>window.__cls = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });</script>
    <script src="/dist/glute-knots.iife.js"></script></head>
    <body><h1>Your home stretches</h1><stretch-routine stretches="pigeon-pose, glute-bridge" hold="5" reps="1" rest="2" rest-between="3"></stretch-routine>
    <p>Text under the routine.</p>${filler}</body></html>`;
  const page = await phonePage(browser, url, 'bench-routine.html', html);
  await page.evaluate(async () => {
    const routine = document.querySelector('stretch-routine');
    await routine.updateComplete;
    routine.shadowRoot.querySelector('.stage').scrollIntoView({ block: 'end' });
  });
  await sleep(500);
  const before = await page.evaluate(() => window.__cls);
  await page.evaluate(() => document.querySelector('stretch-routine').shadowRoot.querySelector('stretch-timer.current').start());
  await page.waitForFunction(() => document.querySelector('stretch-routine').shadowRoot.querySelector('.complete.current'), { timeout: 60000, polling: 500 });
  await sleep(500);
  const cls = await page.evaluate(() => window.__cls);
  await page.close();
  return cls - before;
}
