/**
 * Spanish (español): a language pack for `registerLocale('es', pack)`. This module is the pack: each export is one
 * section, named as in `CompleteLocalePack` (`src/locales/es.ts` registers it). Only words: the data is shared.
 */

export { timerText as timer, routineText as routine } from './ui.js';
export { tableText as table, guideText as guide } from './ui-guide.js';
export { mapText as map } from './ui-map.js';
export { intro } from './intro.js';
export { causes } from './causes.js';
export { symptoms } from './symptoms.js';
export { treatments } from './treatments.js';
export { stretches } from './stretches.js';
export { safety } from './safety.js';
export { prevention } from './prevention.js';
export { redFlags } from './red-flags.js';
export { faq } from './faq.js';
