/**
 * The one place that turns attribute and property values into safe settings.
 * A bad value never throws: it warns once per element, attribute and value,
 * naming both, and the caller's fallback is used instead.
 */

const warned = new WeakMap<Element, Set<string>>();

/** Warns once per element and message key. Exported for other validation warnings. */
export function warnOnce(host: Element, key: string, message: string): void {
  let seen = warned.get(host);
  if (!seen) warned.set(host, (seen = new Set()));
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(`<${host.localName}>: ${message}`);
}

function show(raw: unknown): string {
  try {
    const text = typeof raw === 'string' ? raw : String(raw);
    return text.length > 40 ? `${text.slice(0, 40)}…` : text;
  } catch {
    return typeof raw;
  }
}

export interface NumberRule {
  min: number;
  max: number;
  /** The value when missing or not a number; leave it out to get `undefined` (the caller's own default). */
  fallback?: number;
  /** Round to a whole number (default true). */
  integer?: boolean;
}

/**
 * A number within [min, max]. Missing (`undefined`, `null`, empty) gives the
 * fallback silently; text that is not a number warns and gives the fallback;
 * a number out of range warns and is clamped.
 */
export function numberInRange(host: Element, name: string, raw: unknown, rule: NumberRule & { fallback: number }): number;
export function numberInRange(host: Element, name: string, raw: unknown, rule: NumberRule): number | undefined;
export function numberInRange(host: Element, name: string, raw: unknown, rule: NumberRule): number | undefined {
  if (raw === undefined || raw === null || raw === '') return rule.fallback;
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim()) : NaN;
  if (!Number.isFinite(value)) {
    warnOnce(host, `${name}=${show(raw)}`,
      `${name}="${show(raw)}" is not a number between ${rule.min} and ${rule.max}; using ${rule.fallback ?? 'the default'}.`);
    return rule.fallback;
  }
  const whole = rule.integer === false ? value : Math.round(value);
  const clamped = Math.min(rule.max, Math.max(rule.min, whole));
  if (clamped !== value) {
    warnOnce(host, `${name}=${show(raw)}`,
      `${name}="${show(raw)}" is outside ${rule.min}–${rule.max}${rule.integer === false ? '' : ' (whole numbers)'}; using ${clamped}.`);
  }
  return clamped;
}

/** One of a fixed set of strings (case-insensitive, trimmed). Missing gives the fallback silently. */
export function oneOf<T extends string>(host: Element, name: string, raw: unknown, allowed: readonly T[], fallback: T): T {
  if (raw === undefined || raw === null || raw === '') return fallback;
  const text = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  const match = allowed.find((option) => option === text);
  if (match) return match;
  warnOnce(host, `${name}=${show(raw)}`,
    `${name}="${show(raw)}" is not one of ${allowed.map((a) => `"${a}"`).join(', ')}; using "${fallback}".`);
  return fallback;
}

/**
 * Parses a comma-separated list of ids against the known ones. Unknown ids warn
 * (once) and are skipped; duplicates are kept (a routine may repeat a stretch).
 */
export function idList<T extends string>(host: Element, name: string, raw: unknown, known: readonly T[]): T[] {
  if (raw === undefined || raw === null) return [];
  const text = Array.isArray(raw) ? raw.join(',') : typeof raw === 'string' ? raw : '';
  if (typeof raw !== 'string' && !Array.isArray(raw)) {
    warnOnce(host, `${name}=${show(raw)}`, `${name} should be a comma-separated list of ids; ignoring "${show(raw)}".`);
    return [];
  }
  const ids: T[] = [];
  for (const part of text.split(',')) {
    const id = part.trim().toLowerCase();
    if (!id) continue;
    const match = known.find((k) => k === id);
    if (match) ids.push(match);
    else warnOnce(host, `${name}:${show(id)}`,
      `${name} has an unknown id "${show(id)}"; valid ids are ${known.join(', ')}. Skipping it.`);
  }
  return ids;
}

/**
 * A set of words from a fixed list, separated by spaces and/or commas (case-insensitive), as `cues="switch halfway"`.
 * Unknown words warn once (naming the valid ones) and are ignored; anything that is not text warns and gives none.
 */
export function tokenList<T extends string>(host: Element, name: string, raw: unknown, allowed: readonly T[]): Set<T> {
  const found = new Set<T>();
  if (raw === undefined || raw === null || raw === '') return found;
  if (typeof raw !== 'string') {
    warnOnce(host, `${name}=${typeof raw}`, `${name} should be text such as "${allowed.join(' ')}"; ignoring a ${typeof raw} value.`);
    return found;
  }
  for (const word of raw.toLowerCase().split(/[\s,]+/)) {
    if (!word) continue;
    const match = allowed.find((a) => a === word);
    if (match) found.add(match);
    else warnOnce(host, `${name}:${show(word)}`, `${name} has an unknown value "${show(word)}"; valid values are ${allowed.join(', ')}. Ignoring it.`);
  }
  return found;
}

/** Plain text from any value (for labels and captions); anything that is not text is ignored with a warning. */
export function text(host: Element, name: string, raw: unknown): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string') return raw.trim() || undefined;
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  warnOnce(host, `${name}=${typeof raw}`, `${name} should be text; ignoring a ${typeof raw} value.`);
  return undefined;
}


/**
 * Lit converter for a reflected text attribute whose property has a default: removing the attribute gives the
 * default back (never `null`). A value that is not text is not written back to the attribute (writing it could
 * throw, e.g. an object whose `toString` throws); the element's own check warns about it.
 */
export const textAttribute = (whenRemoved: string) => ({
  fromAttribute: (value: string | null): string => value ?? whenRemoved,
  toAttribute: (value: unknown): string | null => (typeof value === 'string' ? value : null),
});
