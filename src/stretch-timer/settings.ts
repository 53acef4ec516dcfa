/**
 * From the timer's attributes to the settings of a session: pure, apart from the warnings a bad value gives (on the
 * element named by `host`). `<stretch-routine>` checks its own attributes by the same limits.
 */
import { stretchIds } from '../../content/data.js';
import type { Stretch } from '../../content/types.js';
import { numberInRange, oneOf, text, warnOnce } from '../core/attributes.js';
import type { PlanOptions } from '../core/clock.js';

/** The valid range of each number setting (seconds, or rounds for `reps`). */
export const timerLimits = {
  hold: { min: 5, max: 300 },
  reps: { min: 1, max: 20 },
  rest: { min: 0, max: 120 },
  leadIn: { min: 0, max: 30 },
} as const;

/** The defaults of the number settings; `hold` defaults to the stretch's own hold, else this. */
export const timerDefaults = { hold: 30, reps: 3, rest: 10, leadIn: 5 } as const;

/** The attribute values as set, before any check. */
export interface TimerAttributes {
  stretch?: unknown;
  label?: unknown;
  hold?: unknown;
  reps?: unknown;
  rest?: unknown;
  leadIn?: unknown;
  sides?: unknown;
}

export interface TimerSettings extends PlanOptions {
  /** The stretch named by `stretch`, in the reader's language; `undefined` for a generic timer. */
  stretch: Stretch | undefined;
  /** The visible name: `label`, else the stretch's name, else the generic name. */
  name: string;
}

/** Checks each attribute (a bad value warns on `host` and gives the default) and fills in the stretch's own values. */
export function resolveTimerSettings(host: Element, raw: TimerAttributes, stretches: readonly Stretch[], genericName: string): TimerSettings {
  const id = text(host, 'stretch', raw.stretch)?.toLowerCase();
  const stretch = stretches.find((s) => s.id === id);
  if (id && !stretch) {
    warnOnce(host, `stretch=${id}`,
      `stretch="${id.slice(0, 40)}" is not a known stretch; valid ids are ${stretchIds.join(', ')}. Showing a generic "${genericName}".`);
  }
  return {
    stretch,
    name: text(host, 'label', raw.label) ?? stretch?.name ?? genericName,
    hold: numberInRange(host, 'hold', raw.hold, { ...timerLimits.hold, fallback: stretch?.hold ?? timerDefaults.hold }),
    reps: numberInRange(host, 'reps', raw.reps, { ...timerLimits.reps, fallback: timerDefaults.reps }),
    rest: numberInRange(host, 'rest', raw.rest, { ...timerLimits.rest, fallback: timerDefaults.rest }),
    leadIn: numberInRange(host, 'lead-in', raw.leadIn, { ...timerLimits.leadIn, fallback: timerDefaults.leadIn }),
    sides: oneOf(host, 'sides', raw.sides, ['both', 'one'] as const, stretch?.sides ?? 'both'),
  };
}
