import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LOCALE_EVENT, resolveLang } from './locale.js';

/** Every connected tracker: one observer for the whole page tells them all when a `lang` changes anywhere. */
const trackers = new Set<LocaleController>();
let observer: MutationObserver | null = null;
const followAll = () => trackers.forEach((tracker) => tracker.follow());
/** A language pack was registered: every element re-reads its strings, as when its language changes. */
const rereadAll = () => trackers.forEach((tracker) => tracker.reread());

/**
 * The host's language: its own `lang`, else the nearest ancestor's (across shadow roots), else `<html lang>`, else
 * English. Follows changes to any `lang` attribute in the page and language packs registered later, and tells the
 * host through `onChange(lang)` (a new language) or `onPack()` (new words for the same language).
 */
export class LocaleController implements ReactiveController {
  lang = 'en';

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onChange: (lang: string) => void,
    private readonly onPack: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    trackers.add(this);
    if (!observer && typeof MutationObserver !== 'undefined') {
      observer = new MutationObserver(followAll);
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
      document.addEventListener(LOCALE_EVENT, rereadAll);
    }
    this.follow();
  }

  hostDisconnected(): void {
    trackers.delete(this);
    if (!trackers.size && observer) {
      observer.disconnect();
      observer = null;
      document.removeEventListener(LOCALE_EVENT, rereadAll);
    }
  }

  /** Re-reads the language from the page. */
  follow(): void {
    const lang = resolveLang(this.host);
    if (lang === this.lang) return;
    this.lang = lang;
    this.onChange(lang);
  }

  reread(): void {
    this.onPack();
  }
}
