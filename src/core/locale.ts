/**
 * Languages. English ships inside every element; other languages are packs
 * registered with `registerLocale()` (the `locales/*.js` modules do this). The
 * registry lives on `globalThis`, so a pack loaded by a second script tag
 * reaches elements from the main bundle.
 *
 * A pack is a plain object of sections (`timer`, `routine`, `table`, `guide`,
 * `map`, `content`), each shaped like its English original. Missing keys fall
 * back to English one by one, with one warning listing them.
 */

import type { CompleteLocalePack, LocalePack, PackSection } from '../../content/locale-pack.js';
import { shippedLocales } from '../../content/ids.js';
import { baseLanguage } from './text.js';

export type { CompleteLocalePack, LocalePack };

interface Registry {
  packs: Map<string, LocalePack>;
  warned: Set<string>;
}

const KEY = Symbol.for('glute-knots.locales');
const registry: Registry = ((globalThis as Record<symbol, unknown>)[KEY] as Registry | undefined) ??
  ((globalThis as Record<symbol, unknown>)[KEY] = { packs: new Map(), warned: new Set() }) as Registry;

/** Fired on `document` when a language pack is registered, so elements re-render. */
export const LOCALE_EVENT = 'glute-knots-locale';


function warnOnceGlobal(key: string, message: string): void {
  if (registry.warned.has(key)) return;
  registry.warned.add(key);
  console.warn(`glute-knots: ${message}`);
}

/**
 * Registers (or replaces) the pack for a language, e.g. `registerLocale('de', { timer: {...} })`. A pack may be
 * partial: what it lacks is shown in English, key by key.
 */
export function registerLocale(lang: string, pack: LocalePack): void {
  if (typeof lang !== 'string' || !lang.trim() || typeof pack !== 'object' || pack === null) {
    warnOnceGlobal(`register:${String(lang)}`, 'registerLocale(lang, pack) needs a language code and a pack object; ignored.');
    return;
  }
  registry.packs.set(lang.toLowerCase(), pack);
  merged = new WeakMap();
  if (typeof document !== 'undefined') document.dispatchEvent(new CustomEvent(LOCALE_EVENT, { detail: { lang } }));
}

/** The language for `el`: its own `lang`, else the nearest ancestor's (across shadow roots), else `<html lang>`, else English. */
export function resolveLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!.trim();
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}

let merged = new WeakMap<object, Map<object, unknown>>();

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a pack's value can stand in for an English one: non-empty text for text, a non-empty list for a list. */
function usable(english: unknown, over: unknown): boolean {
  if (typeof english === 'string') return typeof over === 'string' && over.trim() !== '';
  if (Array.isArray(english)) return Array.isArray(over) && over.length > 0;
  return over !== undefined && over !== null;
}

/** Deep-merges `over` onto `english`, collecting the paths `over` lacks. Arrays and strings are taken whole. */
function mergeInto(english: unknown, over: unknown, path: string, missing: string[]): unknown {
  if (isRecord(english) && isRecord(over)) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(english)) out[key] = mergeInto(value, over[key], path ? `${path}.${key}` : key, missing);
    return out;
  }
  if (!isRecord(english) && usable(english, over)) return over;
  missing.push(path);
  return english;
}

const waitingFor = new Set<string>();

/** The registered pack for `lang` (`es-MX`), else for its base language (`es`). */
const packFor = (lang: string): LocalePack | undefined => registry.packs.get(lang.toLowerCase()) ?? registry.packs.get(baseLanguage(lang));

/**
 * Warns, once, that no pack for `lang` is loaded, saying how to add one. A pack may still come from a later script (a
 * deferred or async one, or one at the end of the page): until the page has loaded, the check waits for that.
 */
function warnMissingPack(lang: string): void {
  const code = baseLanguage(lang);
  const warn = () => {
    waitingFor.delete(code);
    if (packFor(lang)) return;
    const add = (shippedLocales as readonly string[]).includes(code)
      ? `Add glute-knots/dist/locales/${code}.iife.js after the main script, or import 'glute-knots/locales/${code}.js'.`
      : `glute-knots ships ${shippedLocales.join(', ')}; add your own with registerLocale('${code}', pack).`;
    warnOnceGlobal(`missing:${code}`, `no "${lang}" language pack is loaded; showing English. ${add}`);
  };
  if (typeof document === 'undefined' || document.readyState === 'complete') warn();
  else if (!waitingFor.has(code)) {
    waitingFor.add(code);
    window.addEventListener('load', warn, { once: true });
  }
}

/**
 * The strings of `section` in `lang`, falling back to `english` key by key.
 * English (or a language with no pack, with one warning saying how to add it) returns `english` itself.
 */
export function localize<K extends PackSection, T extends Partial<CompleteLocalePack[K]> = CompleteLocalePack[K]>(section: K, english: T, lang: string): T {
  const code = lang.toLowerCase();
  if (baseLanguage(code) === 'en') return english;
  const pack = packFor(lang);
  if (!pack) {
    warnMissingPack(lang);
    return english;
  }
  const over = pack[section];
  if (!over) {
    warnOnceGlobal(`section:${code}:${section}`, `the "${lang}" pack has no ${section} strings; they are shown in English.`);
    return english;
  }
  let forPack = merged.get(over);
  if (!forPack) merged.set(over, (forPack = new Map()));
  if (!forPack.has(english)) {
    const missing: string[] = [];
    forPack.set(english, mergeInto(english, over, '', missing));
    if (missing.length) {
      warnOnceGlobal(`keys:${code}:${section}`,
        `the "${lang}" pack lacks ${missing.length} ${section} string(s), shown in English: ${missing.slice(0, 20).join(', ')}${missing.length > 20 ? ', …' : ''}.`);
    }
  }
  return forPack.get(english) as T;
}
