import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { settled, textIn } from './helpers/dom.js';
import { openFrame, rendered, type FrameWindow } from './helpers/frame.js';
import { elements } from '../src/elements.js';

/** Opens a page from test/pages in an iframe and waits until every element has rendered. */
async function open(path: string): Promise<FrameWindow> {
  const win = await openFrame({ src: path, height: 900 });
  await rendered(win);
  return win;
}

describe('privacy and Content-Security-Policy', () => {
  it('every element renders under a strict CSP with Trusted Types, with no violation', async () => {
    const win = await open('/test/pages/csp.html');
    const tags = elements;
    for (const tag of tags) {
      const el = win.document.querySelector(tag)!;
      expect(el.shadowRoot?.childElementCount, `${tag} rendered`).to.be.greaterThan(0);
    }
    // Styles applied (adopted stylesheets are allowed by style-src 'self'); the Start button is filled with the accent.
    const start = win.document.querySelector('stretch-timer')!.shadowRoot!.querySelector('button')!;
    expect(win.getComputedStyle(start).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    const timer = win.document.querySelector('stretch-timer')!;
    (timer as unknown as { start(): void }).start();
    // Running: the timer renders its lead-in, then ticks on the wall clock and renders again.
    await settled(timer);
    const shown = textIn(timer, '[part~="time"]');
    await waitUntil(() => textIn(timer, '[part~="time"]') !== shown, 'the running timer ticks', { timeout: 3000 });
    await settled(timer);
    await nextFrame(); // a violation is reported in a task of its own: let those queued by the renders above run
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('makes no network request beyond the script, and sets no cookie or storage', async () => {
    const win = await open('/test/pages/privacy.html');
    const timer = win.document.querySelector('stretch-timer') as unknown as { start(): void; skip(): void; phase: string };
    timer.start();
    timer.skip();
    const guide = win.document.querySelector('glute-knot-guide')!;
    guide.scrollIntoView();
    // The guide creates its stretch timers once the reader scrolls near them: let it, so their requests would count too.
    guide.shadowRoot!.querySelector('.timer-slot')!.scrollIntoView();
    await waitUntil(() => guide.shadowRoot!.querySelector('stretch-timer'), 'the guide creates a timer', { timeout: 3000 });
    await settled(guide);
    win.scrollTo(0, win.document.body.scrollHeight);
    // Time-based on purpose: this checks that nothing is fetched, and there is no event for a request that never
    // happens. A request started by the steps above would have finished (and left a resource entry) well within this.
    await new Promise((r) => setTimeout(r, 500));
    // The test server injects its own reload socket into served pages; that is not the library.
    const requests = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)
      .filter((path) => !path.startsWith('/__web-dev-server'));
    expect(requests).to.deep.equal(['/dist/glute-knots.iife.js']);
    expect(win.document.cookie).to.equal('');
    expect(win.localStorage.length).to.equal(0);
    expect(win.sessionStorage.length).to.equal(0);
    if ('databases' in win.indexedDB) expect(await win.indexedDB.databases()).to.deep.equal([]);
  });
});
