import { svg } from 'lit';
import { frame } from './frame.js';

/** Pigeon pose: front shin folded across in front, back leg long behind, torso upright, hands to the floor. */
export const pigeonPose = (alt: string) => frame(alt, svg`
  <ellipse class="hi" cx="62" cy="74" rx="17" ry="13"/>
  <path class="floor" d="M4 92H156" stroke-width="3"/>
  <path d="M66 76L36 84L8 86M66 76L98 84L72 87M78 46L110 86"/>
  <path d="M66 74L78 44" stroke-width="10"/>
  <circle cx="84" cy="30" r="9" fill="currentColor" stroke="none"/>`);
