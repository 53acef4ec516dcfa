import type { GuideContent, RoutineText, TimerText } from './types.js';
import type { GuideText, TableText } from './ui-guide-types.js';
import type { MapText } from './ui-map-types.js';

/**
 * Every section of a complete language pack, each shaped like its English original (content/en). The review date
 * and the sources are shared by all languages, so a pack leaves them out. `registerLocale()` also takes a partial
 * pack: what it lacks is shown in English.
 */
export interface CompleteLocalePack extends Omit<GuideContent, 'reviewed' | 'sources'> {
  timer: TimerText;
  routine: RoutineText;
  table: TableText;
  guide: GuideText;
  map: MapText;
}
