import { define } from '../core/define.js';
import { GluteMuscleMap, type MuscleSelectDetail } from './glute-muscle-map.js';

export { GluteMuscleMap };
export type { MuscleSelectDetail };

define('glute-muscle-map', GluteMuscleMap);

declare global {
  interface HTMLElementTagNameMap {
    'glute-muscle-map': GluteMuscleMap;
  }
  interface HTMLElementEventMap {
    'muscle-select': CustomEvent<MuscleSelectDetail>;
  }
}
