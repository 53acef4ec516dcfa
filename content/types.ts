/**
 * Types for the health content. Every item a person reads as a fact carries
 * `sources`: ids from `sources.ts`. The validator in `validate.ts` checks
 * these shapes at build time, in the tests and for a site's run-time overrides.
 */

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
  /** Evidence grade from the project's fact files: A (health service, medical reference, review), B (specialist), C (teaching site). */
  grade: 'A' | 'B' | 'C';
}

/** A cited paragraph or list item. */
export interface CitedText extends Cited {
  text: string;
}

export type MuscleId = 'gluteus-maximus' | 'gluteus-medius' | 'gluteus-minimus' | 'piriformis';

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
  id: 'self-myofascial-release' | 'stretching' | 'massage-therapy' | 'heat' | 'physical-therapy' | string;
  name: string;
  summary: string;
  /** How to do it, as short steps. */
  how: string[];
  /** One safety cue. */
  safety: string;
}

export type StretchId =
  | 'pigeon-pose'
  | 'figure-four'
  | 'chair-figure-four'
  | 'seated-forward-bend'
  | 'knee-to-opposite-shoulder';

export interface Stretch extends Cited {
  id: StretchId;
  name: string;
  /** Other names people use. */
  aka: string[];
  /** One line: what it stretches and who it suits. */
  summary: string;
  /** Default hold in seconds. */
  hold: number;
  /** Whether it is done on each side in turn. */
  sides: 'both' | 'one';
  /** Short steps, in order. */
  steps: string[];
  /** Safety cues and who should pick another stretch. */
  cautions: string[];
  /** Text alternative for the stretch's drawing. */
  illustrationAlt: string;
}

export interface RedFlagLevel {
  /** Heading, e.g. "Call the emergency number now". */
  title: string;
  /** What to do, in one or two sentences. `{emergencyNumber}` is replaced with the site's number text. */
  action: string;
  items: CitedText[];
}

export interface RedFlags {
  /** Default text for the local emergency number, e.g. "999 (UK), 911 (US) or 112 (EU)". Sites may override it. */
  emergencyNumber: string;
  /** One line reminding that warning signs are not a diagnosis. */
  note: CitedText;
  emergency: RedFlagLevel;
  urgent: RedFlagLevel;
  routine: RedFlagLevel;
  /** When to stop a stretch or self-massage. */
  stop: RedFlagLevel;
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
  prevention: CitedText[];
  redFlags: RedFlags;
  faq: Faq[];
  sources: Source[];
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
  phases: { ready: string; 'lead-in': string; hold: string; rest: string; done: string };
  sides: { left: string; right: string };
  round: string;
  /** Shown before the start: what the session holds. `{duration}` and `{rounds}` are filled in. */
  planBoth: string;
  planOne: string;
  rounds: PluralText;
  /** The next hold when it has a side: "{side}, round {rep} of {reps}". */
  nextSide: string;
  upNext: string;
  seconds: PluralText;
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
}
