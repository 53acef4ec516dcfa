/**
 * Joins one language's words with the language-neutral data, by id, into the content the elements show. The data
 * decides what exists, in which order, with which holds and sources; the words only fill it in. Each section has its
 * own function, so an element bundles only the data it shows.
 */
import {
  causesData, faqData, introData, preventionData, redFlagsData, reviewedData, safetyData, stretchesData, symptomsData, treatmentsData,
} from './data.js';
import { sources } from './sources.js';
import { redFlagLevels } from './ids.js';
import type {
  Cause, CausesText, Muscle, ContentText, Faq, FaqText, GuideContent, Intro, IntroText, ItemData, PreventionText, RedFlags, RedFlagsText,
  RedFlagLevelId, SafetyText, SharedCautions, Stretch, StretchesText, SymptomsText, Treatment, TreatmentsText, CitedText,
} from './types.js';

/** Each data item with its words: `{ ...data, ...words }`, the data's `sources` copied. */
function withWords<D extends ItemData, W extends object>(list: readonly D[], words: Record<string, W>): (Omit<D, 'sources'> & W & { sources: string[] })[] {
  return list.map((item) => ({ ...words[item.id], ...item, sources: [...item.sources] }));
}

/** A cited line: the item's text from `words`, the sources from the data. */
const lines = (list: readonly ItemData[], words: Record<string, string>): CitedText[] =>
  list.map((item) => ({ text: words[item.id], sources: [...item.sources] }));

export const joinMuscles = (t: IntroText['muscles']): Muscle[] => withWords(introData.muscles, t);

export const joinIntro = (t: IntroText): Intro => ({
  what: lines(introData.what, t.what),
  evidence: { text: t.evidence, sources: [...introData.evidence.sources] },
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
  nerve: { text: t.nerve, sources: [...safetyData.nerve.sources] },
  hip: { text: t.hip, sources: [...safetyData.hip.sources] },
});

export function joinRedFlags(t: RedFlagsText): RedFlags {
  const levels = Object.fromEntries(redFlagLevels.map((level) => {
    const { title, action, items } = t[level];
    const words = items as Record<string, string>;
    return [level, { title, action, items: redFlagsData[level].map(({ id, sources }) => ({ id, text: words[id], sources: [...sources] })) }];
  })) as Pick<RedFlags, RedFlagLevelId>;
  return {
    emergencyNumber: t.emergencyNumber,
    note: { text: t.note, sources: [...redFlagsData.note.sources] },
    ...levels,
    box: { ...t.box, items: redFlagsData.box.map(({ id, sources }) => ({ id, text: (t.box.items as Record<string, string>)[id], sources: [...sources] })) },
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
