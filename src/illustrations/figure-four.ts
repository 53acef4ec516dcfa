import { svg } from 'lit';
import { frame } from './frame.js';

/** Lying figure-four: on the back, one ankle over the other knee, a hand pulling that thigh in. */
export const figureFour = (alt: string) => frame(alt, svg`
  <ellipse class="hi" cx="64" cy="80" rx="16" ry="12"/>
  <path class="floor" d="M4 92H156" stroke-width="3"/>
  <path class="far" d="M64 84L58 50L88 50L90 42" opacity=".55"/>
  <path d="M28 83H64" stroke-width="10"/>
  <path d="M30 80L54 60M64 84L92 72L58 50L50 46"/>
  <circle cx="14" cy="80" r="9" fill="currentColor" stroke="none"/>`);
