import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildPlan, SessionClock, timeSource } from '../../src/core/clock.js';

describe('buildPlan', () => {
  it('lead-in, then right and left holds with a rest before each but the first', () => {
    const plan = buildPlan({ hold: 30, reps: 2, rest: 10, leadIn: 5, sides: 'both' });
    assert.deepEqual(plan.map((p) => `${p.kind}:${p.rep}:${p.side}:${p.durationMs / 1000}`), [
      'lead-in:1:right:5', 'hold:1:right:30', 'rest:1:left:10', 'hold:1:left:30', 'rest:2:right:10', 'hold:2:right:30', 'rest:2:left:10', 'hold:2:left:30',
    ]);
  });

  it('in blocks: every round on the right, then every round on the left (a strength exercise)', () => {
    const plan = buildPlan({ hold: 5, reps: 2, rest: 3, leadIn: 5, sides: 'both', sideOrder: 'block' });
    assert.deepEqual(plan.map((p) => `${p.kind}:${p.rep}:${p.side}`), [
      'lead-in:1:right', 'hold:1:right', 'rest:2:right', 'hold:2:right', 'rest:1:left', 'hold:1:left', 'rest:2:left', 'hold:2:left',
    ]);
  });

  it('zero-length lead-in and rests are left out; one side has no side', () => {
    const plan = buildPlan({ hold: 5, reps: 2, rest: 0, leadIn: 0, sides: 'one' });
    assert.deepEqual(plan.map((p) => [p.kind, p.side]), [['hold', null], ['hold', null]]);
  });
});

describe('SessionClock', () => {
  it('tells the phase from elapsed running time, not ticks: pauses stop it, skip jumps, nothing drifts', () => {
    let now = 1000;
    const real = timeSource.now;
    timeSource.now = () => now;
    try {
      const clock = new SessionClock(buildPlan({ hold: 10, reps: 1, rest: 0, leadIn: 5, sides: 'one' }));
      assert.equal(clock.totalMs, 15_000);
      clock.start();
      now += 4_000;
      assert.equal(clock.index, 0);
      assert.equal(clock.remainingMs, 1_000);
      clock.pause();
      now += 60_000; // paused for a minute: nothing moves
      assert.equal(clock.remainingMs, 1_000);
      clock.start();
      now += 1_500;
      assert.equal(clock.index, 1);
      assert.equal(clock.remainingMs, 9_500);
      clock.skip();
      assert.equal(clock.done, true);
      assert.equal(clock.index, 1 + 1);
    } finally {
      timeSource.now = real;
    }
  });
});
