import { define } from '../core/define.js';
import { StretchRoutine } from './stretch-routine.js';

export { StretchRoutine };
export type { RoutineStepDetail, RoutineCompleteDetail } from './stretch-routine.js';

define('stretch-routine', StretchRoutine);

declare global {
  interface HTMLElementTagNameMap {
    'stretch-routine': StretchRoutine;
  }
}
