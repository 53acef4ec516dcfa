import { GluteMuscleMap, type MuscleSelectDetail } from './glute-muscle-map.js';

export { GluteMuscleMap };
export type { MuscleSelectDetail };

GluteMuscleMap.define();

declare global {
  interface HTMLElementTagNameMap {
    'glute-muscle-map': GluteMuscleMap;
  }
  /** The element's events, typed for `addEventListener` on it and on any ancestor, `document` or `window` (they bubble). */
  interface GlobalEventHandlersEventMap {
    'muscle-select': CustomEvent<MuscleSelectDetail>;
  }
}
