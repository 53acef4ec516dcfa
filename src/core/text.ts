import type { PluralText } from '../../content/types.js';

/** The base language of a tag, lower case: `es-MX` gives `es`. */
export const baseLanguage = (lang: string): string => lang.toLowerCase().split('-')[0];

/** A language tag `Intl` accepts: `lang` itself, else English (a page may carry any `lang` value). */
export function intlLang(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * Languages whose numbers are written with 0-9 and whose plural forms, for whole numbers below 1000, are "one" for 1
 * and "other" for the rest (CLDR): their small counts need no `Intl` object (the first one in a page costs tens of
 * milliseconds on a slow phone). Any other language, or any other number, goes through `Intl`, created once per
 * language.
 */
const simple = new Set(['en', 'es', 'de', 'nl', 'it', 'sv', 'da', 'nb', 'no', 'fi', 'et']);
const isSmall = (n: number, lang: string) => Number.isInteger(n) && n >= 0 && n < 1000 && simple.has(baseLanguage(lang));

/** One `Intl` object per kind and language. */
const cache = new Map<string, Intl.NumberFormat | Intl.PluralRules>();
function intl<T extends Intl.NumberFormat | Intl.PluralRules>(kind: 'number' | 'plural', lang: string, make: (tag: string) => T): T {
  const key = `${kind}:${lang}`;
  let made = cache.get(key) as T | undefined;
  if (!made) cache.set(key, (made = make(intlLang(lang))));
  return made;
}

/** A number as `lang` writes it. */
export function formatNumber(n: number, lang = 'en'): string {
  return isSmall(n, lang) ? String(n) : intl('number', lang, (tag) => new Intl.NumberFormat(tag)).format(n);
}

/** Fills `{key}` placeholders. Numbers are formatted for `lang`; unknown keys are left as they are. */
export function fill(template: string, values: Record<string, string | number>, lang = 'en'): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, lang) : value;
  });
}

/** Picks the plural form for `n` in `lang` and fills `{n}`. */
export function plural(forms: PluralText, n: number, lang = 'en'): string {
  const category = (isSmall(n, lang) ? (n === 1 ? 'one' : 'other') : intl('plural', lang, (tag) => new Intl.PluralRules(tag)).select(n)) as keyof PluralText;
  return fill(forms[category] ?? forms.other, { n }, lang);
}

/**
 * A `YYYY-MM-DD` date written with a language's `pattern` (`{day}`, `{month}`, `{year}`) and month names: the same
 * text as `Intl.DateTimeFormat`'s long date for the shipped languages, without creating one on first render. Anything
 * that is not such a date is returned as it is.
 */
export function formatDate(iso: string, pattern: string, months: readonly string[]): string {
  const [, year, month, day] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) ?? [];
  const name = months[Number(month) - 1];
  return name === undefined ? iso : fill(pattern, { day: String(Number(day)), month: name, year });
}

/** `m:ss` for a number of milliseconds, rounding up so 0:00 only shows at the very end. */
export function clockFace(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/**
 * Like `fill`, for templates: splits `template` at each `{key}` of `values` and puts that value (text, or a Lit
 * template such as a link) in its place. Unknown keys are left as they are.
 */
export function fillWith(template: string, values: Record<string, unknown>): unknown[] {
  return template.split(/\{(\w+)\}/).map((part, i) => (i % 2 === 0 ? part : part in values ? values[part] : `{${part}}`));
}
