import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { content } from '../../content/en/index.js';
import { builtIn } from '../../src/stretch-timer/exercise.js';
import { checkPlan, formatStretches, itemsOf, parseStretches, resolveSteps, totalMs, type PlanItem } from '../../src/stretch-routine/plan.js';
import { captured, host } from './helpers.js';

const el = () => host('stretch-routine');
const exerciseOf = (item: PlanItem) => ('stretch' in item ? builtIn(content.stretches.find((s) => s.id === item.stretch)!) : undefined);

describe('routine plan', () => {
  it('reads a dose per exercise: :hold, xreps, :one or :both, in any combination', () => {
    const warnings = captured(() => {
      const entries = parseStretches(el(), 'pigeon-pose:45x2, figure-four:30x3:one, seated-forward-bend, clamshell:x8, glute-bridge:10, childs-pose:both');
      assert.deepEqual(entries, [
        { stretch: 'pigeon-pose', hold: 45, reps: 2 },
        { stretch: 'figure-four', hold: 30, reps: 3, sides: 'one' },
        { stretch: 'seated-forward-bend' },
        { stretch: 'clamshell', reps: 8 },
        { stretch: 'glute-bridge', hold: 10 },
        { stretch: 'childs-pose', sides: 'both' },
      ]);
    });
    assert.deepEqual(warnings, []);
  });

  it('round-trips: the attribute written back reads as the same plan', () => {
    const text = 'pigeon-pose:45x2, figure-four:30x3:one, seated-forward-bend, clamshell:x8, nope';
    let entries: ReturnType<typeof parseStretches> = [];
    captured(() => { entries = parseStretches(el(), text); }); // "nope" warns
    assert.equal(formatStretches(entries), text);
    assert.deepEqual(parseStretches(el(), formatStretches(entries)), entries);
  });

  it('a bad dose warns, naming the item and the valid range, and takes the default; an unknown id stays, marked', () => {
    let entries: ReturnType<typeof parseStretches> = [];
    const warnings = captured(() => {
      entries = parseStretches(el(), 'pigeon-pose:400x2, figure-four:30x99, glute-bridge:fast, <img src=x>');
    });
    assert.deepEqual(entries, [{ stretch: 'pigeon-pose', reps: 2 }, { stretch: 'figure-four', hold: 30 }, { stretch: 'glute-bridge' }, { unknown: '<img src=x>' }]);
    assert.match(warnings[0], /"pigeon-pose:400x2": hold 400 is not a whole number from 5 to 300; using the default/);
    assert.match(warnings[1], /"figure-four:30x99": reps 99 is not a whole number from 1 to 20/);
    assert.match(warnings[2], /"glute-bridge:fast": "fast" is not a dose/);
    assert.match(warnings[3], /unknown exercise "<img src=x>"/);
  });

  it("an item's dose wins over the routine's, which wins over the exercise's own", () => {
    const entries = parseStretches(el(), 'pigeon-pose:45, figure-four, glute-bridge');
    const [pigeon, four, bridge] = resolveSteps(itemsOf(entries), exerciseOf, { reps: 2, restBetween: 15 });
    assert.deepEqual([pigeon.hold, pigeon.reps, pigeon.sides], [45, 2, 'both']);
    assert.deepEqual([four.hold, four.reps], [30, 2]);
    assert.deepEqual([bridge.hold, bridge.reps, bridge.rest, bridge.sides], [5, 2, 3, 'one']);
    const own = resolveSteps(itemsOf(entries), exerciseOf, { restBetween: 15 });
    assert.deepEqual([own[2].reps, own[1].reps], [10, 3]);
  });

  it('totals the time: lead-in, holds and rests of each exercise, and the rest between exercises', () => {
    const steps = resolveSteps(itemsOf(parseStretches(el(), 'seated-forward-bend:10x2, glute-bridge:5x2')), exerciseOf, { restBetween: 15 });
    // forward bend: 5 s lead-in + 2 holds of 10 s + 1 rest of 10 s; bridge: 15 s + 2 holds of 5 s + 1 rest of 3 s
    assert.equal(totalMs(steps, 15), (5 + 20 + 10 + 15 + 10 + 3) * 1000);
  });

  it('the plan property: built-in and own exercises; a bad item warns and is left out', () => {
    const own = { name: 'Wall sit', steps: ['Sit against a wall.'] };
    let items: PlanItem[] = [];
    const warnings = captured(() => {
      items = checkPlan(el(), [{ stretch: 'pigeon-pose', hold: 45 }, { exercise: own, reps: 2 }, { stretch: 'pigeon' }, { hold: 3 }, null, { stretch: 'clamshell', hold: 2 }]);
    });
    assert.deepEqual(items, [{ stretch: 'pigeon-pose', hold: 45 }, { exercise: own, reps: 2 }, { stretch: 'clamshell' }]);
    assert.equal(warnings.length, 5);
    assert.match(warnings.join('\n'), /"plan\[5\]": hold 2 is not a whole number from 5 to 300/);
    assert.equal(formatStretches(items), 'pigeon-pose:45, clamshell');
  });
});
