import type { PluralText } from '../../content/types.js';

/** A language tag `Intl` accepts: `lang` itself, else English (a page may carry any `lang` value). */
export function intlLang(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** Fills `{key}` placeholders. Numbers are formatted for `lang`; unknown keys are left as they are. */
export function fill(template: string, values: Record<string, string | number>, lang = 'en'): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(intlLang(lang)).format(value) : value;
  });
}

/** Picks the plural form for `n` in `lang` and fills `{n}`. */
export function plural(forms: PluralText, n: number, lang = 'en'): string {
  const category = new Intl.PluralRules(intlLang(lang)).select(n) as keyof PluralText;
  return fill(forms[category] ?? forms.other, { n }, lang);
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
