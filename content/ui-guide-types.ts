/**
 * Types for the words `<causes-table>` and `<glute-knot-guide>` show or say
 * that are not health facts: headings, labels and the disclaimer. The facts
 * themselves (with their sources) are typed in `types.ts`.
 */

/** The guide's sections, in their default order. */
export type GuideSectionId =
  | 'what'
  | 'who'
  | 'causes'
  | 'symptoms'
  | 'see-a-professional'
  | 'treatments'
  | 'prevention'
  | 'faq'
  | 'sources';

/** Every string `<causes-table>` shows. */
export interface TableText {
  /** The table's caption (the `caption` attribute overrides it). */
  caption: string;
  /** One line above the default causes on how sure we are of them, e.g. "These are likely triggers, based mostly on experience." */
  note: string;
  /** Column headers, also shown as labels inside each card on narrow screens. */
  columns: {
    cause: string;
    description: string;
    helps: string;
  };
  /** Read after the name of the row picked by the `highlight` attribute, e.g. "(highlighted)". */
  highlighted: string;
}

export interface GuideSectionText {
  /** The section's heading. */
  heading: string;
  /** Its short name in the contents list. */
  nav: string;
}

/** Every string `<glute-knot-guide>` shows or says that is not a health fact. `{placeholders}` are filled at run time. */
export interface GuideText {
  /** How the review date is written: `{day}`, `{month}` (a name from `months`) and `{year}`, e.g. `{day} {month} {year}`. */
  date: string;
  /** The twelve month names, January first, as written in a date. */
  months: readonly [string, string, string, string, string, string, string, string, string, string, string, string];
  /** Label of the contents list (visible, and the name of its `<nav>`). */
  navLabel: string;
  /** The always-present disclaimer; `{date}` becomes the review date. */
  disclaimer: string;
  sections: Record<GuideSectionId, GuideSectionText>;
  /** Heading of the note on how strong the evidence is. */
  evidenceHeading: string;
  /** Heading above the muscles. */
  musclesHeading: string;
  /** Labels for each muscle's details. */
  muscleLabels: {
    where: string;
    does: string;
    knots: string;
    referral: string;
  };
  /** Heading of a treatment's steps. */
  howHeading: string;
  /** Label before a treatment's safety cue. */
  safetyLabel: string;
  /** Heading above the stretches, inside the stretching treatment. */
  stretchesHeading: string;
  /** Heading above the guided self-massage (release) exercises, inside the self-massage treatment. */
  releasesHeading: string;
  /** Heading above the strength exercises, in the prevention section. */
  strengthHeading: string;
  /** Label before a stretch's other names, e.g. "Also called:". */
  akaLabel: string;
  /** Heading of a stretch's steps (shown when there is no timer, and in print). */
  stepsHeading: string;
  /** Heading of a stretch's cautions. */
  cautionsHeading: string;
  /** Text in the space a stretch timer fills once it is scrolled near; `{name}` is the stretch. */
  timerPlaceholder: string;
  /** Words before the source links under the causes table. */
  tableSources: string;
  /** Word read before a source number, e.g. "source" in "source 3". */
  citeLabel: string;
  /** One line above the list of sources. */
  sourcesIntro: string;
}
