import type { LocalePack } from '../../src/core/locale.js';
import type { Cause, CitedText, Faq, Intro, RedFlags, RoutineText, Stretch, TimerText, Treatment } from '../types.js';
import type { GuideText, TableText } from '../ui-guide-types.js';
import type { MapText } from '../ui-map-types.js';
import { timerText, routineText, tableText, guideText, mapText } from './ui.js';
import { intro } from './intro.js';
import { causes } from './causes.js';
import { symptoms } from './symptoms.js';
import { treatments } from './treatments.js';
import { stretches } from './stretches.js';
import { prevention } from './prevention.js';
import { redFlags } from './red-flags.js';
import { faq } from './faq.js';

/** Every section of the Spanish pack, each typed with its English interface. Sources stay the shared English list. */
export interface SpanishSections {
  timer: TimerText;
  routine: RoutineText;
  table: TableText;
  guide: GuideText;
  map: MapText;
  intro: Intro;
  causes: Cause[];
  symptoms: CitedText[];
  treatments: Treatment[];
  stretches: Stretch[];
  prevention: CitedText[];
  redFlags: RedFlags;
  faq: Faq[];
}

const sections: SpanishSections = {
  timer: timerText,
  routine: routineText,
  table: tableText,
  guide: guideText,
  map: mapText,
  intro,
  causes,
  symptoms,
  treatments,
  stretches,
  prevention,
  redFlags,
  faq,
};

/** The Spanish language pack for `registerLocale('es', es)`. */
export const es = sections as unknown as LocalePack;

export { timerText, routineText, tableText, guideText, mapText, intro, causes, symptoms, treatments, stretches, prevention, redFlags, faq };
