/**
 * Joins one language's words with the language-neutral data, by id, into the content the elements show. The data
 * decides what exists, in which order, with which holds and sources; the words only fill it in. Each section has its
 * own function, so an element bundles only the data it shows.
 */
import {
  causesData, faqData, introData, preventionData, redFlagsData, reviewedData, safetyData, stretchesData, symptomsData, treatmentsData,
} from './data.js';
import { sources } from './source-list.js';
import { redFlagLevels } from './ids.js';
import type {
  Cause, CausesText, Muscle, ContentText, Faq, FaqText, GuideContent, Intro, IntroText, ItemData, PreventionText, RedFlags, RedFlagsText,
  MuscleData, RedFlagItem, RedFlagLevelId, SafetyText, SharedCautions, Stretch, StretchesText, SymptomsText, Treatment, TreatmentsText, CitedText,
} from './types.js';

/** Each data item with its words: `{ ...data, ...words }`, the data's `sources` copied. */
function withWords<D extends ItemData, W extends object>(list: readonly D[], words: Record<string, W>): (Omit<D, 'sources'> & W & { sources: string[] })[] {
  return list.map((item) => ({ ...words[item.id], ...item, sources: [...item.sources] }));
}

/** One cited text: the words, the data's `sources` copied. */
const cited = (text: string, data: { readonly sources: readonly string[] }): CitedText => ({ text, sources: [...data.sources] });

/** Cited lines: each item's text from `words`, the sources from the data. */
const lines = (list: readonly ItemData[], words: Record<string, string>): CitedText[] => list.map((item) => cited(words[item.id], item));

/** Warning signs: cited lines that keep their id (a site's override is checked against them). */
const signs = (list: readonly ItemData[], words: object): RedFlagItem[] =>
  list.map((item) => ({ id: item.id, ...cited((words as Record<string, string>)[item.id], item) }));

/** A muscle cites source objects (see `MuscleData`); the joined muscle has their ids, as every other item. */
const withIds = <M extends MuscleData>(muscle: M): Omit<M, 'sources'> & ItemData => ({ ...muscle, sources: muscle.sources.map((source) => source.id) });

export const joinMuscles = (t: IntroText['muscles']): Muscle[] => withWords(introData.muscles.map(withIds), t);

export const joinIntro = (t: IntroText): Intro => ({
  what: lines(introData.what, t.what),
  evidence: cited(t.evidence, introData.evidence),
  muscles: joinMuscles(t.muscles),
  who: lines(introData.who, t.who),
});

export const joinCauses = (t: CausesText): Cause[] => withWords(causesData, t);
export const joinSymptoms = (t: SymptomsText): CitedText[] => lines(symptomsData, t);
export const joinTreatments = (t: TreatmentsText): Treatment[] => withWords(treatmentsData, t);
export const joinStretches = (t: StretchesText): Stretch[] => withWords(stretchesData, t);
export const joinPrevention = (t: PreventionText): CitedText[] => lines(preventionData, t);
export const joinFaq = (t: FaqText): Faq[] => withWords(faqData, t);

export const joinSafety = (t: SafetyText): SharedCautions => ({
  nerve: cited(t.nerve, safetyData.nerve),
  hip: cited(t.hip, safetyData.hip),
});

export function joinRedFlags(t: RedFlagsText): RedFlags {
  const levels = Object.fromEntries(redFlagLevels.map((level) => {
    const { title, action, items } = t[level];
    return [level, { title, action, items: signs(redFlagsData[level], items) }];
  })) as Pick<RedFlags, RedFlagLevelId>;
  return {
    emergencyNumber: t.emergencyNumber,
    note: cited(t.note, redFlagsData.note),
    ...levels,
    box: { ...t.box, items: signs(redFlagsData.box, t.box.items) },
  };
}

/** The whole content in one language. */
export function joinContent(t: ContentText): GuideContent {
  return {
    reviewed: reviewedData,
    intro: joinIntro(t.intro),
    causes: joinCauses(t.causes),
    symptoms: joinSymptoms(t.symptoms),
    treatments: joinTreatments(t.treatments),
    stretches: joinStretches(t.stretches),
    safety: joinSafety(t.safety),
    prevention: joinPrevention(t.prevention),
    redFlags: joinRedFlags(t.redFlags),
    faq: joinFaq(t.faq),
    sources,
  };
}
