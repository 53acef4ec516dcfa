import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { oneOf } from './attributes.js';

export const themes = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

/** What every glute-knots element shares: the `theme` attribute and its check. */
export class GkElement extends LitElement {
  /**
   * Colour theme. `auto` (default) takes the page's text colour and follows
   * `prefers-color-scheme` for the accent; `light` and `dark` paint their own background.
   */
  @property({ reflect: true }) theme: Theme = 'auto';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme')) oneOf(this, 'theme', this.theme, themes, 'auto');
  }
}
