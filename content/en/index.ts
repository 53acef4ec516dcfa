import type { GuideContent } from '../types.js';
import { intro } from './intro.js';
import { causes } from './causes.js';
import { symptoms } from './symptoms.js';
import { treatments } from './treatments.js';
import { stretches } from './stretches.js';
import { prevention } from './prevention.js';
import { redFlags } from './red-flags.js';
import { faq } from './faq.js';
import { safety } from './safety.js';
import { sources } from '../sources.js';

export const content: GuideContent = {
  reviewed: '2026-11-30',
  intro,
  causes,
  symptoms,
  treatments,
  stretches,
  safety,
  prevention,
  redFlags,
  faq,
  sources,
};

export { intro, causes, symptoms, treatments, stretches, safety, prevention, redFlags, faq, sources };
