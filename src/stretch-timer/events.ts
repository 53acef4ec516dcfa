import type { Phase, Side } from '../core/clock.js';

/** The timer's phase: `ready` before Start, then `lead-in`, `hold` and `rest`, and `done` at the end. */
export type TimerPhase = 'ready' | Phase['kind'] | 'done';

/** `detail` of `stretch-phase`. */
export interface StretchPhaseDetail {
  phase: TimerPhase;
  rep: number;
  side: Side | null;
}

/** `detail` of `stretch-complete`. */
export interface StretchCompleteDetail {
  /** The built-in exercise id; `null` for a site's own `exercise` or a generic timer. */
  stretch: string | null;
  /** The name shown. */
  name: string;
  reps: number;
  hold: number;
  sides: 'both' | 'one';
  /** Milliseconds since Start, pauses included. */
  elapsedMs: number;
}
