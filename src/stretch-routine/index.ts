import { define } from '../core/define.js';
import { StretchRoutine, type RoutineCompleteDetail, type RoutineStepDetail } from './stretch-routine.js';

export { StretchRoutine };
export type { RoutineStepDetail, RoutineCompleteDetail };

define('stretch-routine', StretchRoutine);

declare global {
  interface HTMLElementTagNameMap {
    'stretch-routine': StretchRoutine;
  }
  interface HTMLElementEventMap {
    'routine-start': CustomEvent<undefined>;
    'routine-step': CustomEvent<RoutineStepDetail>;
    'routine-complete': CustomEvent<RoutineCompleteDetail>;
  }
}
