import { StretchRoutine, type RoutineCompleteDetail, type RoutineStepDetail } from './stretch-routine.js';

export { StretchRoutine };
export type { RoutineStepDetail, RoutineCompleteDetail };

StretchRoutine.define();

declare global {
  interface HTMLElementTagNameMap {
    'stretch-routine': StretchRoutine;
  }
  /** The element's events, typed for `addEventListener` on it and on any ancestor, `document` or `window` (they bubble). */
  interface GlobalEventHandlersEventMap {
    'routine-start': CustomEvent<undefined>;
    'routine-step': CustomEvent<RoutineStepDetail>;
    'routine-complete': CustomEvent<RoutineCompleteDetail>;
  }
}
