import { StretchTimer, type StretchCompleteDetail, type StretchPhaseDetail } from './stretch-timer.js';

export { StretchTimer };
export type { StretchPhaseDetail, StretchCompleteDetail };
export type { TimerPhase } from './stretch-timer.js';
export type { CustomExercise } from './exercise.js';
export type { ExerciseKind, StretchId } from '../../content/types.js';

StretchTimer.define();

declare global {
  interface HTMLElementTagNameMap {
    'stretch-timer': StretchTimer;
  }
  /** The element's events, typed for `addEventListener` on it and on any ancestor, `document` or `window` (they bubble). */
  interface GlobalEventHandlersEventMap {
    'stretch-start': CustomEvent<undefined>;
    'stretch-phase': CustomEvent<StretchPhaseDetail>;
    'stretch-pause': CustomEvent<undefined>;
    'stretch-resume': CustomEvent<undefined>;
    'stretch-reset': CustomEvent<undefined>;
    'stretch-complete': CustomEvent<StretchCompleteDetail>;
  }
}
