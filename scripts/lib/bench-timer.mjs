// The timer part of `npm run bench`: <stretch-timer>'s end-of-hold accuracy (visible, hidden behind another tab for
// two thirds of the hold, main thread blocked for 2 s) and what two timers that have not been started schedule while
// idle. Pages load the ES module build (scripts/lib/bench.html) from `url`, the project served by scripts/lib/serve.mjs.

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

/** Rows `[case, end-of-hold error, notes]` for a hold of `hold` seconds. */
export async function timerRows(browser, url, hold, log = () => {}) {
  async function timerPage() {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(countScheduling);
    await page.goto(`${url}/scripts/lib/bench.html`);
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

  // 1. Visible the whole time.
  {
    const page = await timerPage();
    await startTimer(page);
    rows.push(['visible', `${(await endError(page)).toFixed(1)} ms`, '']);
    await page.close();
  }
  log('timer: visible done');

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
      return { remaining: el.totalRemaining, elapsed: performance.now() - window.__start };
    });
    const remainingError = stateError.remaining - (hold * 1000 - stateError.elapsed);
    await other.close();
    rows.push([`hidden ${Math.round((hold * 2) / 3)} s (page was ${hiddenState})`, `${(await endError(page)).toFixed(1)} ms`,
      `remaining off by ${remainingError.toFixed(1)} ms on return; ${timersWhileHidden} timeouts set while hidden`]);
    await page.close();
  }
  log('timer: hidden done');

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
  log('timer: blocked done');

  // 4. Idle: a page with timers that have not been started.
  {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(countScheduling);
    await page.goto(`${url}/scripts/lib/bench.html`);
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
  log('timer: idle done');
  return rows;
}
