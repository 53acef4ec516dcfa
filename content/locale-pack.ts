import type { ContentText, RoutineText, TimerText } from './types.js';
import type { GuideText, TableText } from './ui-guide-types.js';
import type { MapText } from './ui-map-types.js';

/**
 * Every section of a complete language pack: the words of each element (`timer`, `routine`, `table`, `guide`, `map`)
 * and the health content's words keyed by the ids in `data.ts` (`intro` … `faq`). A pack holds words only: the
 * review date, holds, sides and sources are the same in every language. `content/en` and `content/es` are complete
 * packs (each module's exports are its sections).
 */
export interface CompleteLocalePack extends ContentText {
  timer: TimerText;
  routine: RoutineText;
  table: TableText;
  guide: GuideText;
  map: MapText;
}

/** Every key optional, at any depth (lists stay whole). */
export type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** What `registerLocale()` takes: any part of a complete pack. What it lacks is shown in English, key by key. */
export type LocalePack = DeepPartial<CompleteLocalePack>;

/** A section of a language pack, e.g. `'timer'` or `'stretches'`. */
export type PackSection = keyof CompleteLocalePack;
