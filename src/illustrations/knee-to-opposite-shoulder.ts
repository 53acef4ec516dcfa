import { svg } from 'lit';
import { frame } from './frame.js';

/** Knee to opposite shoulder: on the back, one leg long, the other knee pulled across toward the far shoulder. */
export const kneeToOppositeShoulder = (alt: string) => frame(alt, svg`
  <ellipse class="hi" cx="62" cy="80" rx="16" ry="12"/>
  <path class="floor" d="M4 92H156" stroke-width="3"/>
  <path class="far" d="M62 84H118L120 75" opacity=".55"/>
  <path d="M28 83H62" stroke-width="10"/>
  <path d="M62 84L46 56L72 66L76 60M30 81L44 58"/>
  <circle cx="14" cy="80" r="9" fill="currentColor" stroke="none"/>`);
