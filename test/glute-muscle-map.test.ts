import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { content } from '../content/en/index.js';
import { mapText } from '../content/en/ui-map.js';
import { sources } from '../content/source-list.js';
import '../src/glute-muscle-map/index.js';
import type { GluteMuscleMap } from '../src/glute-muscle-map/index.js';
import { textIn, textOf } from './helpers/dom.js';
import { captureWarningsAsync } from './helpers/warnings.js';

const { intro } = content;

const shadow = (el: GluteMuscleMap) => el.shadowRoot!;
const radios = (el: GluteMuscleMap) => [...shadow(el).querySelectorAll<SVGGElement>('[role="radio"]')];
const radioFor = (el: GluteMuscleMap, id: string) => shadow(el).querySelector<SVGGElement>(`[role="radio"][data-muscle="${id}"]`)!;
const checked = (el: GluteMuscleMap) => radios(el).filter((r) => r.getAttribute('aria-checked') === 'true').map((r) => r.getAttribute('aria-label'));
const focused = (el: GluteMuscleMap) => shadow(el).activeElement?.getAttribute('aria-label') ?? null;
const muscle = (id: string) => intro.muscles.find((m) => m.id === id)!;

/** Records `muscle-select` details. */
function record(el: HTMLElement): string[] {
  const seen: string[] = [];
  el.addEventListener('muscle-select', (e) => {
    const event = e as CustomEvent;
    expect(event.bubbles && event.composed).to.equal(true);
    seen.push(event.detail.muscle);
  });
  return seen;
}

async function press(key: string) {
  await sendKeys({ press: key });
}

describe('<glute-muscle-map>', () => {
  it('works from a bare tag: four named muscle controls in a labelled group, none chosen, a prompt', async () => {
    const el = await fixture<GluteMuscleMap>(html`<glute-muscle-map></glute-muscle-map>`);
    const group = shadow(el).querySelector('[role="radiogroup"]')!;
    expect(group.getAttribute('aria-label')).to.equal(mapText.groupLabel);
    expect(radios(el).map((r) => r.getAttribute('aria-label'))).to.deep.equal(intro.muscles.map((m) => m.name));
    expect(checked(el)).to.deep.equal([]);
    expect(radios(el).map((r) => r.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1', '-1']);
    expect(textIn(el, '[part~="panel"]')).to.equal(mapText.prompt);
    expect(shadow(el).querySelector('.zone')).to.equal(null);
    expect(el.muscle).to.equal('');
  });

  it('draws maximus, medius, minimus (dashed: deep), piriformis (dashed) and the sciatic nerve as separate shapes', async () => {
    const el = await fixture<GluteMuscleMap>(html`<glute-muscle-map></glute-muscle-map>`);
    const shapes = radios(el).map((r) => r.querySelector('.muscle')!);
    expect(shapes).to.have.length(4);
    const dashed = shapes.map((s) => getComputedStyle(s).strokeDasharray !== 'none');
    expect(dashed).to.deep.equal([false, false, true, true]);
    expect(shadow(el).querySelector('.map .nerve')).to.exist;
    expect(textIn(el, '.legend')).to.contain(mapText.legend.nerve);
  });

  it('keyboard: Tab reaches the group, arrows move focus and choose, Home/End, wrap-around, Tab leaves the group', async () => {
    const wrap = await fixture(html`<div><button>Before</button><glute-muscle-map></glute-muscle-map></div>`);
    const el = wrap.querySelector('glute-muscle-map')!;
    const events = record(el);
    wrap.querySelector('button')!.focus();
    await press('Tab');
    expect(focused(el)).to.equal('Gluteus maximus');
    expect(checked(el)).to.deep.equal([]);
    await press(' ');
    await el.updateComplete;
    expect(checked(el)).to.deep.equal(['Gluteus maximus']);
    expect(events).to.deep.equal(['gluteus-maximus']);

    const done = oneEvent(el, 'muscle-select');
    await press('ArrowRight');
    expect((await done).detail).to.deep.equal({ muscle: 'gluteus-medius' });
    await el.updateComplete;
    expect(focused(el)).to.equal('Gluteus medius');
    expect(checked(el)).to.deep.equal(['Gluteus medius']);
    expect(el.getAttribute('muscle')).to.equal('gluteus-medius');
    expect(textIn(el, '[part~="panel"] .name')).to.equal('Gluteus medius');
    expect(textIn(el, '[part~="panel"]')).to.contain(muscle('gluteus-medius').does).and.contain(muscle('gluteus-medius').referral);
    expect(radios(el).map((r) => r.getAttribute('tabindex'))).to.deep.equal(['-1', '0', '-1', '-1']);

    await press('ArrowDown');
    await el.updateComplete;
    expect([focused(el), el.muscle]).to.deep.equal(['Gluteus minimus', 'gluteus-minimus']);
    expect(textIn(el, '[part~="panel"]')).to.contain(muscle('gluteus-minimus').knots);
    await press('ArrowLeft');
    await press('ArrowUp');
    await el.updateComplete;
    expect([focused(el), el.muscle]).to.deep.equal(['Gluteus maximus', 'gluteus-maximus']);
    await press('ArrowUp');
    await el.updateComplete;
    expect([focused(el), el.muscle]).to.deep.equal(['Piriformis', 'piriformis']);
    await press('ArrowRight');
    await el.updateComplete;
    expect(focused(el)).to.equal('Gluteus maximus');
    await press('End');
    await el.updateComplete;
    expect(focused(el)).to.equal('Piriformis');
    await press('Home');
    await el.updateComplete;
    expect(focused(el)).to.equal('Gluteus maximus');
    expect(events).to.deep.equal(['gluteus-maximus', 'gluteus-medius', 'gluteus-minimus', 'gluteus-medius', 'gluteus-maximus',
      'piriformis', 'gluteus-maximus', 'piriformis', 'gluteus-maximus']);

    // Enter on the chosen one changes nothing; Tab moves on to the panel's source links, not to another muscle.
    await press('Enter');
    expect(events).to.have.length(9);
    await press('Tab');
    const next = shadow(el).activeElement!;
    expect(next.localName).to.equal('a');
    expect(next.closest('[part~="panel"]')).to.exist;
  });

  it('shows where focus is on the shape itself', async () => {
    const wrap = await fixture(html`<div><button>Before</button><glute-muscle-map theme="light" muscle="piriformis"></glute-muscle-map></div>`);
    const el = wrap.querySelector('glute-muscle-map')!;
    wrap.querySelector('button')!.focus();
    const shape = radioFor(el, 'piriformis').querySelector('.muscle')!;
    const before = getComputedStyle(shape).strokeWidth;
    await press('Tab');
    expect(focused(el)).to.equal('Piriformis');
    expect(getComputedStyle(shape).strokeWidth).to.not.equal(before);
    expect(getComputedStyle(shape).stroke).to.equal('rgb(27, 31, 35)');
  });

  it('a pointer click on a shape chooses it, reflects `muscle` and draws its pain area', async () => {
    const wrap = await fixture(html`<div style="width: 900px"><glute-muscle-map theme="light"></glute-muscle-map></div>`);
    const el = wrap.querySelector('glute-muscle-map')!;
    const events = record(el);
    const target = radioFor(el, 'piriformis').querySelector('.muscle')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(target.x + target.width / 2), Math.round(target.y + target.height / 2)] });
    await resetMouse();
    await el.updateComplete;
    expect(events).to.deep.equal(['piriformis']);
    expect(el.getAttribute('muscle')).to.equal('piriformis');
    expect(checked(el)).to.deep.equal(['Piriformis']);
    expect(textIn(el, '[part~="panel"] .name')).to.equal('Piriformis');
    expect(shadow(el).querySelector('.map .zone')).to.exist;
    expect(textIn(el, '.legend')).to.contain(mapText.legend.zone);
    const chosen = getComputedStyle(radioFor(el, 'piriformis').querySelector('.muscle')!);
    expect(chosen.stroke).to.equal('rgb(10, 107, 87)');
  });

  it('the muscle attribute chooses a muscle (any case), without firing muscle-select', async () => {
    const el = await fixture<GluteMuscleMap>(html`<glute-muscle-map muscle="Gluteus-Minimus"></glute-muscle-map>`);
    const events = record(el);
    expect(checked(el)).to.deep.equal(['Gluteus minimus']);
    expect(textIn(el, '[part~="panel"] .name')).to.equal('Gluteus minimus');
    el.setAttribute('muscle', 'gluteus-maximus');
    await el.updateComplete;
    expect(checked(el)).to.deep.equal(['Gluteus maximus']);
    expect(radios(el).map((r) => r.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1', '-1']);
    el.muscle = 'piriformis';
    await el.updateComplete;
    expect(el.getAttribute('muscle')).to.equal('piriformis');
    expect(events).to.deep.equal([]);
  });

  it('every shape has a well-formed path (no stray characters from the template)', async () => {
    for (const muscle of ['', 'gluteus-maximus', 'gluteus-medius', 'gluteus-minimus', 'piriformis']) {
      const el = await fixture<GluteMuscleMap>(html`<glute-muscle-map muscle=${muscle}></glute-muscle-map>`);
      const paths = [...shadow(el).querySelectorAll('path')].map((p) => p.getAttribute('d') ?? '');
      expect(paths.length).to.be.greaterThan(5);
      for (const d of paths) expect(d, d).to.match(/^[MmLlHhVvCcSsQqTtAaZz0-9 ,.-]+$/);
    }
  });

  it('the panel cites its sources with links to them', async () => {
    const el = await fixture<GluteMuscleMap>(html`<glute-muscle-map muscle="gluteus-medius"></glute-muscle-map>`);
    const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part~="panel"] a')];
    const cited = muscle('gluteus-medius').sources;
    expect(links.map((a) => a.textContent)).to.deep.equal(cited.map((id) => sources.find((s) => s.id === id)!.publisher));
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(cited.map((id) => sources.find((s) => s.id === id)!.url));
    expect(links[0].getAttribute('aria-label')).to.contain(sources.find((s) => s.id === cited[0])!.title);
  });

  describe('bad input', () => {
    it('an unknown or hostile muscle warns once, does not throw, and shows none chosen', async () => {
      let el!: GluteMuscleMap;
      const warnings = await captureWarningsAsync(async () => {
        el = await fixture<GluteMuscleMap>(html`<glute-muscle-map muscle="<img src=x onerror=alert(1)>" theme="purple"></glute-muscle-map>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings).to.have.length(2);
      expect(warnings.every((w) => w.startsWith('<glute-muscle-map>: '))).to.equal(true);
      expect(warnings.join('\n')).to.contain('muscle="<img').and.contain('"gluteus-maximus"').and.contain('theme="purple"');
      expect(checked(el)).to.deep.equal([]);
      expect(textIn(el, '[part~="panel"]')).to.equal(mapText.prompt);
      expect(shadow(el).querySelector('img')).to.equal(null);
    });

    it('null, numbers and objects as the muscle property never throw', async () => {
      const el = await fixture<GluteMuscleMap>(html`<glute-muscle-map></glute-muscle-map>`);
      await captureWarningsAsync(async () => {
        for (const value of [null, 42, {}, undefined, 'piriformis']) {
          (el as unknown as { muscle: unknown }).muscle = value;
          await el.updateComplete;
        }
      });
      expect(checked(el)).to.deep.equal(['Piriformis']);
    });
  });

  describe('without the picture', () => {
    it('always has every muscle as a list for assistive technology, hidden only visually and with nothing to focus', async () => {
      const wrap = await fixture(html`<div style="width: 800px"><glute-muscle-map></glute-muscle-map></div>`);
      const el = wrap.querySelector('glute-muscle-map')!;
      const list = shadow(el).querySelector<HTMLElement>('[part~="list"]')!;
      expect(list.getAttribute('aria-label')).to.equal(mapText.listLabel);
      const items = [...list.querySelectorAll('li')];
      expect(items).to.have.length(4);
      intro.muscles.forEach((m, i) => {
        const text = textOf(items[i]);
        expect(text).to.contain(m.name).and.contain(m.does).and.contain(m.knots).and.contain(m.referral);
      });
      const style = getComputedStyle(list);
      expect(style.display).to.not.equal('none');
      expect(style.visibility).to.equal('visible');
      expect(list.getBoundingClientRect().width).to.be.at.most(1);
      const focusable = [...list.querySelectorAll<HTMLElement>('a, [tabindex]')].filter((a) => a.getClientRects().length > 0);
      expect(focusable).to.deep.equal([]);
      expect(getComputedStyle(shadow(el).querySelector('[part~="figure"]')!).display).to.not.equal('none');
    });

    it('below 320 px the list is what people see, with source links, and the picture is gone', async () => {
      const wrap = await fixture(html`<div style="width: 300px"><glute-muscle-map muscle="piriformis"></glute-muscle-map></div>`);
      const el = wrap.querySelector('glute-muscle-map')!;
      const list = shadow(el).querySelector<HTMLElement>('[part~="list"]')!;
      expect(list.getBoundingClientRect().width).to.be.greaterThan(250);
      expect(list.getBoundingClientRect().height).to.be.greaterThan(300);
      expect(shadow(el).querySelector('[part~="figure"]')!.getClientRects().length).to.equal(0);
      expect(shadow(el).querySelector('[part~="panel"]')!.getClientRects().length).to.equal(0);
      expect(radios(el).every((r) => r.getClientRects().length === 0 || r.getBoundingClientRect().width === 0)).to.equal(true);
      const links = [...list.querySelectorAll('a')].filter((a) => a.getClientRects().length > 0);
      expect(links.length).to.equal(intro.muscles.reduce((n, m) => n + m.sources.length, 0));
    });
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const width of [320, 1280]) {
      it(`passes axe (${theme}, ${width} px), with and without a muscle chosen`, async () => {
        const wrap = await fixture(html`<div style="width: ${width}px"><glute-muscle-map theme=${theme}></glute-muscle-map></div>`);
        const el = wrap.querySelector('glute-muscle-map')!;
        await expect(el).to.be.accessible();
        el.muscle = 'gluteus-minimus';
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  }

  for (const width of [280, 320, 400]) {
    it(`fits ${width} px without horizontal overflow`, async () => {
      const wrap = await fixture(html`<div style="width: ${width}px"><glute-muscle-map theme="light" muscle="gluteus-medius"></glute-muscle-map></div>`);
      const el = wrap.querySelector('glute-muscle-map')!;
      const base = shadow(el).querySelector('[part~="base"]')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      expect(el.getBoundingClientRect().width).to.be.at.most(width);
      const svg = shadow(el).querySelector('svg.map')!.getBoundingClientRect();
      if (svg.width > 0) expect(svg.right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    });
  }
});
