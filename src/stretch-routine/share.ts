/**
 * The routine's share link: the plan in the URL fragment, under its own versioned key, so nothing of it is sent to a
 * server and a page's own anchors (`#faq`) are left alone: `#gk-plan=1:<lang>/<items>`, the items in the `stretches`
 * syntax (`pigeon-pose:45x2,figure-four:30x3:one`). Pure functions.
 *
 * Anyone can craft a link under a clinic's address, so reading one is strict: only built-in exercise ids with in-range
 * doses, at most `maxItems` items and `maxChars` characters, and a language tag. Nothing else (no site's own exercise,
 * heading, note or other text) is ever taken from a link; any problem rejects the whole plan.
 */
import type { StretchId } from '../../content/types.js';
import { formatStretches, parseEntry, type Dose, type PlanEntry } from './plan.js';

/** The fragment's key and the version of its format. */
export const shareKey = 'gk-plan';
export const shareVersion = 1;
/** The most a link's plan may hold. */
export const maxItems = 20;
export const maxChars = 600;

/** A plan read from a link: built-in exercises only. */
export interface SharedPlan {
  lang: string;
  items: ({ stretch: StretchId } & Dose)[];
}

const langTag = /^[a-z]{2,3}(?:-[a-z0-9]{2,8}){0,2}$/i;

/** `url` without its fragment. */
export const withoutFragment = (url: string): string => url.split('#')[0];

/** The link to `base` (its fragment dropped) that carries the built-in items of `entries` and `lang`. */
export function shareLink(base: string, lang: string, entries: readonly PlanEntry[]): string {
  const items = formatStretches(entries.filter((e) => 'stretch' in e), ',');
  return `${withoutFragment(base)}#${shareKey}=${shareVersion}:${langTag.test(lang) ? lang : 'en'}/${items}`;
}

/**
 * Reads a plan from a URL fragment (`location.hash`): `null` when it has no plan (another anchor, or none), a
 * `SharedPlan`, or `{ problem }` saying why it was rejected.
 */
export function readShared(hash: string): SharedPlan | { problem: string } | null {
  const fragment = hash.replace(/^#/, '');
  const prefix = `${shareKey}=`;
  if (!fragment.startsWith(prefix)) return null;
  if (fragment.length > maxChars + prefix.length) return { problem: `it is longer than ${maxChars} characters` };
  let value: string;
  try {
    value = decodeURIComponent(fragment.slice(prefix.length));
  } catch {
    return { problem: 'it is not well formed' };
  }
  const match = /^(\d+):([^/]*)\/(.*)$/s.exec(value);
  if (!match) return { problem: 'it is not well formed (expected 1:<lang>/<items>)' };
  const [, version, lang, list] = match;
  if (Number(version) !== shareVersion) return { problem: `its version is not ${shareVersion}` };
  if (!langTag.test(lang)) return { problem: 'its language is not a language tag' };
  if (!/^[a-z0-9:,-]+$/i.test(list)) return { problem: 'its items hold characters an exercise list never has' };
  const parts = list.split(',');
  if (parts.length > maxItems) return { problem: `it has more than ${maxItems} exercises` };
  const problems: string[] = [];
  const entries = parts.map((part) => parseEntry(part, (_key, message) => problems.push(message)));
  if (problems.length) return { problem: problems[0] };
  return { lang, items: entries.filter((e) => 'stretch' in e) };
}
