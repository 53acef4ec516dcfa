/**
 * The health content's language-neutral data, written once for every language: ids, order, holds, sides, the
 * hip-replacement flag and the sources each item cites. A language pack gives only text, keyed by these ids
 * (content/<lang>/*.ts), so no translation can change a hold or drop a citation; `join.ts` puts the two together.
 */
import * as S from './sources.js';
import type { ContentData } from './types.js';

/** The date the content was last reviewed (YYYY-MM-DD). */
export const reviewedData: ContentData['reviewed'] = '2026-11-30';

export const introData = {
  what: [
    { id: 'definition', sources: ['S3', 'S1'] },
    { id: 'referred-pain', sources: ['S1', 'S3', 'S4'] },
    { id: 'how-it-feels', sources: ['S3', 'S5', 'S4'] },
  ],
  evidence: { sources: ['S9', 'S135', 'S136', 'S137'] },
  muscles: [
    { id: 'gluteus-maximus', sources: [S.S20, S.S23, S.S77] },
    { id: 'gluteus-medius', sources: [S.S26, S.S18, S.S17] },
    { id: 'gluteus-minimus', sources: [S.S16] },
    { id: 'piriformis', sources: [S.S27, S.S28, S.S30, S.S13] },
  ],
  who: [
    { id: 'repeated-movement', sources: ['S1'] },
    { id: 'long-sitting', sources: ['S31'] },
    { id: 'falls', sources: ['S31'] },
    { id: 'low-back-pain', sources: ['S19'] },
  ],
} as const satisfies ContentData['intro'];

export const causesData = [
  { id: 'overuse', sources: ['S1', 'S33', 'S70', 'S44'] },
  { id: 'poor-posture', sources: ['S9', 'S17', 'S72'] },
  { id: 'inactivity', sources: ['S31', 'S8', 'S1', 'S69', 'S70'] },
  { id: 'injury', sources: ['S1', 'S4', 'S70'] },
  { id: 'stress', sources: ['S1', 'S6'] },
] as const satisfies ContentData['causes'];

export const symptomsData = [
  { id: 'look-alikes', sources: ['S30', 'S33', 'S34'] },
  { id: 'lump', sources: ['S3', 'S1'] },
  { id: 'deep-ache', sources: ['S1'] },
  { id: 'referred-pain', sources: ['S1', 'S3', 'S13'] },
  { id: 'leg-pain', sources: ['S16', 'S34'] },
  { id: 'stiffness', sources: ['S4', 'S5'] },
  { id: 'sitting-pain', sources: ['S16'] },
  { id: 'limp', sources: ['S18', 'S33'] },
  { id: 'poor-sleep', sources: ['S1'] },
  { id: 'tingling', sources: ['S28', 'S34'] },
] as const satisfies ContentData['symptoms'];

export const treatmentsData = [
  { id: 'self-myofascial-release', hipPrecaution: true, sources: ['S61', 'S62', 'S66', 'S68', 'S63', 'S112'] },
  { id: 'stretching', sources: ['S43', 'S44', 'S45', 'S70'] },
  { id: 'massage-therapy', sources: ['S7', 'S67', 'S63', 'S66', 'S112'] },
  { id: 'heat', sources: ['S34', 'S7', 'S44', 'S146', 'S147'] },
  { id: 'physical-therapy', sources: ['S34', 'S105', 'S104', 'S45', 'S8', 'S9', 'S17', 'S36'] },
] as const satisfies ContentData['treatments'];

export const stretchesData = [
  { id: 'pigeon-pose', kind: 'stretch', hold: 30, sides: 'both', hipPrecaution: true, sources: ['S50', 'S52', 'S46', 'S151'] },
  { id: 'figure-four', kind: 'stretch', hold: 30, sides: 'both', hipPrecaution: true, sources: ['S46', 'S53', 'S44', 'S151'] },
  { id: 'chair-figure-four', kind: 'stretch', hold: 30, sides: 'both', hipPrecaution: true, sources: ['S56', 'S57', 'S59'] },
  {
    id: 'seated-forward-bend',
    kind: 'stretch',
    hold: 30,
    sides: 'one',
    hipPrecaution: true,
    sources: ['S47', 'S48', 'S80', 'S44', 'S150', 'S148', 'S149', 'S151'],
  },
  {
    id: 'knee-to-opposite-shoulder',
    kind: 'stretch',
    hold: 30,
    sides: 'both',
    hipPrecaution: true,
    sources: ['S54', 'S55', 'S151'],
  },
  { id: 'foam-roller-release', kind: 'release', hold: 60, reps: 1, sides: 'both', hipPrecaution: true, sources: ['S62', 'S61', 'S63', 'S112', 'S155'] },
  { id: 'massage-ball-release', kind: 'release', hold: 60, reps: 1, sides: 'both', sources: ['S66', 'S67', 'S63', 'S112', 'S132', 'S156'] },
  { id: 'standing-figure-four', kind: 'stretch', hold: 20, reps: 2, sides: 'both', hipPrecaution: true, sources: ['S43', 'S44', 'S130'] },
  { id: 'glute-bridge', kind: 'strength', hold: 5, reps: 10, rest: 3, sides: 'one', sources: ['S118', 'S124', 'S119', 'S154', 'S151'] },
  { id: 'clamshell', kind: 'strength', hold: 5, reps: 10, rest: 5, sides: 'both', sources: ['S153', 'S154', 'S157'] },
  { id: 'side-lying-leg-raise', kind: 'strength', hold: 5, reps: 10, rest: 5, sides: 'both', sources: ['S119', 'S153', 'S127'] },
  { id: 'supine-piriformis', kind: 'stretch', hold: 30, sides: 'both', hipPrecaution: true, sources: ['S55', 'S54', 'S53', 'S151', 'S158'] },
  { id: 'childs-pose', kind: 'stretch', hold: 5, reps: 8, rest: 3, sides: 'one', hipPrecaution: true, sources: ['S125', 'S131'] },
] as const satisfies ContentData['stretches'];

export const safetyData = { nerve: { sources: ['S54', 'S68'] }, hip: { sources: ['S116', 'S117'] } } as const satisfies ContentData['safety'];

export const preventionData = [
  { id: 'no-single-habit', sources: ['S5', 'S1', 'S9'] },
  { id: 'break-up-sitting', sources: ['S69', 'S70'] },
  { id: 'sit-less', sources: ['S70', 'S69'] },
  { id: 'back-pocket', sources: ['S68'] },
  { id: 'change-position', sources: ['S72'] },
  { id: 'pillows', sources: ['S34'] },
  { id: 'strength', sources: ['S69', 'S1'] },
  { id: 'build-up', sources: ['S70', 'S33', 'S44'] },
  { id: 'whole-self', sources: ['S6', 'S1'] },
] as const satisfies ContentData['prevention'];

export const redFlagsData = {
  note: { sources: ['S110', 'S39'] },
  emergency: [
    { id: 'saddle-numbness', sources: ['S105', 'S104'] },
    { id: 'cannot-pee', sources: ['S102'] },
    { id: 'bladder-change', sources: ['S105', 'S104'] },
    { id: 'leaking', sources: ['S36', 'S104'] },
    { id: 'both-legs-pain', sources: ['S144', 'S143'] },
    { id: 'both-legs-weak', sources: ['S144', 'S143'] },
    { id: 'sexual-function', sources: ['S105', 'S104'] },
    { id: 'clot-breathless', sources: ['S112', 'S114'] },
    { id: 'cannot-stand', sources: ['S102'] },
    { id: 'minor-fall', sources: ['S102', 'S110'] },
  ],
  today: [
    { id: 'clot', sources: ['S112', 'S114'] },
    { id: 'leg-weakness-worse', sources: ['S39', 'S102'] },
    { id: 'fever', sources: ['S37', 'S39', 'S110'] },
    { id: 'weak-immune', sources: ['S110'] },
    { id: 'weak-bones', sources: ['S110', 'S106'] },
    { id: 'child-fever', sources: ['S152'] },
  ],
  urgent: [
    { id: 'leg-weakness', sources: ['S39', 'S40'] },
    { id: 'cough-sneeze', sources: ['S145'] },
    { id: 'weight-loss', sources: ['S39', 'S40'] },
    { id: 'cancer', sources: ['S39', 'S40'] },
    { id: 'night-pain', sources: ['S37', 'S39'] },
    { id: 'unwell', sources: ['S105', 'S39'] },
    { id: 'back-shape', sources: ['S37'] },
    { id: 'steroids', sources: ['S39', 'S40'] },
  ],
  routine: [
    { id: 'no-better', sources: ['S34'] },
    { id: 'getting-worse', sources: ['S34'] },
    { id: 'not-easing', sources: ['S1'] },
    { id: 'severe', sources: ['S7'] },
    { id: 'one-leg', sources: ['S16', 'S34'] },
    { id: 'age', sources: ['S39', 'S110'] },
  ],
  stop: [
    { id: 'sharp-pain', sources: ['S44', 'S53'] },
    { id: 'pinching', sources: ['S53', 'S52'] },
    { id: 'nerve', sources: ['S68', 'S54'] },
    { id: 'worse', sources: ['S54', 'S55'] },
    { id: 'skin', sources: ['S63', 'S66', 'S112'] },
  ],
  box: [
    { id: 'saddle-numbness', sources: ['S105', 'S104'] },
    { id: 'bladder-bowel', sources: ['S102', 'S104'] },
    { id: 'both-legs', sources: ['S144', 'S143'] },
    { id: 'clot-breathless', sources: ['S112'] },
    { id: 'cannot-stand', sources: ['S102'] },
  ],
} as const satisfies ContentData['redFlags'];

export const faqData = [
  { id: 'sciatica', sources: ['S16', 'S28', 'S34', 'S104'] },
  { id: 'how-long', sources: ['S61', 'S5', 'S34'] },
  { id: 'serious', sources: ['S111', 'S110', 'S33', 'S7'] },
  { id: 'test', sources: ['S9', 'S135', 'S136'] },
  { id: 'stretch-hurt', sources: ['S43', 'S44', 'S53', 'S54'] },
  { id: 'foam-rolling', sources: ['S61', 'S62', 'S64', 'S63', 'S112'] },
] as const satisfies ContentData['faq'];

/** The stretch ids, in order: the ids `<stretch-timer stretch>` and `<stretch-routine stretches>` take. */
export const stretchIds = /* @__PURE__ */ stretchesData.map((s) => s.id);

/** The muscle ids, in order: the ids `<glute-muscle-map muscle>` takes. */
export const muscleIds = /* @__PURE__ */ introData.muscles.map((m) => m.id);
