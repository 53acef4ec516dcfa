import type { GuideSectionId } from './ui-guide-types.js';

/**
 * Lists that other code walks, each written once: the levels of warning signs, the evidence grades, the sections of
 * a language pack, the guide's sections, the timer's cues, the colour themes and the languages that ship. (The stretch, cause and FAQ ids are the ids in `data.ts`.)
 */

/** The levels of warning signs, most urgent first: the order they are shown in. */
export const redFlagLevels = ['emergency', 'today', 'urgent', 'routine', 'stop'] as const;

/**
 * The kinds of exercise: a `stretch` is held, a `release` rolls or rests on a tender spot (self-massage with a foam
 * roller or ball), a `strength` exercise lifts and holds. The kind sets the word of the working phase ("Hold",
 * "Roll", "Lift and hold") and where the guide shows the exercise.
 */
export const exerciseKinds = ['stretch', 'release', 'strength'] as const;

/** The documented evidence grades, best first; the validator rejects any other. */
export const sourceGrades = ['A', 'B', 'C'] as const;

/** The health-content sections of a language pack (`ContentText`), in the guide's reading order. */
export const contentSections = ['intro', 'causes', 'symptoms', 'treatments', 'stretches', 'safety', 'prevention', 'redFlags', 'faq'] as const;

/** The interface sections of a language pack: the words of each element. */
export const uiSections = ['timer', 'routine', 'table', 'guide', 'map'] as const;

/** The language packs that ship with glute-knots (`content/<code>/`, built to `dist/locales/<code>.iife.js`). */
export const shippedLocales = ['es'] as const;

/** The guide's section ids (`<glute-knot-guide sections>`), in their default order: when to get help comes before anything to try at home. */
export const guideSections = [
  'what',
  'who',
  'causes',
  'symptoms',
  'see-a-professional',
  'treatments',
  'prevention',
  'faq',
  'sources',
] as const satisfies readonly GuideSectionId[];

/** The opt-in cues of the timer's `cues` attribute. */
export const cueNames = ['switch', 'halfway', 'last-ten', 'next'] as const;

/** The colour themes of every element's `theme` attribute. */
export const themes = ['auto', 'light', 'dark'] as const;
