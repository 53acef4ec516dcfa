import { expect } from '@open-wc/testing';
import { openFrame as page, rendered } from './helpers/frame.js';
import { elements } from '../src/elements.js';

const all = [...elements];
const tags = '<stretch-timer stretch="pigeon-pose" sound="" vibrate="" allow-sleep=""></stretch-timer><causes-table></causes-table><glute-muscle-map></glute-muscle-map><stretch-routine></stretch-routine><glute-knot-guide no-timers=""></glute-knot-guide>';

describe('dropping the script into a page', () => {
  for (const how of ['async', 'defer']) {
    it(`loaded with ${how}: every element renders, no error`, async () => {
      const win = await page({ body: `<script ${how} src="/dist/glute-knots.iife.js"></script>${tags}` });
      await rendered(win, all);
      for (const tag of all) expect(win.document.querySelector(tag)!.shadowRoot?.childElementCount, tag).to.be.greaterThan(0);
      expect(win.__errors).to.deep.equal([]);
    });
  }

  it('injected after the page has loaded (as site builders do): tags already in the page are upgraded', async () => {
    const win = await page({ body: tags });
    expect(win.customElements.get('stretch-timer')).to.equal(undefined);
    const script = win.document.createElement('script');
    script.src = '/dist/glute-knots.iife.js';
    const done = new Promise((resolve) => script.addEventListener('load', resolve));
    win.document.body.append(script);
    await done;
    await rendered(win, all);
    for (const tag of all) expect(win.document.querySelector(tag)!.shadowRoot?.childElementCount, tag).to.be.greaterThan(0);
    expect(win.__errors).to.deep.equal([]);
  });

  it('boolean attributes written as attr="" (as WordPress rewrites them) are on', async () => {
    const win = await page({ body: `<script src="/dist/glute-knots.iife.js"></script>${tags}` });
    await rendered(win, all);
    const timer = win.document.querySelector('stretch-timer') as unknown as { sound: boolean; vibrate: boolean; allowSleep: boolean };
    expect([timer.sound, timer.vibrate, timer.allowSleep]).to.deep.equal([true, true, true]);
    const guide = win.document.querySelector('glute-knot-guide')!;
    expect(guide.shadowRoot!.querySelector('stretch-timer')).to.equal(null);
  });

  // The README's reserve-space CSS: each element keeps about the height it will have, so nothing jumps when it renders.
  for (const [width, viewport] of [[343, 375], [720, 1000]]) {
    it(`the reserve-space CSS is within 12% of each element's real height (${width} px column)`, async () => {
      const elements = '<stretch-timer></stretch-timer><stretch-timer stretch="pigeon-pose"></stretch-timer><stretch-routine></stretch-routine><causes-table></causes-table><glute-muscle-map></glute-muscle-map><glute-muscle-map muscle="piriformis"></glute-muscle-map>';
      const win = await page({
        body: `<link rel="stylesheet" href="/demo/reserve.css"><div style="font: 16px/1.5 sans-serif; width: ${width}px">${elements}</div>`,
        width: viewport,
        height: 800,
      });
      const nodes = [...win.document.querySelectorAll<HTMLElement>('div > *')];
      const reserved = nodes.map((el) => el.getBoundingClientRect().height);
      const script = win.document.createElement('script');
      script.src = '/dist/glute-knots.iife.js';
      const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
      win.document.body.append(script);
      await loaded;
      await rendered(win);
      nodes.forEach((el, i) => {
        const real = el.getBoundingClientRect().height;
        const name = `${el.localName}${el.attributes.length ? `[${el.attributes[0].name}]` : ''}`;
        expect(Math.abs(real - reserved[i]) / real, `${name}: reserved ${reserved[i].toFixed(0)} px, real ${real.toFixed(0)} px`).to.be.below(0.12);
      });
    });
  }

  for (const [name, path] of [['WordPress-like', '/demo/cms/wordpress.html'], ['dark blog', '/demo/cms/dark-blog.html']]) {
    for (const width of [320, 1280]) {
      it(`the ${name} theme page at ${width} px: elements render inside the column with no overflow`, async () => {
        const win = await page({ src: path, width });
        await rendered(win, all.filter((t) => win.document.querySelector(t)));
        const column = win.document.querySelector('main, article')!.getBoundingClientRect();
        for (const el of win.document.querySelectorAll<HTMLElement>(all.join(','))) {
          const box = el.getBoundingClientRect();
          expect(box.height, `${el.localName} has height`).to.be.greaterThan(100);
          expect(box.right, `${el.localName} inside the column`).to.be.at.most(column.right + 1);
          const base = el.shadowRoot!.querySelector('.gk')!;
          expect(base.scrollWidth, `${el.localName} no horizontal overflow`).to.be.at.most(base.clientWidth + 1);
        }
        // The theme's `button { all: unset }` does not reach the timer's buttons.
        const start = win.document.querySelector('stretch-timer')!.shadowRoot!.querySelector('button')!;
        expect(start.getBoundingClientRect().height).to.be.at.least(44);
        expect(win.getComputedStyle(start).cursor).to.equal('pointer');
        expect(win.document.documentElement.scrollWidth).to.be.at.most(width);
      });
    }
  }
});
