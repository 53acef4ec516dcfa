import { StretchRoutine, type RoutineCompleteDetail, type RoutineEditDetail, type RoutineShareDetail, type RoutineStepDetail } from './stretch-routine.js';

export { StretchRoutine };
export type { RoutineStepDetail, RoutineCompleteDetail, RoutineEditDetail, RoutineShareDetail };
export type { PlanItem, ResolvedItem } from './plan.js';

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
    'routine-edit': CustomEvent<RoutineEditDetail>;
    'routine-share': CustomEvent<RoutineShareDetail>;
  }
}
