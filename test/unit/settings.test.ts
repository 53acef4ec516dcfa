import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { content } from '../../content/en/index.js';
import { timerDefaults } from '../../src/stretch-timer/exercise.js';
import { resolveTimerSettings } from '../../src/stretch-timer/settings.js';
import { captured, host } from './helpers.js';

describe('resolveTimerSettings', () => {
  it('a bare timer: generic name, the documented defaults, both sides', () => {
    const settings = resolveTimerSettings(host('stretch-timer'), {}, content.stretches, 'Glute stretch');
    assert.deepEqual(settings, { exercise: undefined, name: 'Glute stretch', ...timerDefaults, sides: 'both', sideOrder: 'alternate' });
  });

  it("a stretch gives its name, hold and sides; attributes override them; label overrides the name", () => {
    const pigeon = content.stretches.find((s) => s.id === 'pigeon-pose')!;
    const fromStretch = resolveTimerSettings(host('stretch-timer'), { stretch: 'Pigeon-Pose ' }, content.stretches, 'x');
    assert.deepEqual(fromStretch.exercise, { ...pigeon, drawing: { id: 'pigeon-pose', alt: pigeon.illustrationAlt } });
    assert.equal(fromStretch.name, 'Pigeon pose');
    assert.equal(fromStretch.hold, pigeon.hold);
    const forward = resolveTimerSettings(host('stretch-timer'), { stretch: 'seated-forward-bend' }, content.stretches, 'x');
    assert.equal(forward.sides, 'one');
    const set = resolveTimerSettings(host('stretch-timer'), { stretch: 'pigeon-pose', hold: '45', reps: 2, rest: '0', leadIn: 3, sides: 'one', label: 'My stretch' }, content.stretches, 'x');
    assert.deepEqual({ ...set, exercise: undefined }, { exercise: undefined, name: 'My stretch', hold: 45, reps: 2, rest: 0, leadIn: 3, sides: 'one', sideOrder: 'alternate' });
  });

  it('bad values warn once, naming the element and attribute, and fall back or clamp', () => {
    const el = host('stretch-timer');
    const warnings = captured(() => {
      const settings = resolveTimerSettings(el, { stretch: 'pigeon', hold: 'long', reps: 99, sides: 'three' }, content.stretches, 'Glute stretch');
      assert.equal(settings.name, 'Glute stretch');
      assert.equal(settings.hold, 30);
      assert.equal(settings.reps, 20);
      assert.equal(settings.sides, 'both');
    });
    assert.equal(warnings.length, 4);
    assert.match(warnings[0], /^<stretch-timer>: stretch="pigeon" is not a known exercise; valid ids are pigeon-pose, /);
    assert.match(warnings.join('\n'), /hold="long" is not a number between 5 and 300; using 30/);
    assert.match(warnings.join('\n'), /reps="99" is outside 1–20/);
  });
});

describe("a site's own exercise", () => {
  const own = { name: 'Wall sit', steps: ['Lean on a wall.', 'Slide down.'], cautions: ['Stop if your knees hurt.'], hold: 40, reps: 2, sides: 'one', kind: 'strength', drawing: 'figure-four' };

  it('gives the name, steps, cautions, kind, dose and the drawing of the built-in id it names', () => {
    const warnings = captured(() => {
      const settings = resolveTimerSettings(host('stretch-timer'), { exercise: own }, content.stretches, 'Glute stretch');
      const { exercise } = settings;
      assert.equal(settings.name, 'Wall sit');
      assert.deepEqual([settings.hold, settings.reps, settings.sides, settings.rest], [40, 2, 'one', timerDefaults.rest]);
      assert.equal(exercise?.id, null);
      assert.equal(exercise?.kind, 'strength');
      assert.deepEqual(exercise?.steps, own.steps);
      assert.deepEqual(exercise?.cautions, own.cautions);
      const drawn = content.stretches.find((s) => s.id === 'figure-four')!;
      assert.deepEqual(exercise?.drawing, { id: 'figure-four', alt: drawn.illustrationAlt });
    });
    assert.deepEqual(warnings, []);
  });

  it('wins over stretch, with a warning; the attributes still override its dose', () => {
    const warnings = captured(() => {
      const settings = resolveTimerSettings(host('stretch-timer'), { stretch: 'pigeon-pose', exercise: own, hold: 20 }, content.stretches, 'x');
      assert.equal(settings.name, 'Wall sit');
      assert.equal(settings.hold, 20);
    });
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /both stretch="pigeon-pose" and exercise are set; showing the exercise "Wall sit"/);
  });

  it('bad fields warn, naming each, and take their defaults; a value that is not an object is ignored', () => {
    const bad = { name: 42n, steps: 'Jump.', cautions: ['ok', { x: 1 }], hold: 999, reps: 'many', sides: 'three', kind: 'yoga', drawing: 'pigeon', colour: 'red' };
    const warnings = captured(() => {
      const settings = resolveTimerSettings(host('stretch-timer'), { exercise: bad }, content.stretches, 'Glute stretch');
      assert.equal(settings.name, 'Glute stretch');
      assert.deepEqual([settings.hold, settings.reps, settings.sides], [300, timerDefaults.reps, 'both']);
      assert.deepEqual(settings.exercise?.steps, []);
      assert.deepEqual(settings.exercise?.cautions, ['ok']);
      assert.equal(settings.exercise?.kind, 'stretch');
      assert.equal(settings.exercise?.drawing, undefined);
    });
    for (const field of ['colour', 'name', 'steps', 'cautions[1]', 'hold', 'reps', 'sides', 'kind', 'drawing']) {
      assert.ok(warnings.some((w) => w.startsWith(`<stretch-timer>: exercise.${field}`)), `${field}: ${warnings.join('\n')}`);
    }
    for (const value of ['Wall sit', 7, ['a']]) {
      const warned = captured(() => assert.equal(resolveTimerSettings(host('stretch-timer'), { exercise: value }, content.stretches, 'x').exercise, undefined));
      assert.match(warned[0], /exercise should be an object/);
    }
  });
});
