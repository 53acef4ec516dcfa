import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { FakeTime } from './helpers/fake-time.js';
import { elements } from '../src/elements.js';

const tags = elements;

/** Counts listeners added minus removed on document and window while `fn` runs. */
async function netListeners(fn: () => Promise<void>): Promise<number> {
  let net = 0;
  const targets = [document, window] as EventTarget[];
  const saved = targets.map((t) => [t.addEventListener, t.removeEventListener] as const);
  targets.forEach((t, i) => {
    t.addEventListener = function (...args: Parameters<EventTarget['addEventListener']>) {
      net++;
      return saved[i][0].apply(this, args);
    };
    t.removeEventListener = function (...args: Parameters<EventTarget['removeEventListener']>) {
      net--;
      return saved[i][1].apply(this, args);
    };
  });
  try {
    await fn();
  } finally {
    targets.forEach((t, i) => {
      t.addEventListener = saved[i][0];
      t.removeEventListener = saved[i][1];
    });
  }
  return net;
}

describe('1000 mount / unmount cycles', () => {
  for (const tag of tags) {
    it(`<${tag}> leaves no running timers and no listeners behind`, async function () {
      this.timeout(120000);
      const time = new FakeTime().install();
      const host = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
      const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      const heapBefore = memory?.usedJSHeapSize;
      try {
        const net = await netListeners(async () => {
          for (let i = 0; i < 1000; i++) {
            const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown>; start?: () => void };
            host.append(el);
            await el.updateComplete;
            if (i % 100 === 0) el.start?.(); // some of them removed while running
            el.remove();
          }
        });
        expect(net, 'net listeners on document and window').to.equal(0);
        expect(time.pending, 'timers still scheduled').to.equal(0);
      } finally {
        time.uninstall();
      }
      if (memory && heapBefore !== undefined) {
        // Reported, not asserted: garbage collection timing is the browser's.
        console.info(`<${tag}> heap after 1000 cycles: ${((memory.usedJSHeapSize - heapBefore) / 1024).toFixed(0)} KB change`);
      }
    });
  }
});
