import { define } from '../core/define.js';
import { StretchTimer } from './stretch-timer.js';

export { StretchTimer };
export type { StretchPhaseDetail, StretchCompleteDetail, TimerPhase } from './stretch-timer.js';

define('stretch-timer', StretchTimer);

declare global {
  interface HTMLElementTagNameMap {
    'stretch-timer': StretchTimer;
  }
}
