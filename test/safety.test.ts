// The health-safety rules of the content, checked mechanically in every shipped language, and where the elements
// show the warnings: the short emergency box before any exercise, the timer's visible cautions, and the emergency
// signs a site cannot remove.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/glute-knot-guide/index.js';
import '../src/stretch-timer/index.js';
import '../src/locales/es.js';
import type { GluteKnotGuide } from '../src/glute-knot-guide/index.js';
import type { StretchTimer } from '../src/stretch-timer/index.js';
import { content } from '../content/en/index.js';
import { guideText } from '../content/en/ui-guide.js';
import * as es from '../content/es/index.js';
import { redFlagLevels } from '../content/ids.js';
import { joinContent } from '../content/join.js';
import type { RedFlagLevelId } from '../content/types.js';
import { droppedEmergencySigns, validateContent } from '../content/validate.js';
import { textOf } from './helpers/dom.js';
import { captureWarningsAsync } from './helpers/warnings.js';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A shipped language's health content: its own text, with the review date and sources all languages share. */
const spanish = joinContent(es);

/**
 * Per language: words that name a change in bladder or bowel control or numbness around the bottom or genitals, and
 * the instruction that must come with them anywhere outside the emergency signs.
 */
const triage = {
  en: {
    content,
    keywords: /\b(bladder|bowel|pee|peeing|poo|pooing|urine|urinat\w*|incontinen\w*|genitals?|back passage)\b/i,
    instruction: /get emergency help now/i,
  },
  es: {
    content: spanish,
    keywords: /\b(vejiga|intestin\w*|orina\w*|orinar|heces|defeca\w*|caca|pis|genitales|ano)\b/i,
    instruction: /busca ayuda de emergencia ahora/i,
  },
};

/** Every string in a value, with its path. */
function strings(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => (k === 'sources' || k === 'id' ? [] : strings(v, `${path}.${k}`)));
}

describe('health-content safety', () => {
  for (const [lang, { content: c, keywords, instruction }] of Object.entries(triage)) {
    it(`${lang}: bladder, bowel or saddle-numbness words only ever come with "get emergency help now" or among the emergency signs`, () => {
      const { sources: _sources, ...text } = c;
      const matches = strings(text, 'content').filter((s) => keywords.test(s.text));
      expect(matches.length, 'the keyword list finds the emergency signs themselves').to.be.greaterThan(3);
      const emergencyPaths = /^content\.redFlags\.(emergency|box)\./;
      const wrong = matches.filter((s) => !emergencyPaths.test(s.path) && !instruction.test(s.text));
      expect(wrong.map((s) => `${s.path}: ${s.text}`)).to.deep.equal([]);
      // Outside the warning signs, the instruction links to "When to get help".
      for (const s of matches.filter((m) => !m.path.startsWith('content.redFlags.'))) expect(s.text, s.path).to.contain('{help}');
    });

    it(`${lang}: the new warning signs sit at the level their NHS source gives, and every level has its items`, () => {
      const at = (level: RedFlagLevelId) => c.redFlags[level].items.map((item) => item.id);
      expect(at('emergency')).to.include.members(['cannot-pee', 'clot-breathless', 'cannot-stand', 'minor-fall', 'saddle-numbness', 'bladder-change']);
      expect(at('today')).to.include.members(['clot', 'leg-weakness-worse', 'fever', 'weak-immune', 'weak-bones', 'child-fever']);
      expect(at('urgent')).to.include.members(['cough-sneeze']);
      expect(at('routine')).to.include.members(['one-leg', 'age']);
      for (const level of redFlagLevels) expect(c.redFlags[level].items.length, level).to.be.greaterThan(0);
      expect(c.redFlags.box.items.length).to.be.within(1, 5);
      expect(validateContent(c)).to.deep.equal([]);
    });
  }

  it('the emergency level names cauda equina syndrome, and the note above the signs does not reassure', () => {
    expect(content.redFlags.emergency.action).to.contain('cauda equina syndrome');
    expect(content.redFlags.note.text).to.contain('do not always mean').and.contain('Do not wait');
    expect(spanish.redFlags.emergency.action.toLowerCase()).to.contain('cola de caballo');
  });

  it('the Spanish default emergency number names the rule, not 911 for Latin America', () => {
    expect(spanish.redFlags.emergencyNumber).to.contain('112').and.contain('911');
    expect(spanish.redFlags.emergencyNumber.toLowerCase()).to.contain('tu país').and.not.contain('latinoam');
  });

  it('the validator rejects http links, unknown grades, written-out emergency numbers and a box of more than 5 signs', () => {
    const bad = clone(content);
    bad.sources[0].url = 'http://example.com/page';
    (bad.sources[1] as { grade: string }).grade = 'A+';
    bad.prevention[0].text = 'Call 999 if it hurts.';
    bad.redFlags.box.items = [...bad.redFlags.box.items, ...bad.redFlags.box.items];
    const problems = validateContent(bad).join('\n');
    expect(problems).to.contain(`source ${bad.sources[0].id}: url must be an https:// address`);
    expect(problems).to.contain(`source ${bad.sources[1].id}: grade must be one of A, B, C`);
    expect(problems).to.contain('the emergency number 999 is written out');
    expect(problems).to.contain('redFlags.box: at most 5 signs');
  });

  it('an override that drops an emergency sign is caught by id; rewording one is not', () => {
    const dropped = clone(content.redFlags);
    dropped.emergency.items = dropped.emergency.items.slice(1);
    expect(droppedEmergencySigns(content.redFlags, dropped)).to.deep.equal([`redFlags.emergency must keep every emergency sign (missing: ${content.redFlags.emergency.items[0].id})`]);
    const reworded = clone(content.redFlags);
    reworded.emergency.items[0].text = 'Numb around the bottom.';
    expect(droppedEmergencySigns(content.redFlags, reworded)).to.deep.equal([]);
  });

  it('the reading-level gate fails text that is too hard (so npm test stops before any browser starts)', async function () {
    this.timeout(30000);
    const hard = (await executeServerCommand('readability', { text: 'Notwithstanding considerable methodological heterogeneity, interrater reliability of manual palpation demonstrated unacceptable variability.' })) as { code: number; output: string };
    expect(hard.code).to.equal(1);
    expect(hard.output).to.match(/Overall FK grade [\d.]+ is above 8/);
    const plain = (await executeServerCommand('readability', { text: 'Stop if it hurts. Then rest.' })) as { code: number };
    expect(plain.code).to.equal(0);
  });
});

describe('<glute-knot-guide> warnings', () => {
  async function guide(template: unknown) {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 700px">${template}</div>`);
    const el = wrap.querySelector<GluteKnotGuide>('glute-knot-guide')!;
    await el.updateComplete;
    return el;
  }

  it('shows "Get help now if…" near the top, before the symptoms and every timer, with the number and a link to the full list', async () => {
    const el = await guide(html`<glute-knot-guide emergency-number="000 in Australia"></glute-knot-guide>`);
    const root = el.shadowRoot!;
    const box = root.querySelector<HTMLElement>('[part~="help-box"]')!;
    expect(box, 'the help box').to.not.equal(null);
    const first = (selector: string) => root.querySelector(selector)!;
    for (const later of ['nav', 'section#symptoms', 'section#treatments', '.timer-slot']) {
      expect(box.compareDocumentPosition(first(later)) & Node.DOCUMENT_POSITION_FOLLOWING, later).to.be.greaterThan(0);
    }
    expect([...box.querySelectorAll('li')].map(textOf)).to.deep.equal(content.redFlags.box.items.map((i) => i.text));
    expect(textOf(box.querySelector('.number'))).to.equal('000 in Australia');
    const link = box.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('#see-a-professional');
    expect(textOf(link)).to.equal(guideText.sections['see-a-professional'].heading);
    // The full list comes before the treatments in the default order.
    const ids = [...root.querySelectorAll('section')].map((s) => s.id);
    expect(ids.indexOf('see-a-professional')).to.be.lessThan(ids.indexOf('treatments'));
  });

  it('keeps a site\'s section order, shows the box whenever treatments, prevention or questions are shown, and warns when treatments come without the full list', async () => {
    let el!: GluteKnotGuide;
    const warnings = await captureWarningsAsync(async () => {
      el = await guide(html`<glute-knot-guide sections="treatments,what"></glute-knot-guide>`);
    });
    expect([...el.shadowRoot!.querySelectorAll('section')].map((s) => s.id)).to.deep.equal(['treatments', 'what']);
    expect(el.shadowRoot!.querySelector('[part~="help-box"]')).to.not.equal(null);
    expect(warnings.join('\n')).to.contain('without "see-a-professional"');
    const faqOnly = await guide(html`<glute-knot-guide sections="faq"></glute-knot-guide>`);
    expect(faqOnly.shadowRoot!.querySelector('[part~="help-box"]')).to.not.equal(null);
    // Without the full list, "When to get help" in an answer points at the box at the top, not at nothing.
    const help = faqOnly.shadowRoot!.querySelector<HTMLAnchorElement>('section#faq a[href="#help-box"]')!;
    expect(help, 'the sciatica answer links to the box').to.not.equal(null);
    help.click();
    expect(faqOnly.shadowRoot!.activeElement).to.equal(faqOnly.shadowRoot!.getElementById('help-box'));
    const about = await guide(html`<glute-knot-guide sections="what,who"></glute-knot-guide>`);
    expect(about.shadowRoot!.querySelector('[part~="help-box"]')).to.equal(null);
  });

  it('the physio advice sends bladder or bowel changes to emergency help, with a link to "When to get help"', async () => {
    const el = await guide(html`<glute-knot-guide sections="see-a-professional,treatments"></glute-knot-guide>`);
    const physio = [...el.shadowRoot!.querySelectorAll('.treatment')].find((t) => t.textContent!.includes('Physiotherapy'))!;
    const safety = physio.querySelector('.safety')!;
    expect(textOf(safety)).to.contain('get emergency help now').and.not.contain('{help}');
    expect(safety.querySelector('a')!.getAttribute('href')).to.equal('#see-a-professional');
  });

  it('an override that drops the emergency signs warns and shows the default signs', async () => {
    const flags = clone(content.redFlags);
    flags.emergency.items = [{ id: 'gym', text: 'Ask at the front desk.', sources: ['S1'] }];
    let el!: GluteKnotGuide;
    const warnings = await captureWarningsAsync(async () => {
      el = await guide(html`<glute-knot-guide sections="see-a-professional" .content=${{ redFlags: flags }}></glute-knot-guide>`);
    });
    expect(warnings.join('\n')).to.contain('content.redFlags is not valid').and.contain('must keep every emergency sign');
    const shown = textOf(el.shadowRoot!.querySelector('[data-level="emergency"]'));
    expect(shown).to.contain(content.redFlags.emergency.items[0].text).and.not.contain('Ask at the front desk.');
  });

  it('each stretch lists its cautions once, the shared nerve and hip-replacement lines first; its timer does not repeat them', async () => {
    const el = await guide(html`<glute-knot-guide sections="treatments"></glute-knot-guide>`);
    const stretch = el.shadowRoot!.querySelector('[data-stretch="figure-four"]')!;
    const cautions = [...stretch.querySelectorAll('.stretch-text ul li')].map(textOf);
    expect(cautions.slice(0, 2)).to.deep.equal([content.safety.nerve.text, content.safety.hip.text]);
    stretch.querySelector('.timer-slot')!.scrollIntoView();
    await waitUntil(() => stretch.querySelector('stretch-timer'), 'the timer appears', { timeout: 3000 });
    const timer = stretch.querySelector<StretchTimer>('stretch-timer')!;
    await timer.updateComplete;
    expect(getComputedStyle(timer.shadowRoot!.querySelector('[part~="cautions"]')!).display).to.equal('none');
    window.scrollTo(0, 0);
  });
});

describe('<stretch-timer> cautions', () => {
  it('shows the cautions without opening anything, before and after Start, without moving the timer', async () => {
    const el = await fixture<StretchTimer>(html`<stretch-timer stretch="knee-to-opposite-shoulder" style="width: 360px; display: block"></stretch-timer>`);
    const part = el.shadowRoot!.querySelector<HTMLElement>('[part~="cautions"]')!;
    const items = () => [...part.querySelectorAll('li')].map(textOf);
    const stretch = content.stretches.find((s) => s.id === 'knee-to-opposite-shoulder')!;
    expect(items()).to.deep.equal([content.safety.nerve.text, content.safety.hip.text, ...stretch.cautions]);
    expect(part.closest('details'), 'not inside a closed disclosure').to.equal(null);
    expect(part.getBoundingClientRect().height).to.be.greaterThan(40);
    const before = { top: part.getBoundingClientRect().top, height: el.getBoundingClientRect().height };
    el.start();
    await el.updateComplete;
    expect(items()).to.have.length(stretch.cautions.length + 2);
    expect(part.getBoundingClientRect().top).to.equal(before.top);
    expect(el.getBoundingClientRect().height).to.equal(before.height);
    el.reset();
  });

  for (const lang of ['en', 'es']) {
    for (const width of [320, 600]) {
      it(`keeps one height through ready, lead-in, hold and rest (${lang}, ${width} px)`, async () => {
        const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width: ${width}px"><stretch-timer stretch="pigeon-pose"></stretch-timer></div>`);
        const el = wrap.querySelector<StretchTimer>('stretch-timer')!;
        await el.updateComplete;
        const heights: Record<string, number> = { [el.phase]: el.getBoundingClientRect().height };
        el.start();
        for (let i = 0; i < 3; i++) {
          await el.updateComplete;
          heights[el.phase] = el.getBoundingClientRect().height;
          el.skip();
        }
        el.reset();
        expect(Object.keys(heights)).to.include.members(['ready', 'lead-in', 'hold', 'rest']);
        expect(new Set(Object.values(heights)).size, JSON.stringify(heights)).to.equal(1);
      });
    }
  }

  it('a bare timer (no stretch) still shows the nerve line', async () => {
    const bare = await fixture<StretchTimer>(html`<stretch-timer></stretch-timer>`);
    expect([...bare.shadowRoot!.querySelectorAll('[part~="cautions"] li')].map(textOf)).to.deep.equal([content.safety.nerve.text]);
  });
});

describe('seed-copy-check', () => {
  it('repeats no run of the seed article word for word', async function () {
    this.timeout(30000);
    const result = (await executeServerCommand('seed-copy-check')) as { ok: boolean; output: string; skipped?: boolean };
    if (result.skipped) {
      console.warn(`skipped: ${result.output}`);
      this.skip();
    }
    expect(result.ok, result.output).to.equal(true);
    expect(result.output).to.contain(': 0 copied runs');
  });
});
