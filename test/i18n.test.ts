import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { openFrame, rendered } from './helpers/frame.js';
import { content } from '../content/en/index.js';
import * as es from '../content/es/index.js';
import { joinContent } from '../content/join.js';
import '../src/index.js';
import '../src/locales/es.js';
import { guideSections } from '../src/glute-knot-guide/index.js';
import { registerLocale } from '../src/core/locale.js';
import type { StretchTimer } from '../src/stretch-timer/index.js';
import type { StretchRoutine } from '../src/stretch-routine/index.js';
import { seen, settled, textIn, textOf } from './helpers/dom.js';
import { FakeTime, fakeTimeForEachTest } from './helpers/fake-time.js';
import { pseudoPack, readableTexts, unmarked } from './helpers/pseudo-locale.js';
import { captureWarningsAsync } from './helpers/warnings.js';
import { elements } from '../src/elements.js';

const esContent = joinContent(es);
const { guide: esGuideText, timer: esTimerText } = es;
const { intro: esIntro, redFlags: esRedFlags, stretches: esStretches } = esContent;

/** A pack string with its `{placeholders}` filled, written out here rather than by the library's own code. */
const put = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));

describe('languages', () => {
  let time: FakeTime;
  before(() => registerLocale('x-pseudo', pseudoPack));
  fakeTimeForEachTest((fresh) => (time = fresh));

  describe('pseudo-locale: no hard-coded English in any element, in any state', () => {
    const check = (root: Element, state: string) => {
      expect(unmarked(readableTexts(root)), `${root.localName} (${state})`).to.deep.equal([]);
    };

    it('<stretch-timer>: ready, lead-in, hold, rest, paused, done, steps open', async () => {
      const wrap = await fixture(html`<div lang="x-pseudo" style="width: 600px">
        <stretch-timer stretch="pigeon-pose" hold="15" reps="1" rest="5" lead-in="2"></stretch-timer></div>`);
      const el = wrap.querySelector('stretch-timer') as StretchTimer;
      el.shadowRoot!.querySelector('details')!.open = true;
      await settled(el);
      check(el, 'ready');
      el.start();
      await settled(el);
      check(el, 'lead-in');
      time.advance(2000 + 5000);
      await settled(el);
      check(el, 'hold, 10 s left');
      time.advance(10000);
      await settled(el);
      expect(el.phase).to.equal('rest');
      check(el, 'rest');
      el.pause();
      await settled(el);
      check(el, 'paused');
      el.resume();
      time.advance(20000);
      await settled(el);
      expect(el.phase).to.equal('done');
      check(el, 'done');
    });

    it('<stretch-routine>: ready, between stretches, complete', async () => {
      const wrap = await fixture(html`<div lang="x-pseudo"><stretch-routine stretches="seated-forward-bend,figure-four" hold="5" reps="1"></stretch-routine></div>`);
      const el = wrap.querySelector('stretch-routine') as StretchRoutine;
      await settled(el);
      check(el, 'ready');
      (el.shadowRoot!.querySelector('stretch-timer') as StretchTimer).start();
      time.advance(10000);
      await settled(el);
      check(el, 'between stretches');
      time.advance(15000 + 5000 + 10000 + 5000);
      await settled(el);
      check(el, 'complete');
    });

    it('<glute-muscle-map>: nothing chosen and each muscle chosen', async () => {
      const wrap = await fixture(html`<div lang="x-pseudo" style="width: 700px"><glute-muscle-map></glute-muscle-map></div>`);
      const el = wrap.querySelector('glute-muscle-map')!;
      await settled(el);
      check(el, 'nothing chosen');
      for (const muscle of ['gluteus-maximus', 'gluteus-medius', 'gluteus-minimus', 'piriformis']) {
        el.setAttribute('muscle', muscle);
        await settled(el);
        check(el, muscle);
      }
    });

    it('<causes-table> and <glute-knot-guide>', async () => {
      const wrap = await fixture(html`<div lang="x-pseudo" style="width: 900px">
        <causes-table highlight="stress"></causes-table><glute-knot-guide></glute-knot-guide></div>`);
      for (const el of wrap.children) {
        await settled(el);
        el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
        await settled(el);
        check(el, 'rendered');
      }
    });
  });

  describe('Spanish', () => {
    it("the timer's phases, plurals and announcements", async () => {
      const wrap = await fixture(html`<div lang="es"><stretch-timer stretch="figure-four" hold="15" reps="2" rest="1" lead-in="1"></stretch-timer></div>`);
      const el = wrap.querySelector('stretch-timer') as StretchTimer;
      const name = esStretches.find((s) => s.id === 'figure-four')!.name;
      expect(textIn(el, '.phase')).to.equal(esTimerText.phases.ready);
      expect(textIn(el, '.round')).to.equal(put(esTimerText.round, { rep: 1, reps: 2 }));
      expect(textIn(el, 'button.primary')).to.not.equal('Start');
      expect([...el.shadowRoot!.querySelectorAll('button')].map(textOf)).to.deep.equal([esTimerText.start, esTimerText.skip, esTimerText.reset, esTimerText.fullScreen]);
      el.start();
      await settled(el);
      expect(textIn(el, 'button.primary')).to.equal(esTimerText.pause);
      expect(textIn(el, '.phase')).to.equal(esTimerText.phases['lead-in']);
      expect(textIn(el, '[role="status"]')).to.contain('1 segundo');
      expect(textIn(el, '[role="status"]')).to.not.contain('1 segundos');
      expect(textIn(el, '[role="status"]')).to.equal(put(esTimerText.announce.leadIn, { name, duration: '1 segundo' }));
      time.advance(1000);
      await settled(el);
      expect(textIn(el, '.phase')).to.equal(esTimerText.work.stretch);
      expect(textIn(el, '.side')).to.equal(esTimerText.sides.right);
      expect(textIn(el, '[role="status"]')).to.contain('15 segundos');
      expect(textIn(el, '[role="status"]')).to.equal(put(esTimerText.announce.holdSide, { side: esTimerText.sides.right, rep: 1, reps: 2, duration: '15 segundos', phase: esTimerText.work.stretch }));
      expect(textIn(el, '.name')).to.not.equal('Lying figure-four');
      expect(textIn(el, '.name')).to.equal(name);
    });

    it('follows a change of lang at run time, and the nearest ancestor wins over <html lang>', async () => {
      const wrap = await fixture(html`<div lang="en"><stretch-timer></stretch-timer></div>`);
      const el = wrap.querySelector('stretch-timer') as StretchTimer;
      expect(textIn(el, '.phase')).to.equal('Ready');
      wrap.setAttribute('lang', 'es-MX');
      await waitUntil(() => textIn(el, '.phase') === esTimerText.phases.ready, 'the timer switches to Spanish');
      await settled(el);
      expect(textIn(el, '.phase')).to.equal(esTimerText.phases.ready);
      el.setAttribute('lang', 'en-GB');
      await waitUntil(() => textIn(el, '.phase') === 'Ready', 'the timer switches back to English');
      await settled(el);
      expect(textIn(el, '.phase')).to.equal('Ready');
    });

    it("the guide's headings and a content paragraph", async () => {
      const wrap = await fixture(html`<div lang="es"><glute-knot-guide no-timers></glute-knot-guide></div>`);
      const guide = wrap.querySelector('glute-knot-guide')!;
      await settled(guide);
      const all = readableTexts(guide).join('\n');
      expect(all).to.contain(esIntro.what[0].text);
      expect(all).to.contain(esGuideText.navLabel);
      // The guide's own words, each where it belongs.
      expect(textIn(guide, '.nav-label')).to.equal(esGuideText.navLabel);
      expect([...guide.shadowRoot!.querySelectorAll('nav a')].map(textOf)).to.deep.equal(guideSections.map((id) => esGuideText.sections[id].nav));
      for (const id of guideSections) expect(textIn(guide, `section#${id} h2`), id).to.equal(esGuideText.sections[id].heading);
      const date = new Intl.DateTimeFormat('es', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${content.reviewed}T00:00:00Z`));
      expect(textIn(guide, '[part~="disclaimer"]')).to.equal(put(esGuideText.disclaimer, { date }));
      // Health sentences: the "get help now" box and the first emergency sign, in Spanish.
      const box = guide.shadowRoot!.querySelector('[part~="help-box"]')!;
      expect([...box.querySelectorAll('li')].map(textOf)).to.deep.equal(esRedFlags.box.items.map((item) => item.text));
      expect(textIn(box, '.number')).to.equal(esRedFlags.emergencyNumber);
      expect(seen(guide.shadowRoot!.querySelector('[data-level="emergency"] li'))).to.contain(esRedFlags.emergency.items[0].text);
      expect(esRedFlags.emergency.items[0].text, 'a Spanish sentence, not the English one').to.not.equal(content.redFlags.emergency.items[0].text);
    });
  });

  describe('fallbacks', () => {
    it('a language with no pack shows English with one warning saying which packs ship and how to add one', async () => {
      const warnings = await captureWarningsAsync(async () => {
        await fixture(html`<div lang="fr"><stretch-timer></stretch-timer><stretch-timer></stretch-timer></div>`);
      });
      const french = warnings.filter((w) => w.includes('"fr"'));
      expect(french).to.have.length(1);
      expect(french[0]).to.contain('ships es').and.contain("registerLocale('fr', pack)").and.not.contain('locales/fr');
    });

    for (const [how, scripts] of [
      ['both scripts deferred', '<script defer src="/dist/glute-knots.iife.js"></script><script defer src="/dist/locales/es.iife.js"></script>'],
      ['the pack at the end of the page', '<script src="/dist/glute-knots.iife.js"></script>{elements}<script src="/dist/locales/es.iife.js"></script>'],
    ]) {
      it(`a pack loaded after the elements have rendered (${how}) switches all their text, with no warning`, async () => {
        const elements = '<div lang="es"><stretch-timer stretch="pigeon-pose"></stretch-timer><glute-knot-guide sections="what" no-timers></glute-knot-guide></div>';
        const win = await openFrame({ body: scripts.includes('{elements}') ? scripts.replace('{elements}', elements) : elements + scripts, height: 900 });
        await rendered(win);
        const timer = win.document.querySelector('stretch-timer')!;
        const guide = win.document.querySelector('glute-knot-guide')!;
        expect(timer.shadowRoot!.querySelector('.name')!.textContent).to.equal(esStretches.find((s) => s.id === 'pigeon-pose')!.name);
        expect(timer.shadowRoot!.querySelector('button.primary')!.textContent!.trim()).to.equal(esTimerText.start);
        expect(guide.shadowRoot!.textContent).to.contain(esIntro.what[0].text);
        expect(win.__warnings.filter((w) => w.includes('"es"'))).to.deep.equal([]);
        win.frameElement!.remove();
      });
    }

    it('a partial pack falls back to English key by key and lists the missing keys', async () => {
      let el!: StretchTimer;
      const warnings = await captureWarningsAsync(async () => {
        registerLocale('de', { timer: { start: 'Los', phases: { ready: 'Bereit' } } });
        const wrap = await fixture(html`<div lang="de"><stretch-timer></stretch-timer></div>`);
        el = wrap.querySelector('stretch-timer') as StretchTimer;
      });
      expect(textIn(el, 'button.primary')).to.equal('Los');
      expect(textIn(el, '.phase')).to.equal('Bereit');
      expect(textIn(el, '.round')).to.equal('Round 1 of 3');
      const missing = warnings.find((w) => w.includes('"de" pack lacks'))!;
      expect(missing).to.contain('round').and.contain('work');
    });
  });

  describe('right to left', () => {
    for (const tag of elements) {
      it(`<${tag}> in dir="rtl" at 320 px: mirrored, no overflow, axe clean`, async () => {
        const wrap = await fixture(html`<div dir="rtl" lang="ar" style="width: 320px"></div>`);
        const el = document.createElement(tag);
        if (tag === 'stretch-timer') el.setAttribute('stretch', 'pigeon-pose');
        await captureWarningsAsync(async () => {
          wrap.append(el);
          await settled(el);
        });
        const base = el.shadowRoot!.querySelector('.gk')!;
        expect(getComputedStyle(base).direction).to.equal('rtl');
        expect(base.scrollWidth, 'no horizontal overflow').to.be.at.most(base.clientWidth + 1);
        const box = el.getBoundingClientRect();
        for (const child of el.shadowRoot!.querySelectorAll('button, p, h2, h3, table, svg')) {
          const r = child.getBoundingClientRect();
          if (!r.width) continue;
          expect(r.left, `${child.localName} inside on the left`).to.be.at.least(box.left - 1);
          expect(r.right, `${child.localName} inside on the right`).to.be.at.most(box.right + 1);
        }
        await expect(el).to.be.accessible();
      });
    }
  });
});
