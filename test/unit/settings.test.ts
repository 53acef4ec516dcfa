import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { content } from '../../content/en/index.js';
import { resolveTimerSettings, timerDefaults } from '../../src/stretch-timer/settings.js';
import { captured, host } from './helpers.js';

describe('resolveTimerSettings', () => {
  it('a bare timer: generic name, the documented defaults, both sides', () => {
    const settings = resolveTimerSettings(host('stretch-timer'), {}, content.stretches, 'Glute stretch');
    assert.deepEqual(settings, { stretch: undefined, name: 'Glute stretch', ...timerDefaults, sides: 'both' });
  });

  it("a stretch gives its name, hold and sides; attributes override them; label overrides the name", () => {
    const pigeon = content.stretches.find((s) => s.id === 'pigeon-pose')!;
    const fromStretch = resolveTimerSettings(host('stretch-timer'), { stretch: 'Pigeon-Pose ' }, content.stretches, 'x');
    assert.equal(fromStretch.stretch, pigeon);
    assert.equal(fromStretch.name, 'Pigeon pose');
    assert.equal(fromStretch.hold, pigeon.hold);
    const forward = resolveTimerSettings(host('stretch-timer'), { stretch: 'seated-forward-bend' }, content.stretches, 'x');
    assert.equal(forward.sides, 'one');
    const set = resolveTimerSettings(host('stretch-timer'), { stretch: 'pigeon-pose', hold: '45', reps: 2, rest: '0', leadIn: 3, sides: 'one', label: 'My stretch' }, content.stretches, 'x');
    assert.deepEqual({ ...set, stretch: undefined }, { stretch: undefined, name: 'My stretch', hold: 45, reps: 2, rest: 0, leadIn: 3, sides: 'one' });
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
    assert.match(warnings[0], /^<stretch-timer>: stretch="pigeon" is not a known stretch; valid ids are pigeon-pose, /);
    assert.match(warnings.join('\n'), /hold="long" is not a number between 5 and 300; using 30/);
    assert.match(warnings.join('\n'), /reps="99" is outside 1–20/);
  });
});
