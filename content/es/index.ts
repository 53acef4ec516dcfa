import type { LocalePack } from '../../src/core/locale.js';
import type { CompleteLocalePack } from '../locale-pack.js';
import { timerText, routineText, tableText, guideText, mapText } from './ui.js';
import { intro } from './intro.js';
import { causes } from './causes.js';
import { symptoms } from './symptoms.js';
import { treatments } from './treatments.js';
import { stretches } from './stretches.js';
import { prevention } from './prevention.js';
import { redFlags } from './red-flags.js';
import { faq } from './faq.js';
import { safety } from './safety.js';

const sections: CompleteLocalePack = {
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
  safety,
  prevention,
  redFlags,
  faq,
};

/** The Spanish language pack for `registerLocale('es', es)`: every section translated. */
export const es = sections as unknown as LocalePack;

export { timerText, routineText, tableText, guideText, mapText, intro, causes, symptoms, treatments, stretches, safety, prevention, redFlags, faq };
