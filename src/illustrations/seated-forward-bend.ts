import { svg } from 'lit';
import { frame } from './frame.js';

/** Seated forward bend: sitting with straight legs, folding forward from the hips; the backs of the legs glow. */
export const seatedForwardBend = (alt: string) => frame(alt, svg`
  <path class="hi" d="M42 84H112" stroke-width="14"/>
  <ellipse class="hi" cx="44" cy="76" rx="10" ry="11"/>
  <path class="floor" d="M4 92H156" stroke-width="3"/>
  <path d="M36 84H116L120 74M74 67L102 79"/>
  <path d="M40 82L74 66" stroke-width="10"/>
  <circle cx="86" cy="61" r="9" fill="currentColor" stroke="none"/>`);
