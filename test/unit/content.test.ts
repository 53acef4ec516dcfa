import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as en from '../../content/en/index.js';
import * as es from '../../content/es/index.js';
import { stretchesData } from '../../content/data.js';
import { joinContent } from '../../content/join.js';
import { droppedEmergencySigns, validateContent } from '../../content/validate.js';
import { mergeContentOverride, withSources } from '../../src/glute-knot-guide/content-override.js';
import { localize, registerLocale } from '../../src/core/locale.js';
import { captured } from './helpers.js';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('content join', () => {
  it('holds, sides and sources come from the shared data, in its order, whatever a pack says', () => {
    const joined = joinContent({ ...en, stretches: { ...en.stretches, 'pigeon-pose': { ...en.stretches['pigeon-pose'], hold: 99, sources: [] } as never } });
    assert.deepEqual(joined.stretches.map((s) => [s.id, s.hold, s.sides, s.sources]), stretchesData.map((d) => [d.id, d.hold, d.sides, [...d.sources]]));
    assert.equal(joined.stretches[0].name, en.stretches[stretchesData[0].id].name);
  });

  it('English and the shipped Spanish pack, joined, pass the validator', () => {
    assert.deepEqual(validateContent(en.content), []);
    assert.deepEqual(validateContent(joinContent(es)), []);
  });
});

describe('a site\'s content override', () => {
  const base = en.content;
  const run = (raw: unknown) => {
    const warnings: string[] = [];
    const result = mergeContentOverride(base, raw, (key, message) => warnings.push(`${key}|${message}`));
    return { result, warnings };
  };

  it('nothing set: the defaults, untouched', () => {
    assert.equal(run(undefined).result, base);
    assert.deepEqual(run(undefined).warnings, []);
  });

  it('a valid part replaces the default part; an invalid or unknown one warns and is skipped', () => {
    const { result, warnings } = run({ prevention: [{ text: 'A fine tip.', sources: ['S1'] }], faq: [{ id: 'x', question: 'Q?', answer: 'A.' }], elbows: [] });
    assert.deepEqual(result.prevention, [{ text: 'A fine tip.', sources: ['S1'] }]);
    assert.equal(result.faq, base.faq);
    assert.equal(warnings.length, 2);
    assert.match(warnings.join('\n'), /content\.faq is not valid \(faq 1 \(x\): "sources" must list at least one source id\); using the default faq/);
    assert.match(warnings.join('\n'), /unknown part "elbows"/);
  });

  it('not an object: warns and keeps the defaults', () => {
    const { result, warnings } = run('faq');
    assert.equal(result, base);
    assert.match(warnings[0], /content should be an object/);
  });

  it('sources are added to the defaults, a default id replaced in place, so new facts can cite them', () => {
    const gym = { id: 'gym', title: 'Our team', publisher: 'Gym', url: 'https://example.com', grade: 'C' };
    const merged = withSources(base.sources, [gym, { ...base.sources[0], title: 'Renamed' }]) as { id: string; title: string }[];
    assert.equal(merged.length, base.sources.length + 1);
    assert.equal(merged[0].title, 'Renamed');
    const { result, warnings } = run({ sources: [gym], faq: [{ id: 'book', question: 'Book?', answer: 'Yes.', sources: ['gym'] }] });
    assert.deepEqual(warnings, []);
    assert.equal(result.faq[0].id, 'book');
  });

  it('red flags that drop an emergency sign are rejected; reworded ones are taken', () => {
    const dropped = clone(base.redFlags);
    dropped.emergency.items.pop();
    assert.match(run({ redFlags: dropped }).warnings[0], /must keep every emergency sign/);
    assert.equal(droppedEmergencySigns(base.redFlags, dropped).length, 1);
    const reworded = clone(base.redFlags);
    reworded.emergency.items[0].text = 'Numb around the bottom: get help now.';
    assert.equal(run({ redFlags: reworded }).result.redFlags.emergency.items[0].text, 'Numb around the bottom: get help now.');
  });
});

describe('language fallback', () => {
  it('a partial pack falls back to English key by key, with one warning naming what it lacks', () => {
    registerLocale('xunit', { timer: { start: 'Los' }, stretches: { 'figure-four': { name: 'Vier' } } });
    const warnings = captured(() => {
      const timer = localize('timer', en.timer, 'xunit');
      assert.equal(timer.start, 'Los');
      assert.equal(timer.pause, en.timer.pause);
      const stretches = localize('stretches', en.stretches, 'xunit-CH');
      assert.equal(stretches['figure-four'].name, 'Vier');
      assert.deepEqual(stretches['figure-four'].steps, en.stretches['figure-four'].steps);
      localize('timer', en.timer, 'xunit');
    });
    assert.equal(warnings.filter((w) => w.includes('"xunit" pack lacks')).length, 1);
  });
});

describe('the short emergency box', () => {
  it('an override that drops one of its signs is rejected, like the emergency level', () => {
    const flags = clone(en.content.redFlags);
    flags.box.items = flags.box.items.slice(0, 1);
    assert.deepEqual(droppedEmergencySigns(en.content.redFlags, flags), [
      `redFlags.box must keep every emergency sign (missing: ${en.content.redFlags.box.items.slice(1).map((i) => i.id).join(', ')})`,
    ]);
  });
});
