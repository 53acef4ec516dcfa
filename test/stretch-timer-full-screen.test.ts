import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/stretch-timer/index.js';
import type { StretchTimer } from '../src/stretch-timer/index.js';
import { settled } from './helpers/dom.js';
import { fakeTimeForEachTest } from './helpers/fake-time.js';
import { stub } from './helpers/stubs.js';

const shadow = (el: Element) => el.shadowRoot!;
const base = (el: StretchTimer) => shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
const toggle = (el: StretchTimer) => shadow(el).querySelector<HTMLButtonElement>('button.full-toggle')!;
const pressed = (el: StretchTimer) => toggle(el).getAttribute('aria-pressed');

/** A page with text before and after the timer, to see that nothing in it moves. */
async function page(attrs = '') {
  const wrap = await fixture<HTMLDivElement>(html`<div>
    <p>Before the timer.</p>
    <stretch-timer stretch="pigeon-pose" theme=${attrs || 'auto'}></stretch-timer>
    <p id="after">After the timer.</p></div>`);
  const el = wrap.querySelector('stretch-timer') as StretchTimer;
  await settled(el);
  const after = wrap.querySelector<HTMLElement>('#after')!;
  return { el, after, top: () => after.getBoundingClientRect().top + window.scrollY };
}

/** Presses the toggle as a reader would, from the keyboard (a real user gesture, and focus on the control). */
async function pressToggle(el: StretchTimer) {
  toggle(el).focus();
  await sendKeys({ press: 'Enter' });
  await settled(el);
}

/** A Fullscreen API that records calls, for every browser (headless browsers and WebKitGTK differ in what they allow). */
function fakeFullscreen(el: StretchTimer) {
  const log: string[] = [];
  let current: Element | null = null;
  const change = () => document.dispatchEvent(new Event('fullscreenchange'));
  const undo = [
    stub(base(el), 'requestFullscreen', async () => {
      log.push('request');
      current = el; // as the page sees it: the host of the shadow tree
      change();
    }),
    stub(document, 'exitFullscreen', async () => {
      log.push('exit');
      current = null;
      change();
    }),
    stub(document, 'fullscreenEnabled', true),
  ];
  Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => current });
  return {
    log,
    /** The browser leaves full screen by itself (Escape, the system's control). */
    browserLeaves: () => {
      current = null;
      change();
    },
    restore: () => {
      undo.forEach((r) => r());
      delete (document as unknown as Record<string, unknown>).fullscreenElement;
    },
  };
}

describe('<stretch-timer> full screen', () => {
  const restore: (() => void)[] = [];
  fakeTimeForEachTest(() => undefined);
  afterEach(() => restore.splice(0).forEach((r) => r()));

  it('has a labelled toggle, not pressed', async () => {
    const { el } = await page();
    expect(toggle(el).textContent!.trim()).to.equal('Full screen');
    expect(pressed(el)).to.equal('false');
  });

  it('Fullscreen API: the control enters and leaves, the browser leaving (Escape) is followed; focus stays on the control', async () => {
    const { el, top } = await page();
    const api = fakeFullscreen(el);
    restore.push(api.restore);
    const before = top();
    await pressToggle(el);
    expect(api.log).to.deep.equal(['request']);
    expect(pressed(el)).to.equal('true');
    expect(shadow(el).activeElement).to.equal(toggle(el));
    expect(top(), 'nothing in the page moves').to.be.closeTo(before, 1);
    await pressToggle(el);
    expect(api.log).to.deep.equal(['request', 'exit']);
    expect(pressed(el)).to.equal('false');
    expect(shadow(el).activeElement).to.equal(toggle(el));
    await pressToggle(el);
    api.browserLeaves();
    await settled(el);
    expect(pressed(el), 'Escape (handled by the browser) leaves it').to.equal('false');
    expect(top()).to.be.closeTo(before, 1);
  });

  it('the real Fullscreen API where the browser grants it (else the overlay); leaving by the control and by the browser', async () => {
    const { el, top } = await page();
    const before = top();
    const leave = async (how: () => Promise<unknown>) => {
      await how();
      // The browser leaves full screen asynchronously.
      for (let i = 0; i < 50 && pressed(el) === 'true'; i++) await new Promise((r) => requestAnimationFrame(r));
      await settled(el);
      expect(pressed(el)).to.equal('false');
      expect(document.fullscreenElement ?? null).to.equal(null);
      expect(top()).to.be.closeTo(before, 1);
    };
    await pressToggle(el);
    expect(pressed(el)).to.equal('true');
    await new Promise((r) => setTimeout(r, 100));
    const real = document.fullscreenElement === el;
    if (!real) expect(base(el).classList.contains('overlay'), 'refused or missing: the overlay').to.equal(true);
    await leave(() => pressToggle(el));
    await pressToggle(el);
    await new Promise((r) => setTimeout(r, 100));
    // Escape on a real full screen is the browser's own (automation cannot press it): the browser leaving is the same.
    await leave(() => (real ? document.exitFullscreen() : sendKeys({ press: 'Escape' })));
    expect(shadow(el).activeElement).to.equal(toggle(el));
  });

  for (const theme of ['auto', 'dark'] as const) {
    it(`overlay where there is no element full screen (iPhone Safari): covers the viewport, big digits, the drawing; Escape and the control leave (${theme})`, async () => {
      const { el, top } = await page(theme);
      restore.push(stub(base(el), 'requestFullscreen', undefined));
      const before = top();
      const digits = shadow(el).querySelector<HTMLElement>('[part~="time"]')!;
      const small = digits.getBoundingClientRect().height;
      await pressToggle(el);
      expect(pressed(el)).to.equal('true');
      const box = base(el).getBoundingClientRect();
      expect([box.left, box.top]).to.deep.equal([0, 0]);
      expect(box.width).to.be.closeTo(document.documentElement.clientWidth, 1);
      expect(box.height).to.be.closeTo(window.innerHeight, 1);
      expect(getComputedStyle(base(el)).position).to.equal('fixed');
      expect(getComputedStyle(base(el)).backgroundColor, 'opaque').to.not.match(/rgba\(.*, 0\)$|transparent/);
      expect(digits.getBoundingClientRect().height).to.be.greaterThan(small * 1.5);
      expect(shadow(el).querySelector('[part~="illustration"]')!.getBoundingClientRect().height).to.be.greaterThan(100);
      expect(top(), 'nothing in the page moves').to.be.closeTo(before, 1);
      expect(shadow(el).activeElement).to.equal(toggle(el));
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await settled(el);
      expect(pressed(el)).to.equal('false');
      expect(getComputedStyle(base(el)).position).to.equal('static');
      expect(top()).to.be.closeTo(before, 1);
      expect(shadow(el).activeElement).to.equal(toggle(el));
      await pressToggle(el);
      await pressToggle(el);
      expect(pressed(el), 'the control leaves it too').to.equal('false');
      expect(top()).to.be.closeTo(before, 1);
    });
  }

  it('a refused request falls back to the overlay', async () => {
    const { el } = await page();
    restore.push(stub(base(el), 'requestFullscreen', () => Promise.reject(new TypeError('not allowed'))));
    await pressToggle(el);
    await new Promise((r) => setTimeout(r));
    await settled(el);
    expect(base(el).classList.contains('overlay')).to.equal(true);
    expect(pressed(el)).to.equal('true');
  });
});
