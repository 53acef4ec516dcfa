import { causesData, muscleIds, stretchIds } from '../../content/data.js';
import { cueNames, guideSections, shippedLocales, themes } from '../../content/ids.js';
import type { ValueLists } from './options.js';

/**
 * Where an attribute's allowed values come from: each is the single list the element itself checks against, imported,
 * never copied. An attribute missing here is described from its type alone (a checkbox, a number or text).
 */
export const valueLists: ValueLists = {
  stretch: { values: stretchIds },
  sections: { values: guideSections, multiple: true },
  cues: { values: cueNames, multiple: true },
  highlight: { values: causesData.map((c) => c.id) },
  muscle: { values: muscleIds },
  theme: { values: themes },
};

/** The languages a page can choose: English, built in, and each shipped pack. */
export const languages = ['en', ...shippedLocales] as const;
export type Language = (typeof languages)[number];
