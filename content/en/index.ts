/**
 * English: the language built into every element. This module is the English language pack (each export is one
 * section, named as in `CompleteLocalePack`), plus `content`, the English words joined with the shared data.
 */
import { joinContent } from '../join.js';
import type { GuideContent } from '../types.js';
import { causes } from './causes.js';
import { faq } from './faq.js';
import { intro } from './intro.js';
import { prevention } from './prevention.js';
import { redFlags } from './red-flags.js';
import { safety } from './safety.js';
import { stretches } from './stretches.js';
import { symptoms } from './symptoms.js';
import { treatments } from './treatments.js';

export { timerText as timer, routineText as routine } from './ui.js';
export { tableText as table, guideText as guide } from './ui-guide.js';
export { mapText as map } from './ui-map.js';
export { intro, causes, symptoms, treatments, stretches, safety, prevention, redFlags, faq };

/** The English health content, joined with the shared data: what every element shows by default. */
export const content: GuideContent = joinContent({ intro, causes, symptoms, treatments, stretches, safety, prevention, redFlags, faq });

export { sources } from '../source-list.js';
