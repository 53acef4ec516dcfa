import type { MuscleId } from './types.js';

/** Every string `<glute-muscle-map>` shows or says (the muscle facts themselves come from `intro.muscles`). */
export interface MapText {
  /** Accessible name of the picture's set of muscle controls (a radio group). */
  groupLabel: string;
  /** Caption under the picture: which view and which side the muscles are drawn on. */
  caption: string;
  /** Short names written beside the shapes in the picture. */
  shortNames: Record<MuscleId, string>;
  /** Label beside the sciatic nerve in the picture. */
  nerve: string;
  /** The key under the picture. */
  legend: {
    nerve: string;
    deep: string;
    zone: string;
  };
  /** Shown in the panel before a muscle is chosen. */
  prompt: string;
  /** Headings for each fact about the chosen muscle. */
  headings: {
    where: string;
    does: string;
    knots: string;
    referral: string;
  };
  /** Lead-in before the source numbers. */
  sources: string;
  /** Accessible name of each source link: `{id}`, `{title}` and `{publisher}` are filled in. */
  sourceLink: string;
  /** Accessible name of the text version of the map (a list of the muscles). */
  listLabel: string;
}
