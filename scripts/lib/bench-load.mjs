// The load bench: the floor (scripts/lib/bench-floor.mjs) and one page per element, loaded in rounds, interleaved
// (each round starts one page later in the list, and every other round runs through it backwards, so no page always
// runs first, or always right after the same page), after one warm-up round that is not counted. Every load gets a fresh browser context (its own renderer process: no HTTP cache, no V8
// code cache, no heap shared with an earlier page), 4× CPU throttling and a 390×844 viewport.
//
// A page is `<tag></tag>` alone in the body, `<script>t0 = performance.now()</script>`, the classic script, and a
// script that collects the figures. Per element the script is dist/<tag>.iife.js if it exists, else
// dist/glute-knots.iife.js (which defines every element). Figures, each from the script's start: t0, when the parser
// reaches the classic script, or the end of the file's response (Resource Timing) if that came later. The file comes
// from loopback and the preload scanner asks for it early, but on a busy machine the response can still end after t0;
// that wait says nothing about the element (and a bigger file waits longer), so it is left out.
// - first render: the element's first render into its shadow root, seen by a MutationObserver set up from
//   `customElements.whenDefined` in the t0 script (or, if that render already happened, right then: microtasks
//   later). Not `updateComplete`: the guide's resolves only once it has rendered every section, right after its
//   first paint.
// - first paint: the page's first-contentful-paint entry (PerformanceObserver, buffered), its startTime: when the frame
//   was presented, as web-vitals and Lighthouse report it (the entry's paintTime, when the main thread painted, leaves
//   out the raster and compositing a reader waits for too). The element is the page's only content, so that paint is
//   the element's;
//   each sample also checks that the paint came after the first render and that the element has a box and content
//   in its shadow root (the floor: its `<p>`). A rAF + setTimeout estimate would only say when the main thread was
//   free for a frame, not when pixels were shown, so it is not used.
// - JS heap: after the paint, CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage's usedSize: the page's V8
//   heap (the renderer has no other page). Its embedderHeapUsedSize (Blink's DOM objects) is kept beside it.
// Ratios are paired: element / floor within the same round, then the median of those ratios.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve } from './serve.mjs';
import { buildFloor, floorTag } from './bench-floor.mjs';

const paintTimeout = 15000;

/** The page for `tag`, loading `script`. `hasContent` is an expression on `root` (the shadow root). */
function pageHtml(tag, script, hasContent) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body><${tag}></${tag}>
<script>t0 = performance.now();
customElements.whenDefined('${tag}').then(() => {
  const root = document.querySelector('${tag}').shadowRoot;
  const mark = () => { window.__rendered ??= performance.now(); };
  if (root.childNodes.length) mark();
  else new MutationObserver((records, observer) => { observer.disconnect(); mark(); }).observe(root, { childList: true });
});</script>
<script src="${script}"></script>
<script>
const __countNodes = (root) => [...root.querySelectorAll('*')].reduce((n, e) => n + (e.shadowRoot ? __countNodes(e.shadowRoot) : 0), root.querySelectorAll('*').length);
window.__bench = (async () => {
  const el = document.querySelector('${tag}');
  if (!customElements.get('${tag}')) throw new Error('${tag} is not defined');
  await el.updateComplete;
  const rendered = window.__rendered ?? performance.now();
  const file = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/${script}'));
  const start = Math.max(t0, file ? file.responseEnd : t0);
  const painted = await new Promise((resolve) => {
    new PerformanceObserver((list, observer) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (entry) { observer.disconnect(); resolve(entry); }
    }).observe({ type: 'paint', buffered: true });
    setTimeout(() => resolve(null), ${paintTimeout});
  });
  const root = el.shadowRoot;
  const box = el.getBoundingClientRect();
  return {
    render: rendered - start,
    paint: painted === null ? null : painted.startTime - start,
    fetchWait: start - t0,
    checked: painted !== null && painted.startTime >= rendered && !!root && box.width > 0 && box.height > 0 && (${hasContent}),
    nodes: root ? __countNodes(root) : 0,
  };
})();
</script></body></html>`;
}

/** The bench's phone: a 390×844 viewport and 4× CPU throttling on `page`. Returns its DevTools session. */
export async function emulatePhone(page) {
  await page.setViewport({ width: 390, height: 844 });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return cdp;
}

async function measure(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await emulatePhone(page);
    await page.goto(url, { waitUntil: 'load' });
    const figures = await page.evaluate(() => window.__bench);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    return { ...figures, heap: heap.usedSize, dom: heap.embedderHeapUsedSize ?? NaN, errors };
  } finally {
    await context.close();
  }
}

/**
 * Runs `rounds` counted rounds over the floor and `tags`. Returns the pages (`name`, `tag`, `script`, `gzip`) and, per
 * page name, one sample per round (`{ render, paint, heap, dom, checked, nodes, errors }` or `{ error }`).
 */
export async function loadBench(browser, tags, { rounds, log = () => {} }) {
  const dir = mkdtempSync(join(tmpdir(), 'glute-knots-bench-'));
  try {
    const pages = [{ name: 'floor', tag: floorTag, script: await buildFloor(dir), hasContent: "root.querySelector('p') !== null" }];
    for (const tag of tags) {
      const script = existsSync(`dist/${tag}.iife.js`) ? `${tag}.iife.js` : 'glute-knots.iife.js';
      copyFileSync(`dist/${script}`, join(dir, script));
      pages.push({ name: tag, tag, script, hasContent: "[...root.children].some((c) => c.localName !== 'style')" });
    }
    for (const p of pages) {
      p.gzip = gzipSync(readFileSync(join(dir, p.script)), { level: 9 }).length;
      writeFileSync(join(dir, `${p.name}.html`), pageHtml(p.tag, p.script, p.hasContent));
    }
    const server = await serve(dir);
    const samples = new Map(pages.map((p) => [p.name, []]));
    try {
      for (let round = -1; round < rounds; round++) {
        const start = (round + pages.length) % pages.length;
        const order = [...pages.slice(start), ...pages.slice(0, start)];
        for (const p of round % 2 ? order.reverse() : order) {
          const sample = await measure(browser, `${server.url}/${p.name}.html`).catch((e) => ({ error: e.message }));
          if (round >= 0) samples.get(p.name).push(sample);
        }
        log(`load round ${round < 0 ? 'warm-up' : round + 1} of ${rounds} done`);
      }
    } finally {
      server.close();
    }
    return { pages, samples };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
