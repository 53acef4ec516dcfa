/**
 * From the timer's attributes to the settings of a session: pure, apart from the warnings a bad value gives (on the
 * element named by `host`). `<stretch-routine>` checks its own attributes by the same limits.
 */
import { stretchIds } from '../../content/data.js';
import type { Stretch } from '../../content/types.js';
import { numberInRange, oneOf, text, warnOnce } from '../core/attributes.js';
import type { PlanOptions } from '../core/clock.js';
import { builtInById, checkExercise, sideOrderOf, timerDefaults, timerLimits, type Exercise } from './exercise.js';

export { timerDefaults, timerLimits };

/** The attribute values as set, before any check. */
export interface TimerAttributes {
  stretch?: unknown;
  exercise?: unknown;
  label?: unknown;
  hold?: unknown;
  reps?: unknown;
  rest?: unknown;
  leadIn?: unknown;
  sides?: unknown;
}

export interface TimerSettings extends PlanOptions {
  /** The exercise named by `stretch` or given as `exercise`, in the reader's language; `undefined` for a generic timer. */
  exercise: Exercise | undefined;
  /** The visible name: `label`, else the exercise's name, else the generic name. */
  name: string;
}

/** The built-in exercise named by `stretch`, if any; an unknown id warns. */
function named(host: Element, raw: unknown, stretches: readonly Stretch[], genericName: string): Exercise | undefined {
  const id = text(host, 'stretch', raw)?.toLowerCase();
  const exercise = builtInById(stretches, id);
  if (id && !exercise) {
    warnOnce(host, `stretch=${id}`,
      `stretch="${id.slice(0, 40)}" is not a known exercise; valid ids are ${stretchIds.join(', ')}. Showing a generic "${genericName}".`);
  }
  return exercise;
}

/**
 * Checks each attribute (a bad value warns on `host` and gives the default) and fills in the exercise's own values.
 * A site's own `exercise` wins over `stretch`, with a warning when both are set.
 */
export function resolveTimerSettings(host: Element, raw: TimerAttributes, stretches: readonly Stretch[], genericName: string): TimerSettings {
  const own = checkExercise(host, raw.exercise, stretches, genericName);
  if (own && text(host, 'stretch', raw.stretch)) {
    warnOnce(host, 'stretch+exercise', `both stretch="${String(raw.stretch).slice(0, 40)}" and exercise are set; showing the exercise "${own.name}".`);
  }
  const exercise = own ?? named(host, raw.stretch, stretches, genericName);
  return {
    exercise,
    name: text(host, 'label', raw.label) ?? exercise?.name ?? genericName,
    hold: numberInRange(host, 'hold', raw.hold, { ...timerLimits.hold, fallback: exercise?.hold ?? timerDefaults.hold }),
    reps: numberInRange(host, 'reps', raw.reps, { ...timerLimits.reps, fallback: exercise?.reps ?? timerDefaults.reps }),
    rest: numberInRange(host, 'rest', raw.rest, { ...timerLimits.rest, fallback: exercise?.rest ?? timerDefaults.rest }),
    leadIn: numberInRange(host, 'lead-in', raw.leadIn, { ...timerLimits.leadIn, fallback: timerDefaults.leadIn }),
    sides: oneOf(host, 'sides', raw.sides, ['both', 'one'] as const, exercise?.sides ?? 'both'),
    sideOrder: sideOrderOf(exercise),
  };
}
