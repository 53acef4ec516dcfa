import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { oneOf, textAttribute } from './attributes.js';
import type { CompleteLocalePack, PackSection } from '../../content/locale-pack.js';
import { defineElement, LIBRARY_MARK, version } from './define.js';
import { localize } from './locale.js';
import { LocaleController } from './locale-controller.js';
import { themes } from '../../content/ids.js';

export { themes };
export type Theme = (typeof themes)[number];

/**
 * What every glute-knots element shares: the `theme` attribute, the reader's language, safe registration, and the
 * `--gk-*` custom properties, which every element reads (set them on the element or on any ancestor).
 *
 * @cssprop --gk-font - Font family, e.g. `Georgia, serif` (default: the page's font). Set the size with `font-size` on the element.
 * @cssprop --gk-color-text - Text colour (default: inherited from the page).
 * @cssprop --gk-color-muted - Secondary text colour.
 * @cssprop --gk-color-accent - Accent: links, buttons, the progress bar and highlights.
 * @cssprop --gk-color-focus - Focus ring (default: the accent mixed with the text colour; `#168a72` in the light and dark themes). Keep it at least 3:1 against the page and the element's background.
 * @cssprop --gk-color-accent-contrast - Text on the accent colour (buttons).
 * @cssprop --gk-color-surface - Background of notes, cards, panels and buttons.
 * @cssprop --gk-color-border - Borders.
 * @cssprop --gk-color-danger - Warnings: the emergency signs and the cautions.
 * @cssprop --gk-radius - Corner radius.
 * @cssprop --gk-space - Base spacing unit.
 */
export class GkElement extends LitElement {
  /** Marks the class as glute-knots, with its version, so a second copy of the library can tell. */
  static readonly [LIBRARY_MARK] = version;

  /**
   * Registers the element as `tag` in `registry` (each element class gives its own tag as the default); never
   * throws. Loading twice does nothing; a tag held by another script or another version of glute-knots warns and is
   * left alone.
   */
  static define(tag: string, registry?: CustomElementRegistry): void {
    defineElement(this, tag, registry);
  }

  static override get properties(): PropertyDeclarations {
    return {
      theme: { reflect: true, converter: textAttribute('auto') },
      locale: { state: true, attribute: false },
    };
  }

  /**
   * Colour theme. `auto` (default) takes the page's text colour and follows
   * `prefers-color-scheme` for the accent; `light` and `dark` paint their own background.
   */
  theme: Theme = 'auto';

  /** The language in use: own `lang`, else the nearest ancestor's, else `<html lang>`, else English. */
  protected locale = 'en';

  /** Counts the language packs registered while on the page: words cached by value must be read again when it moves. */
  protected packs = 0;

  constructor() {
    super();
    new LocaleController(this, (lang) => (this.locale = lang), () => {
      this.packs++;
      this.requestUpdate('locale', null);
    });
  }

  /** The theme after checking (an unknown value warns and reads as `auto`): safe to hand to child elements. */
  protected get checkedTheme(): Theme {
    return oneOf(this, 'theme', this.theme, themes, 'auto');
  }

  /**
   * The strings of `section` in the current language, English where the pack lacks them. `english` may hold only the
   * part of the section the element shows (the map: the muscles of `intro`).
   */
  protected localized<K extends PackSection, T extends Partial<CompleteLocalePack[K]> = CompleteLocalePack[K]>(section: K, english: T): T {
    return localize(section, english, this.locale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme')) void this.checkedTheme;
  }
}
