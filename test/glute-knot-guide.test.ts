import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/glute-knot-guide/index.js';
import { guideSections, type GluteKnotGuide } from '../src/glute-knot-guide/index.js';
import type { StretchTimer } from '../src/stretch-timer/index.js';
import { content } from '../content/en/index.js';
import { guideText, tableText } from '../content/en/ui-guide.js';
import { guideText as esGuideText } from '../content/es/ui-guide.js';
import { redFlagLevels } from '../content/ids.js';
import type { GuideContent } from '../content/types.js';
import { registerLocale } from '../src/core/locale.js';
import { clean, seen, settled, textOf } from './helpers/dom.js';
import { captureWarningsAsync } from './helpers/warnings.js';

const shadow = (el: GluteKnotGuide) => el.shadowRoot!;
const section = (el: GluteKnotGuide, id: string) => shadow(el).querySelector<HTMLElement>(`section#${id}`)!;
const sectionIds = (el: GluteKnotGuide) => [...shadow(el).querySelectorAll('section')].map((s) => s.id);
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
/** Content text as the guide shows it: `{help}` becomes the name of the "When to get help" section (a link). */
const shown = (text: string) => text.replaceAll('{help}', guideText.sections['see-a-professional'].heading);
/** The review date as the English guide writes it. */
const reviewedDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${content.reviewed}T00:00:00Z`));

/** A guide inside a container of the given width. */
async function guide(template = html`<glute-knot-guide></glute-knot-guide>`, width = 800) {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  const el = wrap.querySelector('glute-knot-guide')!;
  await el.updateComplete;
  return el;
}

function resetHash() {
  history.replaceState(history.state, '', location.pathname + location.search);
}

/** Lets a smooth scroll finish (so it cannot carry on into the next test), then goes back to the top. */
async function scrollHome() {
  let last = -1;
  for (let i = 0; i < 120 && window.scrollY !== last; i++) {
    last = window.scrollY;
    await nextFrame();
    await nextFrame();
  }
  window.scrollTo(0, 0);
  await nextFrame();
}

/** Resolves once the page has not scrolled for ten frames in a row. */
async function scrollingStopped(): Promise<void> {
  let last = -1;
  for (let still = 0; still < 10; ) {
    await nextFrame();
    still = window.scrollY === last ? still + 1 : 0;
    last = window.scrollY;
  }
}

describe('<glute-knot-guide>', () => {
  afterEach(async () => {
    resetHash();
    await scrollHome();
  });

  it('shows every section in order, each with an id and a heading, after the disclaimer and contents', async () => {
    const el = await guide();
    expect(sectionIds(el)).to.deep.equal([...guideSections]);
    for (const id of guideSections) {
      expect(textOf(section(el, id).querySelector('h2')), id).to.equal(guideText.sections[id].heading);
    }
    const base = shadow(el).querySelector('[part~="base"]')!;
    const kids = [...base.children].map((c) => c.localName);
    expect(kids.indexOf('p')).to.be.lessThan(kids.indexOf('nav'));
    expect(kids.indexOf('nav')).to.be.lessThan(kids.indexOf('section'));
  });

  it('always says it is not medical advice and when it was last reviewed', async () => {
    for (const sections of ['', 'faq', 'sources,what']) {
      const el = await guide(html`<glute-knot-guide sections=${sections}></glute-knot-guide>`);
      const line = shadow(el).querySelector('[part~="disclaimer"]')!;
      expect(textOf(line)).to.equal(guideText.disclaimer.replace('{date}', reviewedDate));
      expect(line.querySelector('time')!.getAttribute('datetime')).to.equal(content.reviewed);
    }
  });

  it('takes the text of each section from the content', async () => {
    const el = await guide();
    await settled(el);
    const has = (id: string, expected: string) => expect(textOf(section(el, id)), id).to.contain(clean(shown(expected)));
    content.intro.what.forEach((p) => has('what', p.text));
    has('what', content.intro.evidence.text);
    content.intro.muscles.forEach((m) => {
      has('what', m.name);
      has('what', m.referral);
    });
    content.intro.who.forEach((p) => has('who', p.text));
    const table = section(el, 'causes').querySelector('causes-table')!;
    expect(textOf(table.shadowRoot!.querySelector('tbody'))).to.contain(content.causes[4].description);
    content.symptoms.forEach((p) => has('symptoms', p.text));
    content.treatments.forEach((t) => {
      has('treatments', t.name);
      has('treatments', t.summary);
      has('treatments', t.safety);
      t.how.forEach((step) => has('treatments', step));
    });
    content.stretches.forEach((s) => {
      // Stretches and self-massage under What can help; strength exercises under Prevention.
      const where = s.kind === 'strength' ? 'prevention' : 'treatments';
      has(where, s.name);
      s.steps.forEach((step) => has(where, step));
      s.cautions.forEach((c) => has(where, c));
    });
    has('treatments', content.safety.nerve.text);
    has('treatments', content.safety.hip.text);
    content.prevention.forEach((p) => has('prevention', p.text));
    for (const level of redFlagLevels) {
      has('see-a-professional', content.redFlags[level].title);
      content.redFlags[level].items.forEach((item) => has('see-a-professional', item.text));
    }
    has('see-a-professional', content.redFlags.note.text);
    content.faq.forEach((f) => {
      has('faq', f.question);
      has('faq', f.answer);
    });
    content.sources.forEach((s) => {
      has('sources', s.title);
      has('sources', s.publisher);
    });
  });

  it('changing the content property changes every section', async () => {
    const el = await guide();
    const next: Partial<GuideContent> = {
      reviewed: '2027-03-05',
      intro: clone(content.intro),
      causes: clone(content.causes),
      symptoms: [{ text: 'A new sign from the site.', sources: ['S1'] }],
      treatments: clone(content.treatments),
      stretches: clone(content.stretches),
      prevention: [{ text: 'A new tip from the site.', sources: ['S99'] }],
      redFlags: clone(content.redFlags),
      faq: [{ id: 'gym', question: 'Does the gym have rollers?', answer: 'Yes, by the mats.', sources: ['S1'] }],
      sources: [...content.sources, { id: 'S99', title: 'Our own leaflet', publisher: 'Example Gym', url: 'https://gym.example/leaflet', grade: 'B' }],
    };
    next.intro!.what[0].text = 'The site says what a knot is.';
    next.intro!.who[0].text = 'People at our gym.';
    next.causes![0].name = 'Too much training';
    next.treatments![0].name = 'Roll it out';
    next.stretches![0].name = 'Pigeon, the gym way';
    next.redFlags!.emergency.title = 'Call for help now';
    el.content = next;
    await settled(el);
    expect(textOf(shadow(el).querySelector('[part~="disclaimer"]'))).to.contain('5 March 2027');
    expect(textOf(section(el, 'what'))).to.contain('The site says what a knot is.');
    expect(textOf(section(el, 'who'))).to.contain('People at our gym.');
    const table = section(el, 'causes').querySelector('causes-table')!;
    expect(textOf(table.shadowRoot!.querySelector('tbody th .value'))).to.equal('Too much training');
    expect([...section(el, 'symptoms').querySelectorAll('li')].map(seen)).to.deep.equal(['A new sign from the site. [1]']);
    expect(textOf(section(el, 'treatments'))).to.contain('Roll it out').and.contain('Pigeon, the gym way');
    expect(seen(section(el, 'prevention'))).to.contain(`A new tip from the site. [${content.sources.length + 1}]`);
    expect(textOf(section(el, 'see-a-professional'))).to.contain('Call for help now');
    expect(textOf(section(el, 'faq'))).to.contain('Does the gym have rollers?').and.not.contain(content.faq[0].question);
    const last = [...section(el, 'sources').querySelectorAll('li')].pop()!;
    expect(last.id).to.equal(`source-${content.sources.length + 1}`);
    expect(textOf(last)).to.contain('Our own leaflet').and.contain('Example Gym');
    el.content = undefined;
    await el.updateComplete;
    expect(textOf(section(el, 'faq'))).to.contain(content.faq[0].question);
  });

  describe('heading-level', () => {
    const levels = (el: GluteKnotGuide, selector: string) =>
      [...shadow(el).querySelectorAll(selector)].map((h) => h.localName);

    it('defaults to h2 for sections, h3 inside them and one deeper for muscles and stretches', async () => {
      const el = await guide();
      expect(new Set(levels(el, '[part~="heading"]'))).to.deep.equal(new Set(['h2']));
      expect(levels(el, '.note [part~="subheading"]')).to.deep.equal(['h3']);
      expect(new Set(levels(el, '.card [part~="subheading"]'))).to.deep.equal(new Set(['h4']));
      expect(new Set(levels(el, '.treatment > [part~="subheading"]'))).to.deep.equal(new Set(['h3']));
      expect(new Set(levels(el, '.treatment .stretch [part~="subheading"]'))).to.deep.equal(new Set(['h5']));
      expect(new Set(levels(el, '#prevention .stretches > [part~="subheading"]')), 'strength exercises under Prevention').to.deep.equal(new Set(['h3']));
      expect(new Set(levels(el, '#prevention .stretch [part~="subheading"]'))).to.deep.equal(new Set(['h4']));
    });

    it('follows the attribute, capping sub-headings at h6', async () => {
      const el = await guide(html`<glute-knot-guide heading-level="4"></glute-knot-guide>`);
      expect(new Set(levels(el, '[part~="heading"]'))).to.deep.equal(new Set(['h4']));
      expect(new Set(levels(el, '.treatment > [part~="subheading"]'))).to.deep.equal(new Set(['h5']));
      expect(new Set(levels(el, '.card [part~="subheading"], .stretch [part~="subheading"]'))).to.deep.equal(new Set(['h6']));
      el.headingLevel = 1;
      await el.updateComplete;
      expect(new Set(levels(el, '[part~="heading"]'))).to.deep.equal(new Set(['h1']));
      expect(levels(el, '.red-flag [part~="subheading"]')).to.deep.equal(redFlagLevels.map(() => 'h2'));
    });

    it('a bad value warns, naming the element, and clamps or falls back to 2', async () => {
      let el!: GluteKnotGuide;
      const warnings = await captureWarningsAsync(async () => {
        el = await guide(html`<glute-knot-guide heading-level="9"></glute-knot-guide>`);
      });
      expect(warnings).to.deep.equal(['<glute-knot-guide>: heading-level="9" is outside 1–6 (whole numbers); using 6.']);
      expect(levels(el, '[part~="heading"]')[0]).to.equal('h6');
      await captureWarningsAsync(async () => {
        el.setAttribute('heading-level', 'big');
        await el.updateComplete;
      });
      expect(levels(el, '[part~="heading"]')[0]).to.equal('h2');
    });
  });

  describe('sections', () => {
    it('shows only the sections given, in the order given, and the contents list follows', async () => {
      const el = await guide(html`<glute-knot-guide sections="faq, What ,causes"></glute-knot-guide>`);
      expect(sectionIds(el)).to.deep.equal(['faq', 'what', 'causes']);
      const links = [...shadow(el).querySelectorAll('nav a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#faq', '#what', '#causes']);
      expect(links.map(textOf)).to.deep.equal([guideText.sections.faq.nav, guideText.sections.what.nav, guideText.sections.causes.nav]);
    });

    it('unknown ids warn and are skipped; nothing valid shows every section', async () => {
      let el!: GluteKnotGuide;
      const warnings = await captureWarningsAsync(async () => {
        el = await guide(html`<glute-knot-guide sections="symptoms,knees,symptoms"></glute-knot-guide>`);
      });
      expect(sectionIds(el)).to.deep.equal(['symptoms']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^<glute-knot-guide>: sections has an unknown id "knees"/);
      await captureWarningsAsync(async () => {
        el.sections = 'elbows';
        await el.updateComplete;
      });
      expect(sectionIds(el)).to.deep.equal([...guideSections]);
      el.sections = '';
      await el.updateComplete;
      expect(sectionIds(el)).to.deep.equal([...guideSections]);
    });

    it('without the sources section, facts carry no source links (so none points nowhere)', async () => {
      const el = await guide(html`<glute-knot-guide sections="symptoms"></glute-knot-guide>`);
      expect(shadow(el).querySelectorAll('a[href^="#source-"]')).to.have.length(0);
      expect(shadow(el).querySelector('nav'), 'one section needs no contents').to.equal(null);
    });
  });

  describe('moving around inside the shadow root', () => {
    async function tallPage(template = html`<glute-knot-guide></glute-knot-guide>`) {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 800px"><div style="height: 1500px">Page above</div>${template}</div>`);
      const el = wrap.querySelector('glute-knot-guide')!;
      await settled(el);
      return el;
    }

    it('a contents link moves focus to the section heading, scrolls to it and updates the hash, without a jump to the top', async () => {
      const el = await tallPage();
      const link = shadow(el).querySelector<HTMLAnchorElement>('nav a[href="#faq"]')!;
      link.scrollIntoView();
      link.focus();
      const before = window.scrollY;
      expect(before).to.be.greaterThan(1000);
      await sendKeys({ press: 'Enter' });
      const heading = section(el, 'faq').querySelector('h2')!;
      expect(shadow(el).activeElement).to.equal(heading);
      expect(document.activeElement).to.equal(el);
      expect(location.hash).to.equal('#faq');
      await waitUntil(() => Math.abs(heading.getBoundingClientRect().top) < 40, 'the heading scrolls to the top of the view', { timeout: 3000 });
      expect(window.scrollY).to.be.greaterThan(before);
      // Tab goes on from the section, not from the contents list.
      await sendKeys({ press: 'Tab' });
      expect(section(el, 'faq').contains(shadow(el).activeElement)).to.equal(true);
    });

    it('a source number moves focus to that source and updates the hash', async () => {
      const el = await tallPage();
      const cite = section(el, 'symptoms').querySelector<HTMLAnchorElement>('a[href^="#source-"]')!;
      const id = cite.getAttribute('href')!.slice(1);
      cite.click();
      const target = shadow(el).getElementById(id)!;
      expect(shadow(el).activeElement).to.equal(target);
      expect(location.hash).to.equal(`#${id}`);
      await waitUntil(() => {
        const box = target.getBoundingClientRect();
        // Within a pixel: the scroll lands on whole device pixels, the box may sit at -0.05 px.
        return box.top >= -1 && box.bottom <= window.innerHeight + 1;
      }, 'the source scrolls into view', { timeout: 3000 });
    });

    it('Back after a source number returns the reader to where they were, still on the page', async () => {
      const el = await tallPage();
      const cite = section(el, 'symptoms').querySelector<HTMLAnchorElement>('a[href^="#source-"]')!;
      cite.scrollIntoView({ block: 'center' });
      await nextFrame();
      const before = window.scrollY;
      const entries = history.length;
      const target = shadow(el).getElementById(cite.getAttribute('href')!.slice(1))!;
      cite.click();
      expect(history.length, 'the source number adds a history entry').to.equal(entries + 1);
      await waitUntil(() => Math.abs(target.getBoundingClientRect().top) < 5, 'the source scrolls to the top of the view', { timeout: 5000 });
      await scrollingStopped(); // the reader has read the source (a smooth scroll still under way would override Back's)
      history.back();
      await waitUntil(() => Math.abs(window.scrollY - before) < 5, `back at ${before} px (now ${window.scrollY})`, { timeout: 5000 });
      expect(location.hash).to.equal('');
    });

    it('the page\'s own link to a section (or a typed hash) scrolls there after load too', async () => {
      const el = await tallPage();
      location.hash = '#faq';
      const heading = section(el, 'faq').querySelector('h2')!;
      await waitUntil(() => Math.abs(heading.getBoundingClientRect().top) < 40, 'the FAQ scrolls into view', { timeout: 3000 });
      expect(shadow(el).activeElement).to.equal(heading);
    });

    it('a page opened at a section\'s hash (say, after a reload) scrolls to that section', async () => {
      history.replaceState(history.state, '', '#prevention');
      const el = await tallPage();
      const heading = section(el, 'prevention').querySelector('h2')!;
      await waitUntil(() => Math.abs(heading.getBoundingClientRect().top) < 40, 'the section scrolls into view', { timeout: 3000 });
    });

    it('every in-page link has its target, and sources link out with their URL', async () => {
      const el = await guide();
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
      expect(links.length).to.be.greaterThan(100);
      for (const a of links) expect(shadow(el).getElementById(a.getAttribute('href')!.slice(1)), a.getAttribute('href')!).to.not.equal(null);
      const entries = [...section(el, 'sources').querySelectorAll('ol > li')];
      expect(entries).to.have.length(content.sources.length);
      entries.forEach((li, i) => {
        const source = content.sources[i];
        expect(li.id).to.equal(`source-${i + 1}`);
        const a = li.querySelector('a')!;
        expect(a.getAttribute('href')).to.equal(source.url);
        expect(textOf(a)).to.equal(source.url);
        expect(a.hasAttribute('target')).to.equal(false);
      });
      // A fact's numbers point at the sources it cites.
      const first = section(el, 'what').querySelector('p')!;
      const numbers = [...first.querySelectorAll('a')].map((a) => Number(a.getAttribute('href')!.replace('#source-', '')));
      const expected = content.intro.what[0].sources.map((id) => content.sources.findIndex((s) => s.id === id) + 1).sort((a, b) => a - b);
      expect(numbers).to.deep.equal(expected);
      expect(textOf(first.querySelector('a'))).to.equal(`${guideText.citeLabel} ${expected[0]}`);
    });
  });

  describe('stretch timers', () => {
    it('are created only when the treatments section is scrolled near, in a space of the same height', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 320px"><div style="height: 4000px"></div><glute-knot-guide sections="treatments"></glute-knot-guide></div>`);
      const el = wrap.querySelector('glute-knot-guide')!;
      await el.updateComplete;
      // Nothing to wait for here but frames: an IntersectionObserver reports during a frame's rendering steps, so after
      // two frames a timer created too early would be there.
      await nextFrame();
      await nextFrame();
      const treatments = section(el, 'treatments');
      expect(treatments.querySelectorAll('stretch-timer')).to.have.length(0);
      const slots = [...treatments.querySelectorAll<HTMLElement>('.timer-slot')];
      const inTreatments = content.stretches.filter((s) => s.kind !== 'strength');
      expect(slots).to.have.length(inTreatments.length);
      const placeholderHeight = slots[0].getBoundingClientRect().height;
      slots[0].scrollIntoView({ block: 'center' });
      await waitUntil(() => treatments.querySelectorAll('stretch-timer').length > 0, 'a timer appears', { timeout: 3000 });
      const timer = treatments.querySelector<StretchTimer>('stretch-timer')!;
      await timer.updateComplete;
      const first = content.stretches.find((s) => s.id === slots[0].dataset.key)!;
      expect(timer.getAttribute('stretch')).to.equal(first.id);
      expect(timer.shadowRoot!.querySelector('.name')!.textContent).to.equal(first.name);
      const timerHeight = slots[0].getBoundingClientRect().height;
      expect(Math.abs(timerHeight - placeholderHeight) / timerHeight, `${placeholderHeight} vs ${timerHeight}`).to.be.lessThan(0.15);
      // The ones far below wait their turn; scrolling on wakes them.
      expect(treatments.querySelectorAll('stretch-timer').length).to.be.lessThan(inTreatments.length);
      slots[slots.length - 1].scrollIntoView();
      await waitUntil(() => treatments.querySelector(`stretch-timer[stretch="${slots[slots.length - 1].dataset.key}"]`), 'the last timer appears', { timeout: 3000 });
    });

    it('no-timers leaves them out but keeps the steps', async () => {
      const el = await guide(html`<glute-knot-guide no-timers sections="treatments"></glute-knot-guide>`);
      section(el, 'treatments').scrollIntoView();
      await nextFrame(); // as above: frames, not time, for a timer that must not appear
      await nextFrame();
      expect(shadow(el).querySelectorAll('stretch-timer, .timer-slot')).to.have.length(0);
      expect(textOf(section(el, 'treatments'))).to.contain(content.stretches[0].steps[0]);
    });

    it('take the guide\'s theme, as the table does', async () => {
      const el = await guide(html`<glute-knot-guide theme="dark" sections="causes,treatments"></glute-knot-guide>`);
      section(el, 'treatments').querySelector('.timer-slot')!.scrollIntoView();
      await waitUntil(() => shadow(el).querySelector('stretch-timer'), 'a timer appears', { timeout: 3000 });
      expect(shadow(el).querySelector('causes-table')!.getAttribute('theme')).to.equal('dark');
      expect(shadow(el).querySelector('stretch-timer')!.getAttribute('theme')).to.equal('dark');
      el.theme = 'light';
      await el.updateComplete;
      expect(shadow(el).querySelector('causes-table')!.getAttribute('theme')).to.equal('light');
      expect(shadow(el).querySelector('stretch-timer')!.getAttribute('theme')).to.equal('light');
    });
  });

  describe('when to get help', () => {
    it('lists emergency signs first, in a box set apart, then same-day, urgent, routine and when to stop', async () => {
      const el = await guide();
      const groups = [...section(el, 'see-a-professional').querySelectorAll<HTMLElement>('[data-level]')];
      expect(groups.map((g) => g.dataset.level)).to.deep.equal(['emergency', 'today', 'urgent', 'routine', 'stop']);
      const [emergency, , urgent, routine] = groups.map((g) => getComputedStyle(g));
      expect(emergency.borderTopColor).to.not.equal(routine.borderTopColor);
      expect(emergency.backgroundColor).to.not.equal(routine.backgroundColor);
      expect(parseFloat(emergency.borderTopWidth)).to.be.greaterThan(parseFloat(routine.borderTopWidth));
      expect(urgent.borderInlineStartColor ?? urgent.borderLeftColor).to.equal(emergency.borderTopColor);
      expect(textOf(groups[0])).to.contain(content.redFlags.emergency.items[0].text);
    });

    it('names the emergency number from the content, or from the emergency-number attribute', async () => {
      const el = await guide(html`<glute-knot-guide sections="see-a-professional"></glute-knot-guide>`);
      const action = () => textOf(shadow(el).querySelector('[data-level="emergency"] .action'));
      expect(action()).to.contain(`Call ${content.redFlags.emergencyNumber},`);
      el.setAttribute('emergency-number', '000 in Australia');
      await el.updateComplete;
      expect(action()).to.contain('Call 000 in Australia,').and.not.contain('{emergencyNumber}');
      expect(textOf(shadow(el).querySelector('[data-level="emergency"] .number'))).to.equal('000 in Australia');
    });
  });

  it('FAQ answers are native disclosures', async () => {
    const el = await guide(html`<glute-knot-guide sections="faq"></glute-knot-guide>`);
    const items = [...shadow(el).querySelectorAll('details')];
    expect(items).to.have.length(content.faq.length);
    expect(items.map((d) => textOf(d.querySelector('summary')))).to.deep.equal(content.faq.map((f) => f.question));
    expect(items.every((d) => !d.open)).to.equal(true);
    items[0].querySelector('summary')!.click();
    expect(items[0].open).to.equal(true);
    expect(items[0].querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('prints cleanly: FAQ answers shown, timers and contents hidden, source URLs shown', async () => {
    const el = await guide();
    section(el, 'treatments').querySelector('.timer-slot')!.scrollIntoView();
    await waitUntil(() => shadow(el).querySelector('stretch-timer'), 'a timer appears', { timeout: 3000 });
    const shown = (node: Element) => node.getBoundingClientRect().height > 0;
    const answer = () => [...shadow(el).querySelectorAll('.print-only p')].find((p) => textOf(p).startsWith(content.faq[0].answer.slice(0, 30)))!;
    expect(shown(answer()), 'the print copy is hidden on screen').to.equal(false);
    // Only Chromium's driver can emulate print media here (Firefox over BiDi and WebKit over WebDriver cannot);
    // elsewhere the print rules themselves are checked.
    const printed = /Chrome\//.test(navigator.userAgent);
    if (printed) await emulateMedia({ media: 'print' });
    try {
      if (printed) {
        expect(shown(answer())).to.equal(true);
        expect(shown(shadow(el).querySelector('details')!)).to.equal(false);
        expect(shown(shadow(el).querySelector('stretch-timer')!)).to.equal(false);
        expect(shown(shadow(el).querySelector('nav')!)).to.equal(false);
        expect(shown(section(el, 'sources').querySelector('a.url')!)).to.equal(true);
        expect(shown(shadow(el).querySelector('[part~="disclaimer"]')!)).to.equal(true);
      } else {
        const rules = [...(shadow(el).adoptedStyleSheets ?? [])].flatMap((sheet) => [...sheet.cssRules]);
        const print = rules.filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print').map((r) => r.cssText).join('\n');
        expect(print).to.match(/details,?[^{]*\.timer-slot\s*\{\s*display: none/).and.match(/\.print-only\s*\{\s*display: block/);
      }
    } finally {
      if (printed) await emulateMedia({ media: 'screen' });
    }
  });

  it('puts the header and footer slots above and below the guide', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 600px"><glute-knot-guide sections="who">
      <p slot="header" id="head">Our physio team can help.</p>
      <a slot="footer" id="foot" href="#book">Book a session</a>
    </glute-knot-guide></div>`);
    const el = wrap.querySelector('glute-knot-guide')!;
    await el.updateComplete;
    const head = wrap.querySelector('#head')!.getBoundingClientRect();
    const foot = wrap.querySelector('#foot')!.getBoundingClientRect();
    const disclaimer = shadow(el).querySelector('[part~="disclaimer"]')!.getBoundingClientRect();
    const who = section(el, 'who').getBoundingClientRect();
    expect(head.bottom).to.be.at.most(disclaimer.top);
    expect(foot.top).to.be.at.least(who.bottom);
    // A site's own hash link is left alone.
    let prevented: boolean | undefined;
    window.addEventListener('click', (e) => (prevented = e.defaultPrevented), { once: true });
    (wrap.querySelector('#foot') as HTMLAnchorElement).click();
    expect(prevented).to.equal(false);
    await waitUntil(() => location.hash === '#book', 'the page follows its own link', { timeout: 2000 });
  });

  describe('bad content', () => {
    it('an invalid part warns, naming the element and the part, and the default is used; valid parts still apply', async () => {
      let el!: GluteKnotGuide;
      const warnings = await captureWarningsAsync(async () => {
        el = await guide(html`<glute-knot-guide .content=${{
          faq: [{ id: 'x', question: 'Uncited?', answer: 'No source given.' }],
          symptoms: [{ text: 'Cites a source that does not exist.', sources: ['S404'] }],
          prevention: [{ text: 'A fine tip.', sources: ['S1'] }],
          reviewed: 'last week',
          elbows: [],
        } as never}></glute-knot-guide>`);
      });
      expect(warnings.every((w) => w.startsWith('<glute-knot-guide>: '))).to.equal(true);
      const all = warnings.join('\n');
      expect(all).to.contain('content.faq is not valid').and.contain('"sources" must list at least one source id').and.contain('using the default faq');
      expect(all).to.contain('content.symptoms is not valid').and.contain('cites unknown source S404');
      expect(all).to.contain('content.reviewed is not valid');
      expect(all).to.contain('unknown part "elbows"');
      expect(warnings).to.have.length(4);
      expect(textOf(section(el, 'faq'))).to.contain(content.faq[0].question).and.not.contain('Uncited?');
      expect(textOf(section(el, 'symptoms'))).to.contain(content.symptoms[0].text);
      expect([...section(el, 'prevention').querySelectorAll(':scope > ul > li')].map(seen)).to.deep.equal(['A fine tip. [1]']);
      expect(textOf(shadow(el).querySelector('[part~="disclaimer"]'))).to.contain(reviewedDate);
    });

    it('a site\'s own sources are added to the defaults, so a new fact can cite one and the default facts keep theirs', async () => {
      const gym = { id: 'gym-2026', title: 'Our physio team', publisher: 'Sunrise Physio', url: 'https://example.com/team', grade: 'C' };
      let el!: GluteKnotGuide;
      const warnings = await captureWarningsAsync(async () => {
        el = await guide(html`<glute-knot-guide .content=${{
          faq: [{ id: 'book', question: 'Can I book a session?', answer: 'Yes, at the front desk.', sources: ['gym-2026', 'S1'] }],
        sources: [gym],
        }}></glute-knot-guide>`);
      });
      expect(warnings).to.deep.equal([]);
      const entries = [...section(el, 'sources').querySelectorAll('ol > li')];
      expect(entries).to.have.length(content.sources.length + 1);
      expect(textOf(entries[entries.length - 1])).to.contain('Our physio team');
      expect(seen(section(el, 'faq').querySelector('p:last-of-type')!)).to.equal(`Yes, at the front desk. [1, ${content.sources.length + 1}]`);
      // A default fact still links to its default source.
      const symptom = section(el, 'symptoms').querySelector('li')!;
      expect(seen(symptom)).to.equal(`${content.symptoms[0].text} [${content.symptoms[0].sources.map((id) => content.sources.findIndex((s) => s.id === id) + 1).sort((a, b) => a - b).join(', ')}]`);
    });

    it('takes any number of causes, but an empty list warns and keeps the default', async () => {
      let el!: GluteKnotGuide;
      const warnings = await captureWarningsAsync(async () => {
        el = await guide(html`<glute-knot-guide sections="causes,faq" .content=${{ causes: content.causes.slice(0, 2), faq: [] }}></glute-knot-guide>`);
      });
      expect(warnings).to.deep.equal(['<glute-knot-guide>: content.faq is not valid (faq: needs at least one item); using the default faq.']);
      const table = section(el, 'causes').querySelector('causes-table')!;
      await table.updateComplete;
      expect(table.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(2);
      expect(textOf(section(el, 'faq'))).to.contain(content.faq[0].question);
    });

    it('content that is not an object warns and shows the defaults', async () => {
      for (const bad of ['faq', 42, [content.faq]]) {
        let el!: GluteKnotGuide;
        const warnings = await captureWarningsAsync(async () => {
          el = await guide(html`<glute-knot-guide sections="faq" .content=${bad as never}></glute-knot-guide>`);
        });
        expect(warnings, String(bad)).to.deep.equal(['<glute-knot-guide>: content should be an object of content parts; using the default content.']);
        expect(textOf(section(el, 'faq'))).to.contain(content.faq[0].question);
      }
    });

    it('shows HTML from a site (content or attributes) as text and creates no element', async () => {
      const evil = '<img src=x onerror="window.__gkHacked=1">';
      const flags = clone(content.redFlags);
      flags.emergency.items[0].text = evil;
      const el = await guide(html`<glute-knot-guide emergency-number=${evil} .content=${{
        faq: [{ id: 'x', question: evil, answer: `<b>${evil}</b>`, sources: ['S1'] }],
        redFlags: flags,
        sources: [...content.sources.slice(0, -1), { ...content.sources[content.sources.length - 1], title: `<script>window.__gkHacked=1</script>${evil}` }],
      }}></glute-knot-guide>`);
      await settled(el);
      expect(textOf(section(el, 'faq').querySelector('summary'))).to.equal(evil);
      expect(textOf(section(el, 'faq').querySelector('details p'))).to.contain(`<b>${evil}</b>`);
      expect(textOf(shadow(el).querySelector('[data-level="emergency"] .number'))).to.equal(evil);
      const numbers = content.redFlags.emergency.items[0].sources.map((id) => content.sources.findIndex((s) => s.id === id) + 1).sort((x, y) => x - y);
      expect(seen(shadow(el).querySelector('[data-level="emergency"] li'))).to.equal(`${evil} [${numbers.join(', ')}]`);
      expect(textOf(section(el, 'sources'))).to.contain('<script>');
      expect(shadow(el).querySelectorAll('img, b, script')).to.have.length(0);
      expect((window as { __gkHacked?: number }).__gkHacked).to.equal(undefined);
    });

    it('a source URL that is not http(s) is refused, so no javascript: link is made', async () => {
      let el!: GluteKnotGuide;
      const warnings = await captureWarningsAsync(async () => {
        el = await guide(html`<glute-knot-guide sections="sources" .content=${{
          sources: content.sources.map((s, i) => (i === 0 ? { ...s, url: 'javascript:alert(1)' } : s)),
        }}></glute-knot-guide>`);
      });
      expect(warnings.join('\n')).to.contain('url must be an https:// address');
      expect([...shadow(el).querySelectorAll('a')].some((a) => a.getAttribute('href')!.startsWith('javascript'))).to.equal(false);
    });
  });

  it('fits 280 px without horizontal overflow', async () => {
    const el = await guide(html`<glute-knot-guide></glute-knot-guide>`, 280);
    section(el, 'treatments').querySelector('.timer-slot')!.scrollIntoView();
    await waitUntil(() => shadow(el).querySelector('stretch-timer'), 'a timer appears', { timeout: 3000 });
    await settled(el);
    const base = shadow(el).querySelector('[part~="base"]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    for (const s of shadow(el).querySelectorAll('section')) expect(s.scrollWidth, s.id).to.be.at.most(s.clientWidth + 1);
    expect(el.getBoundingClientRect().width).to.be.at.most(280);
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const width of [320, 1280]) {
      it(`passes axe (${theme}, ${width} px, a timer and an open answer included)`, async function () {
        this.timeout(30000);
        const el = await guide(html`<glute-knot-guide theme=${theme} emergency-number="000 in Australia"></glute-knot-guide>`, width);
        section(el, 'treatments').querySelector('.timer-slot')!.scrollIntoView();
        await waitUntil(() => shadow(el).querySelector('stretch-timer'), 'a timer appears', { timeout: 3000 });
        shadow(el).querySelector('details')!.open = true;
        await settled(el);
        window.scrollTo(0, 0);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('speaks the reader\'s language where a language pack gives it, English elsewhere', async () => {
    registerLocale('zz', {
      guide: { navLabel: 'Índice', disclaimer: 'Información general, no consejo médico. Revisado el {date}.', date: esGuideText.date, months: esGuideText.months },
      table: { caption: 'Causas de los nudos' },
    });
    let el!: GluteKnotGuide;
    const warnings = await captureWarningsAsync(async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="zz"><glute-knot-guide sections="causes,faq"></glute-knot-guide></div>`);
      el = wrap.querySelector('glute-knot-guide')!;
      await settled(el);
    });
    expect(textOf(shadow(el).querySelector('.nav-label'))).to.equal('Índice');
    expect(textOf(shadow(el).querySelector('[part~="disclaimer"]'))).to.equal(`Información general, no consejo médico. Revisado el ${new Intl.DateTimeFormat('es', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${content.reviewed}T00:00:00Z`))}.`);
    expect(textOf(shadow(el).querySelector('causes-table')!.shadowRoot!.querySelector('caption'))).to.equal('Causas de los nudos');
    expect(textOf(section(el, 'faq').querySelector('summary'))).to.equal(content.faq[0].question);
    expect(warnings.join('\n'), 'the missing strings are named').to.contain('"zz" pack lacks');
  });

  it('uses the same words as the table for the table', async () => {
    const el = await guide(html`<glute-knot-guide sections="causes,sources"></glute-knot-guide>`);
    await settled(el);
    const table = shadow(el).querySelector('causes-table')!;
    expect(textOf(table.shadowRoot!.querySelector('caption'))).to.equal(tableText.caption);
    expect(textOf(section(el, 'causes').querySelector('.table-sources'))).to.match(new RegExp(`^${guideText.tableSources} \\[`));
  });
});

describe('<glute-knot-guide> pictures', () => {
  it('the "what" section has the muscle map, themed like the guide', async () => {
    const el = await fixture<GluteKnotGuide>(html`<glute-knot-guide theme="dark" sections="what"></glute-knot-guide>`);
    const map = el.shadowRoot!.querySelector('#what glute-muscle-map')!;
    expect(map).to.exist;
    expect(map.getAttribute('theme')).to.equal('dark');
    await (map as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(map.shadowRoot!.querySelectorAll('[role="radio"]')).to.have.length(4);
  });

  it('with no-timers, each stretch shows its drawing with the text alternative from content', async () => {
    const el = await fixture<GluteKnotGuide>(html`<glute-knot-guide no-timers sections="treatments,prevention"></glute-knot-guide>`);
    await el.updateComplete;
    const drawings = [...el.shadowRoot!.querySelectorAll('.stretch svg[role="img"]')];
    expect(drawings.map((d) => d.getAttribute('aria-label'))).to.have.members(content.stretches.map((s) => s.illustrationAlt));
  });
});
