/**
 * Types for the health content, in three layers:
 * - `ContentData`: what is the same in every language (ids, order, holds, sides, sources), written once in `data.ts`;
 * - `ContentText`: what a language gives, only words, keyed by those ids (`en/*.ts`, `es/*.ts`);
 * - `GuideContent`: the two joined by `join.ts`, the shape the elements show and a site's `content` override takes.
 * Every item a person reads as a fact carries `sources`: ids from `sources.ts`. The validator in `validate.ts` checks
 * the joined shape at build time, in the tests and for a site's run-time overrides.
 */
import type { exerciseKinds, redFlagLevels, sourceGrades } from './ids.js';
import type { causesData, faqData, introData, preventionData, redFlagsData, stretchesData, symptomsData, treatmentsData } from './data.js';

export type SourceGrade = (typeof sourceGrades)[number];

/** `stretch`, `release` or `strength`: see `exerciseKinds`. */
export type ExerciseKind = (typeof exerciseKinds)[number];

/** A source id such as `nhs-sciatica`; must exist in the source list. */
export type SourceId = string;

export interface Cited {
  /** Ids of the sources that support this item (at least one). */
  sources: SourceId[];
}

export interface Source {
  id: SourceId;
  title: string;
  publisher: string;
  url: string;
  /**
   * Evidence grade: A (a health service, a medical reference, or a peer-reviewed paper on its publisher's or an index's
   * own page), B (a specialist body or professional site), C (a teaching, yoga or fitness site). A copy on a third-party
   * host is never A.
   */
  grade: SourceGrade;
}

/** A cited paragraph or list item. */
export interface CitedText extends Cited {
  text: string;
}

/** The ids of a list of data items. */
type IdOf<L extends readonly { id: string }[]> = L[number]['id'];

export type MuscleId = IdOf<typeof introData.muscles>;
export type StretchId = IdOf<typeof stretchesData>;
export type CauseId = IdOf<typeof causesData>;
export type TreatmentId = IdOf<typeof treatmentsData>;
export type FaqId = IdOf<typeof faqData>;

export interface Muscle extends Cited {
  id: MuscleId;
  name: string;
  /** Where it sits, in plain words. */
  where: string;
  /** What it does. */
  does: string;
  /** Where its knots usually sit. */
  knots: string;
  /** Where those knots tend to send pain (referred pain). */
  referral: string;
}

export interface Intro {
  /** What a knot (myofascial trigger point) is. */
  what: CitedText[];
  /** Honest note on how thin the evidence is (no agreed test proves a trigger point exists). */
  evidence: CitedText;
  muscles: Muscle[];
  /** Who tends to get them. */
  who: CitedText[];
}

export interface Cause extends Cited {
  id: string;
  name: string;
  /** How it leads to knots. */
  description: string;
  /** What helps. */
  helps: string;
}

export interface Treatment extends Cited {
  id: TreatmentId | (string & {});
  name: string;
  summary: string;
  /** How to do it, as short steps. */
  how: string[];
  /** One safety cue. */
  safety: string;
  /** True when its position bends the hip past a right angle or crosses the leg over the middle of the body: the shared hip-replacement caution is shown with it. */
  hipPrecaution?: boolean;
}


/** An exercise the timer can guide (the section keeps its first name, `stretches`, for all kinds). */
export interface Stretch extends Cited {
  id: StretchId;
  name: string;
  /** Stretch, release (self-massage) or strength. */
  kind: ExerciseKind;
  /**
   * The word of the working phase when it differs from the kind's own ("Rest on the spot" for a ball held on one
   * spot, where a release otherwise says "Roll").
   */
  phase?: string;
  /** Other names people use. */
  aka: string[];
  /** One line: what it stretches and who it suits. */
  summary: string;
  /** Default hold in seconds (the time rolled, for a release; each lift, for a strength exercise). */
  hold: number;
  /** Default rounds, when not the timer's 3. */
  reps?: number;
  /** Default seconds of rest between rounds and sides, when not the timer's 10. */
  rest?: number;
  /** Whether it is done on each side in turn. */
  sides: 'both' | 'one';
  /** Short steps, in order. */
  steps: string[];
  /** Safety cues and who should pick another stretch (the shared `safety` lines are shown before them). */
  cautions: string[];
  /** True when its position bends the hip past a right angle or crosses the leg over the middle of the body: the shared hip-replacement caution is shown with it. */
  hipPrecaution?: boolean;
  /** Text alternative for the stretch's drawing. */
  illustrationAlt: string;
}

/** A warning sign. Its `id` is the same in every language, so a site's override can be checked for the emergency signs. */
export interface RedFlagItem extends CitedText {
  id: string;
}

export interface RedFlagLevel {
  /** Heading, e.g. "Call the emergency number now". */
  title: string;
  /** What to do, in one or two sentences. `{emergencyNumber}` is replaced with the site's number text. */
  action: string;
  items: RedFlagItem[];
}

export type RedFlagLevelId = (typeof redFlagLevels)[number];

/** The short "Get help now if…" box shown near the top of the guide: short forms of the emergency signs. */
export interface HelpBox {
  title: string;
  /** What to do; `{emergencyNumber}` is replaced with the site's number text. */
  action: string;
  /** At most 5 one-line signs, each read after the title ("Get help now if: …"); ids as in `data.ts`. */
  items: RedFlagItem[];
  /** Text of the link to the full list; `{section}` becomes the name of the "When to get help" section. */
  more: string;
}

export interface RedFlags extends Record<RedFlagLevelId, RedFlagLevel> {
  /** Default text for the local emergency number, e.g. "999 in the UK, 911 in the US, 112 in the EU". Sites may override it. */
  emergencyNumber: string;
  /** One line on what warning signs mean (not a diagnosis, but how fast to get checked). */
  note: CitedText;
  /** `emergency`: call the emergency number now; `today`: same day; `urgent`: today or tomorrow; `routine`: book a visit; `stop`: stop the stretch. */
  emergency: RedFlagLevel;
  today: RedFlagLevel;
  urgent: RedFlagLevel;
  routine: RedFlagLevel;
  /** When to stop a stretch or self-massage. */
  stop: RedFlagLevel;
  box: HelpBox;
}

/** Cautions shared by many exercises, shown before each one's own cautions (in the guide and in the timer). */
export interface SharedCautions {
  /** Stop if tingling, numbness or burning runs down the leg: shown with every stretch. */
  nerve: CitedText;
  /** The hip-replacement caution: shown with every exercise marked `hipPrecaution`. */
  hip: CitedText;
}

export interface Faq extends Cited {
  id: string;
  question: string;
  answer: string;
}

/** The whole health content of one language. */
export interface GuideContent {
  /** ISO date (YYYY-MM-DD) the content was last reviewed. */
  reviewed: string;
  intro: Intro;
  causes: Cause[];
  symptoms: CitedText[];
  treatments: Treatment[];
  stretches: Stretch[];
  /** Cautions shared by the stretches and the roller. */
  safety: SharedCautions;
  prevention: CitedText[];
  redFlags: RedFlags;
  faq: Faq[];
  sources: Source[];
}

// ---- Language-neutral data (`data.ts`) ----

/** An item's language-neutral part: its id and the ids of the sources it cites. */
export interface ItemData {
  readonly id: string;
  readonly sources: readonly SourceId[];
}

/**
 * A muscle cites the source objects themselves: `<glute-muscle-map>` links them without the guide's numbered list, so
 * its bundle holds only these.
 */
export interface MuscleData {
  readonly id: string;
  readonly sources: readonly Source[];
}

interface SourcesData {
  readonly sources: readonly SourceId[];
}

export interface ContentData {
  reviewed: string;
  intro: { what: readonly ItemData[]; evidence: SourcesData; muscles: readonly MuscleData[]; who: readonly ItemData[] };
  causes: readonly ItemData[];
  symptoms: readonly ItemData[];
  treatments: readonly (ItemData & { hipPrecaution?: boolean })[];
  stretches: readonly (ItemData & { kind: ExerciseKind; hold: number; reps?: number; rest?: number; sides: 'both' | 'one'; hipPrecaution?: boolean })[];
  safety: { nerve: SourcesData; hip: SourcesData };
  prevention: readonly ItemData[];
  redFlags: { note: SourcesData; box: readonly ItemData[] } & Record<RedFlagLevelId, readonly ItemData[]>;
  faq: readonly ItemData[];
}

// ---- One language's words (`en/*.ts`, `es/*.ts`), keyed by the ids in `data.ts` ----

/** The words of an item: everything but its id and its language-neutral data. */
type Words<T> = Omit<T, 'id' | 'sources' | 'kind' | 'hold' | 'reps' | 'rest' | 'sides' | 'hipPrecaution'>;

export interface IntroText {
  what: Record<IdOf<typeof introData.what>, string>;
  evidence: string;
  muscles: Record<MuscleId, Words<Muscle>>;
  who: Record<IdOf<typeof introData.who>, string>;
}
export type CausesText = Record<CauseId, Words<Cause>>;
export type SymptomsText = Record<IdOf<typeof symptomsData>, string>;
export type TreatmentsText = Record<TreatmentId, Words<Treatment>>;
export type StretchesText = Record<StretchId, Words<Stretch>>;
export type SafetyText = Record<keyof SharedCautions, string>;
export type PreventionText = Record<IdOf<typeof preventionData>, string>;
export type RedFlagsText = {
  emergencyNumber: string;
  note: string;
  box: Omit<HelpBox, 'items'> & { items: Record<IdOf<typeof redFlagsData.box>, string> };
} & {
  [L in RedFlagLevelId]: Omit<RedFlagLevel, 'items'> & { items: Record<IdOf<(typeof redFlagsData)[L]>, string> };
};
export type FaqText = Record<FaqId, Words<Faq>>;

/** The health content's words in one language: every section of `GuideContent` but the review date and the sources. */
export interface ContentText {
  intro: IntroText;
  causes: CausesText;
  symptoms: SymptomsText;
  treatments: TreatmentsText;
  stretches: StretchesText;
  safety: SafetyText;
  prevention: PreventionText;
  redFlags: RedFlagsText;
  faq: FaqText;
}

/** Plural forms keyed by `Intl.PluralRules` category; `{n}` is the formatted number. */
export interface PluralText {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** Every string `<stretch-timer>` shows or says. `{name}` style placeholders are filled at run time. */
export interface TimerText {
  genericName: string;
  phases: { ready: string; 'lead-in': string; rest: string; done: string };
  /** The word of the working phase, by kind of exercise: "Hold", "Roll", "Lift and hold". Fills `{phase}` below. */
  work: Record<ExerciseKind, string>;
  sides: { left: string; right: string };
  round: string;
  /** Shown before the start: what the session holds. `{phase}`, `{duration}` and `{rounds}` are filled in. */
  planBoth: string;
  planOne: string;
  rounds: PluralText;
  /** The next hold when it has a side: "{side}, round {rep} of {reps}". */
  nextSide: string;
  upNext: string;
  seconds: PluralText;
  /** Before Start, under the big number (the hold time) when there is a lead-in: `{duration}` is the lead-in. */
  leadInPlan: string;
  /** The phase line while paused. */
  paused: string;
  timeLabel: string;
  start: string;
  pause: string;
  resume: string;
  skip: string;
  skipLabel: string;
  reset: string;
  again: string;
  controlsLabel: string;
  stepsSummary: string;
  /** The reader's toggle (a pressed button) that silences sound, voice and vibration on every element of the page. */
  mute: string;
  /** The toggle (a pressed button) that shows the timer over the whole screen. */
  fullScreen: string;
  /** Shown under the name, once, when `voice`, `sound` or `vibrate` is on but the device cannot do it. */
  unavailable: { voice: string; sound: string; vibrate: string };
  /** Heading of the cautions, shown under the controls before and after Start. */
  cautionsHeading: string;
  doneMessage: string;
  announce: {
    leadIn: string;
    holdSide: string;
    hold: string;
    rest: string;
    left: string;
    paused: string;
    resumed: string;
    done: string;
    /** Cue `switch`: put before the announcement of the phase where the side changes. */
    switchSides: string;
    /** Cue `halfway`: halfway through a hold. */
    halfway: string;
    /** Cue `next`, in a routine: the rest before the next exercise (instead of `leadIn`); `{next}` is its name. */
    upNextExercise: string;
  };
}

/** Every string `<stretch-routine>` shows or says. */
export interface RoutineText {
  /** Accessible name of the list of stretches. */
  listLabel: string;
  progress: string;
  upNext: string;
  announceStep: string;
  complete: string;
  startAgain: string;
  /** A list item whose id is not a known exercise; `{id}` is the id as written. */
  unknown: string;
  /** Before Start: the routine's length, e.g. "About 9 minutes"; `{minutes}` comes from `minutes`. */
  total: string;
  minutes: PluralText;
  /** An exercise's dose in words; `{phase}` is the timer's working-phase word, `{duration}` and `{times}` are filled in. */
  doseBoth: string;
  doseOne: string;
  times: PluralText;
  /** The button on each exercise of the list that starts the routine there, and its accessible name (`{name}`). */
  startHere: string;
  startHereLabel: string;
  /** The safety line above the routine, before the "Get help now" box's words. */
  safety: string;
  /** The editor (`editable`). `{name}` and `{index}` are filled in. */
  editor: {
    heading: string;
    exercise: string;
    hold: string;
    reps: string;
    sides: string;
    both: string;
    one: string;
    up: string;
    down: string;
    remove: string;
    add: string;
    addLabel: string;
    itemLabel: string;
  };
  /** Send to phone (`share`): the plan in a link and its QR code. */
  share: {
    /** The button that shows and hides the panel. */
    open: string;
    /** Above the link: what it is, and that nothing is sent or stored. */
    intro: string;
    /** Label of the field that holds the link. */
    link: string;
    /** The QR code's accessible name. */
    qr: string;
    copy: string;
    /** Shown after Copy worked. */
    copied: string;
    /** Shown when copying is not possible: the link is selected instead. */
    copyFailed: string;
    /** The system share sheet (where the browser has one), and the title it is given. */
    share: string;
    title: string;
  };
  /** The printed handout (Print handout, or the browser's own Print). `{date}` is filled in. */
  handout: {
    /** The button that prints it. */
    print: string;
    /** Its heading when the routine has no `heading`. */
    title: string;
    steps: string;
    takeCare: string;
    /** Before the QR code and the link. */
    link: string;
    printed: string;
  };
}
