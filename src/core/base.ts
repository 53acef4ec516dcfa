import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { oneOf, textAttribute } from './attributes.js';
import type { CompleteLocalePack, PackSection } from '../../content/locale-pack.js';
import { LOCALE_EVENT, localize, resolveLang } from './locale.js';

export const themes = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

/** Connected elements, so one observer can tell them all when a `lang` changes anywhere. */
const connected = new Set<GkElement>();
let langObserver: MutationObserver | null = null;
const refreshLangs = () => connected.forEach((el) => el.refreshLang());
/** A language pack was registered: every element re-reads its strings, as when its language changes. */
const reread = () => connected.forEach((el) => el.requestUpdate('locale', null));

/** What every glute-knots element shares: the `theme` attribute and the reader's language. */
export class GkElement extends LitElement {
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

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    if (!langObserver && typeof MutationObserver !== 'undefined') {
      langObserver = new MutationObserver(refreshLangs);
      langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
      document.addEventListener(LOCALE_EVENT, reread);
    }
    this.refreshLang();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    if (!connected.size && langObserver) {
      langObserver.disconnect();
      langObserver = null;
      document.removeEventListener(LOCALE_EVENT, reread);
    }
  }

  /** The theme after checking (an unknown value warns and reads as `auto`): safe to hand to child elements. */
  protected get checkedTheme(): Theme {
    return oneOf(this, 'theme', this.theme, themes, 'auto');
  }

  /** Re-reads the language; called when any `lang` attribute in the page changes. */
  refreshLang(): void {
    const lang = resolveLang(this);
    if (lang !== this.locale) this.locale = lang;
  }

  /** The strings of `section` in the current language, English where the pack lacks them. */
  protected localized<K extends PackSection>(section: K, english: CompleteLocalePack[K]): CompleteLocalePack[K] {
    return localize(section, english, this.locale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme')) void this.checkedTheme;
  }
}
