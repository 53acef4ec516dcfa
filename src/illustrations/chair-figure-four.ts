import { svg } from 'lit';
import { frame } from './frame.js';

/** Chair figure-four: sitting, one ankle on the other knee, leaning forward with a straight back. */
export const chairFigureFour = (alt: string) => frame(alt, svg`
  <ellipse class="hi" cx="46" cy="54" rx="14" ry="11"/>
  <path class="floor" d="M4 92H156" stroke-width="3"/>
  <path class="chair" d="M30 20V90M30 62H76V90" stroke-width="4"/>
  <path class="far" d="M48 56H84L86 86H94" opacity=".55"/>
  <path d="M48 55L64 28" stroke-width="10"/>
  <path d="M48 56L70 44L86 50L96 47M64 30L72 44L82 46"/>
  <circle cx="71" cy="15" r="9" fill="currentColor" stroke="none"/>`);
