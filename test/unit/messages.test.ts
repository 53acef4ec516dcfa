import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timerText } from '../../content/en/ui.js';
import { timerText as spanish } from '../../content/es/ui.js';
import { buildPlan } from '../../src/core/clock.js';
import { cuedPhaseMessage, leadInText, nextLabel, phaseMessage, planText, sideChanges, tenSecondsLeft, workWord } from '../../src/stretch-timer/messages.js';

const settings = { name: 'Pigeon pose', hold: 30, reps: 2, rest: 10, leadIn: 5, sides: 'both' as const };
const context = (t = timerText, lang = 'en') => ({ t, lang, phases: buildPlan(settings), settings, work: t.work.stretch });

describe('timer messages', () => {
  it('the plan before Start names the hold, not the lead-in', () => {
    assert.equal(planText(context()), 'Hold 30 seconds, 2 rounds, each side');
    assert.equal(planText({ ...context(), settings: { ...settings, hold: 1 as number, reps: 1, sides: 'one' } }), 'Hold 1 second, 1 round');
  });

  it('each phase is announced with its side, round, length and what comes next', () => {
    const c = context();
    const kinds = c.phases.map((p) => p.kind);
    assert.deepEqual(kinds, ['lead-in', 'hold', 'rest', 'hold', 'rest', 'hold', 'rest', 'hold']);
    assert.equal(phaseMessage(c, 0), 'Pigeon pose: get into position. Starting in 5 seconds.');
    assert.equal(phaseMessage(c, 1), 'Right side, round 1 of 2. Hold for 30 seconds.');
    assert.equal(phaseMessage(c, 2), 'Rest for 10 seconds. Up next: Left side, round 1 of 2.');
    assert.equal(nextLabel(c, 4), 'Right side, round 2 of 2');
    assert.equal(nextLabel(c, 8), '');
  });

  it('one-sided holds say the round only; "10 seconds left"; Spanish plurals', () => {
    const one = { ...context(), phases: buildPlan({ ...settings, sides: 'one' }), settings: { ...settings, sides: 'one' as const } };
    assert.equal(phaseMessage(one, 1), 'Round 1 of 2. Hold for 30 seconds.');
    assert.equal(tenSecondsLeft(timerText, 'en'), '10 seconds left.');
    assert.match(planText(context(spanish, 'es')), /30 segundos/);
  });

  it('the working phase takes the words of the kind of exercise, or the exercise\'s own', () => {
    for (const [t, lang] of [[timerText, 'en'], [spanish, 'es']] as const) {
      for (const kind of ['stretch', 'release', 'strength'] as const) {
        const work = workWord(t, { kind });
        assert.equal(work, t.work[kind]);
        const c = { ...context(t, lang), work };
        assert.ok(planText(c).startsWith(`${work} 30 `), planText(c));
        assert.ok(phaseMessage(c, 1).includes(`${work} `), phaseMessage(c, 1));
      }
    }
    assert.equal(workWord(timerText, { kind: 'release', phase: 'Rest on the spot' }), 'Rest on the spot');
    assert.equal(workWord(timerText), 'Hold');
    assert.equal(planText({ ...context(), work: workWord(timerText, { kind: 'strength' }) }), 'Lift and hold 30 seconds, 2 rounds, each side');
  });

  it('cues: "Switch sides" first where the side changes; "next" words the lead-in of a routine\'s next exercise', () => {
    const c = context();
    assert.deepEqual(c.phases.map((_, i) => sideChanges(c.phases, i)), [false, false, true, false, true, false, true, false]);
    const none = new Set<string>();
    assert.deepEqual(cuedPhaseMessage(c, 2, none), { text: phaseMessage(c, 2), cued: false });
    assert.deepEqual(cuedPhaseMessage(c, 2, new Set(['switch'])),
      { text: 'Switch sides. Rest for 10 seconds. Up next: Left side, round 1 of 2.', cued: true });
    assert.deepEqual(cuedPhaseMessage(c, 0, new Set(['next'])), { text: phaseMessage(c, 0), cued: false }, 'no name from a routine');
    assert.deepEqual(cuedPhaseMessage(c, 0, new Set(['next']), 'Pigeon pose'),
      { text: 'Up next: Pigeon pose. Get into position. Starting in 5 seconds.', cued: true });
    assert.equal(cuedPhaseMessage(context(spanish, 'es'), 2, new Set(['switch'])).text,
      'Cambia de lado. Descansa 10 segundos. A continuación: Lado izquierdo, ronda 1 de 2.');
  });

  it('before Start: the lead-in line, or none without a lead-in', () => {
    assert.equal(leadInText(context()), 'Starts with 5 seconds to get into position');
    assert.equal(leadInText({ ...context(spanish, 'es'), settings: { ...settings, leadIn: 1 } }), 'Empieza con 1 segundo para colocarte en posición');
    assert.equal(leadInText({ ...context(), settings: { ...settings, leadIn: 0 } }), '');
  });
});

describe('numbers and plurals', () => {
  it('small counts in languages with simple plurals match what Intl gives; others go through Intl', async () => {
    const { formatNumber, plural } = await import('../../src/core/text.js');
    const forms = { one: '{n} x', other: '{n} xs', few: '{n} xf', many: '{n} xm' };
    for (const lang of ['en', 'en-GB', 'es', 'es-MX', 'de', 'nl', 'it', 'sv', 'da', 'nb', 'no', 'fi', 'et', 'ar', 'pl', 'fr']) {
      for (const n of [0, 1, 2, 5, 21, 999, 1000, 1500, 2.5]) {
        const category = new Intl.PluralRules(lang).select(n) as keyof typeof forms;
        const expected = (forms[category] ?? forms.other).replace('{n}', new Intl.NumberFormat(lang).format(n));
        assert.equal(plural(forms, n, lang), expected, `${lang} ${n}`);
        assert.equal(formatNumber(n, lang), new Intl.NumberFormat(lang).format(n), `${lang} ${n}`);
      }
    }
  });
});

describe('dates', () => {
  it('the review date reads as Intl writes a long date, in English and Spanish, with no Intl object', async () => {
    const { formatDate } = await import('../../src/core/text.js');
    const { guideText } = await import('../../content/en/ui-guide.js');
    const { guideText: es } = await import('../../content/es/ui-guide.js');
    for (const [t, tag] of [[guideText, 'en-GB'], [es, 'es']] as const) {
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 9, 28]) {
          const iso = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const intl = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
          assert.equal(formatDate(iso, t.date, t.months), intl, `${tag} ${iso}`);
        }
      }
    }
    assert.equal(formatDate('soon', guideText.date, guideText.months), 'soon', 'not a date: shown as given');
    assert.equal(formatDate('2026-13-01', guideText.date, guideText.months), '2026-13-01');
  });
});
