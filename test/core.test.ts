import { expect, fixture, html } from '@open-wc/testing';
import { numberInRange, oneOf, idList } from '../src/core/attributes.js';
import { buildPlan } from '../src/core/clock.js';
import { captureWarnings } from './helpers/warnings.js';
import '../src/index.js';

describe('attribute parsing', () => {
  const host = document.createElement('stretch-timer');

  it('numbers: junk falls back, out of range clamps, each warning once with the element and attribute', () => {
    const warnings = captureWarnings(() => {
      expect(numberInRange(host, 'hold', 'abc', { min: 5, max: 300, fallback: 30 })).to.equal(30);
      expect(numberInRange(host, 'hold', 'abc', { min: 5, max: 300, fallback: 30 })).to.equal(30);
      expect(numberInRange(host, 'hold', -5, { min: 5, max: 300, fallback: 30 })).to.equal(5);
      expect(numberInRange(host, 'reps', 1e9, { min: 1, max: 20, fallback: 3 })).to.equal(20);
      expect(numberInRange(host, 'reps', NaN, { min: 1, max: 20, fallback: 3 })).to.equal(3);
      expect(numberInRange(host, 'reps', undefined, { min: 1, max: 20, fallback: 3 })).to.equal(3);
      expect(numberInRange(host, 'reps', ' 7 ', { min: 1, max: 20, fallback: 3 })).to.equal(7);
    });
    expect(warnings).to.have.length(4);
    expect(warnings[0]).to.equal('<stretch-timer>: hold="abc" is not a number between 5 and 300; using 30.');
    expect(warnings[1]).to.contain('hold="-5" is outside 5–300');
  });

  it('enums and id lists warn and fall back', () => {
    const warnings = captureWarnings(() => {
      expect(oneOf(host, 'sides', 'BOTH', ['both', 'one'] as const, 'one')).to.equal('both');
      expect(oneOf(host, 'sides', 'three', ['both', 'one'] as const, 'one')).to.equal('one');
      expect(idList(host, 'stretches', 'a, x ,b', ['a', 'b'] as const)).to.deep.equal(['a', 'b']);
    });
    expect(warnings).to.have.length(2);
    expect(warnings[1]).to.contain('unknown id "x"');
  });
});

describe('removing an attribute', () => {
  it('gives the property its default back, never null, and does not write the attribute again', async () => {
    const wrap = await fixture(html`<div>
      <glute-muscle-map muscle="piriformis" theme="dark"></glute-muscle-map><stretch-timer stretch="pigeon-pose"></stretch-timer>
    </div>`);
    const map = wrap.querySelector('glute-muscle-map')!;
    const timer = wrap.querySelector('stretch-timer')!;
    map.removeAttribute('muscle');
    map.removeAttribute('theme');
    timer.removeAttribute('stretch');
    await Promise.all([map.updateComplete, timer.updateComplete]);
    expect([map.muscle, map.theme, timer.stretch]).to.deep.equal(['', 'auto', '']);
    expect([map.hasAttribute('muscle'), map.hasAttribute('theme'), timer.hasAttribute('stretch')]).to.deep.equal([false, false, false]);
    expect(timer.shadowRoot!.querySelector('.name')!.textContent).to.equal('Glute stretch');
  });
});

describe('theme tokens', () => {
  it('a host-set --gk-color-accent reaches the shadow DOM', async () => {
    const el = await fixture(html`<stretch-timer style="--gk-color-accent: rgb(200, 0, 100)"></stretch-timer>`);
    const start = el.shadowRoot!.querySelector('button.primary')!;
    expect(getComputedStyle(start).backgroundColor).to.equal('rgb(200, 0, 100)');
  });

  it('inherits the page font and text colour', async () => {
    const wrapper = await fixture(html`<div style="font-family: Georgia, serif; color: rgb(10, 20, 30)"><stretch-timer></stretch-timer></div>`);
    const name = wrapper.querySelector('stretch-timer')!.shadowRoot!.querySelector('.name')!;
    expect(getComputedStyle(name).fontFamily).to.contain('Georgia');
    expect(getComputedStyle(name).color).to.equal('rgb(10, 20, 30)');
  });

  it('--gk-font takes a font family alone, and the size still follows the element', async () => {
    const wrapper = await fixture(html`<div style="font-size: 20px"><stretch-timer style="--gk-font: 'Courier New', monospace"></stretch-timer></div>`);
    const name = wrapper.querySelector('stretch-timer')!.shadowRoot!.querySelector('.name')!;
    expect(getComputedStyle(name).fontFamily).to.contain('Courier New');
    expect(parseFloat(getComputedStyle(wrapper.querySelector('stretch-timer')!).fontSize)).to.equal(20);
  });

  // Links set in muted text once mixed the accent with that half-transparent text: 4.3:1 on a near-black page.
  it('theme="auto" on a near-black page: the map and the guide, links and all, pass axe', async () => {
    const page = await fixture(html`<div style="background: #111; color: #eee; width: 700px">
      <glute-muscle-map muscle="gluteus-medius"></glute-muscle-map>
      <glute-knot-guide sections="see-a-professional,sources" no-timers></glute-knot-guide>
    </div>`);
    for (const el of page.children) await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    for (const el of page.children) await expect(el).to.be.accessible();
  });

  it('theme="dark" paints its own dark surface', async () => {
    const el = await fixture(html`<stretch-timer theme="dark"></stretch-timer>`);
    const base = el.shadowRoot!.querySelector('[part~="base"]')!;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(20, 24, 27)');
  });
});

describe('session plan', () => {
  it('lead-in, then right and left holds with rests between, no rest at the end', () => {
    const plan = buildPlan({ hold: 20, reps: 2, rest: 5, leadIn: 3, sides: 'both' });
    expect(plan.map((p) => `${p.kind}:${p.rep}:${p.side}`)).to.deep.equal([
      'lead-in:1:right', 'hold:1:right', 'rest:1:left', 'hold:1:left', 'rest:2:right', 'hold:2:right', 'rest:2:left', 'hold:2:left',
    ]);
  });
});
