/**
 * A site's `content` override merged over the default content, one top-level part at a time: pure, with the warnings
 * handed to `warn(key, message)`. Each part must pass the content validator (and keep every emergency sign); a part
 * that does not is reported and the default part kept.
 */
import { droppedEmergencySigns, validateContent } from '../../content/validate.js';
import type { GuideContent, Source } from '../../content/types.js';

/** What the `content` property takes: any top-level parts of the guide's content, each replacing the default part. */
export type GuideContentOverride = Partial<GuideContent>;

type Warn = (key: string, message: string) => void;

/** A site's sources added to the defaults: one with a default's id takes its place, new ones go at the end. */
export function withSources(defaults: readonly Source[], added: readonly unknown[]): unknown[] {
  const idOf = (item: unknown) => (item as { id?: unknown } | null)?.id;
  const byId = new Map(added.map((item) => [idOf(item), item]));
  const defaultIds = new Set<unknown>(defaults.map((source) => source.id));
  return [...defaults.map((source) => byId.get(source.id) ?? source), ...added.filter((item) => !defaultIds.has(idOf(item)))];
}

/** The content shown: `base` with each valid part of `raw` merged over it. */
export function mergeContentOverride(base: GuideContent, raw: unknown, warn: Warn): GuideContent {
  if (raw === undefined || raw === null) return base;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    warn('content:type', 'content should be an object of content parts; using the default content.');
    return base;
  }
  const override = raw as Record<string, unknown>;
  const parts = Object.keys(base);
  // Only problems the site's part brings count (a language pack's own gaps are reported where it is loaded).
  const known = new Set(validateContent(base));
  // Sources first, so that new facts can cite new sources.
  const keys = Object.keys(override).sort((a, b) => Number(b === 'sources') - Number(a === 'sources'));
  let merged = base;
  for (const key of keys) {
    if (!parts.includes(key)) {
      warn(`content:${key}`, `content has an unknown part "${key.slice(0, 40)}"; known parts are ${parts.join(', ')}. Ignoring it.`);
      continue;
    }
    const value = key === 'sources' && Array.isArray(override.sources) ? withSources(merged.sources, override.sources) : override[key];
    const candidate = { ...merged, [key]: value };
    const problems = validateContent(candidate).filter((problem) => !known.has(problem));
    if (key === 'redFlags') problems.push(...droppedEmergencySigns(base.redFlags, value));
    if (problems.length) {
      const shown = problems.slice(0, 3).join('; ') + (problems.length > 3 ? `; and ${problems.length - 3} more` : '');
      warn(`content:${key}:${problems.join('|')}`, `content.${key} is not valid (${shown}); using the default ${key}.`);
      continue;
    }
    merged = candidate;
  }
  return merged;
}
