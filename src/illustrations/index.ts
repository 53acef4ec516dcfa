import { html, type TemplateResult } from 'lit';
import { type DrawingId, poses } from './poses.js';
import { renderPose } from './render.js';

export type { DrawingId } from './poses.js';
export type { Move, Pose, Prop } from './render.js';
export { renderPose } from './render.js';
export { illustrationStyles } from './styles.js';

/** Every exercise's drawing as data (a pose of the one skeleton), by exercise id. */
export const illustrations = poses;

/** Options of `illustrationFor`. */
export interface IllustrationOptions {
  /**
   * Play the exercise's motion (set it while the exercise's timer runs). Only with `illustrationStyles`, never under
   * `prefers-reduced-motion: reduce`; without it the drawing is the still picture: the position that names the exercise.
   */
  moving?: boolean;
}

/**
 * The drawing for an exercise: an `<svg role="img">` named by `alt` (use the exercise's `illustrationAlt` from content),
 * a side view in a 160 × 100 box that scales to its container. The body is drawn in `currentColor` with presentation
 * attributes, so it works with no styles; `illustrationStyles` adds the accent highlight, the props' colour and the
 * motion.
 */
export const illustrationFor = (id: DrawingId, alt: string, options: IllustrationOptions = {}): TemplateResult =>
  html`<svg class="gk-illustration ${options.moving ? 'moving' : ''}" viewBox="0 0 160 100" role="img" aria-label=${alt}>${renderPose(poses[id])}</svg>`;
