// The layout-shift part of `npm run bench`: CLS while <stretch-timer> and the guide load (async classic script) in a
// long page at 4× CPU throttling, 390 px wide, with and without the reserve-space CSS the README tells sites to paste
// (demo/reserve.css). `url` is the project served by scripts/lib/serve.mjs.
import { readFileSync } from 'node:fs';
import { emulatePhone } from './bench-load.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const filler = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i + 1} of a long blog post about running, stretching and recovery. It goes on for a while so the page is long.</p>`).join('');

/** The cumulative layout shift score, with or without the reserve CSS. */
export async function layoutShift(browser, url, withReserve) {
  const reserve = `<style>${readFileSync('demo/reserve.css', 'utf8')}</style>`;
  const html = `<!doctype html><html lang="en"><head>${withReserve ? reserve : ''}
    <script>window.__cls = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });</script>
    <script async src="/dist/glute-knots.iife.js"></script></head>
    <body><h1>A long post</h1><p>An opening paragraph before the widgets.</p><stretch-timer stretch="pigeon-pose">Pigeon pose: 30 seconds each side.</stretch-timer>
    <glute-knot-guide>A guide to glute knots.</glute-knot-guide>${filler}</body></html>`;
  const page = await browser.newPage();
  await emulatePhone(page);
  await page.setRequestInterception(true);
  page.on('request', (req) => (req.url().endsWith('/bench-page.html')
    ? req.respond({ status: 200, contentType: 'text/html', body: html })
    : req.continue()));
  await page.goto(`${url}/bench-page.html`, { waitUntil: 'load' });
  await page.evaluate(() => customElements.whenDefined('glute-knot-guide'));
  await sleep(1000);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  await sleep(1000);
  const cls = await page.evaluate(() => window.__cls);
  await page.close();
  return cls;
}
