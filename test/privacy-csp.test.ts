import { expect } from '@open-wc/testing';
import { openFrame, rendered, type FrameWindow } from './helpers/frame.js';

/** Opens a page from test/pages in an iframe and waits until every element has rendered. */
async function open(path: string): Promise<FrameWindow> {
  const win = await openFrame({ src: path, height: 900 });
  await rendered(win);
  return win;
}

describe('privacy and Content-Security-Policy', () => {
  it('every element renders under a strict CSP with Trusted Types, with no violation', async () => {
    const win = await open('/test/pages/csp.html');
    const tags = ['stretch-timer', 'causes-table', 'glute-muscle-map', 'stretch-routine', 'glute-knot-guide'];
    for (const tag of tags) {
      const el = win.document.querySelector(tag)!;
      expect(el.shadowRoot?.childElementCount, `${tag} rendered`).to.be.greaterThan(0);
    }
    // Styles applied (adopted stylesheets are allowed by style-src 'self'); the Start button is filled with the accent.
    const start = win.document.querySelector('stretch-timer')!.shadowRoot!.querySelector('button')!;
    expect(win.getComputedStyle(start).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    (win.document.querySelector('stretch-timer') as unknown as { start(): void }).start();
    await new Promise((r) => setTimeout(r, 300));
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
    win.scrollTo(0, win.document.body.scrollHeight);
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
