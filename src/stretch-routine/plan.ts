/**
 * The routine's list of exercises, from its `stretches` attribute: pure, apart from the warnings on `host`. An id
 * that is not a built-in exercise stays in the list as an unknown item, so the page shows it instead of dropping it.
 */
import { stretchIds } from '../../content/data.js';
import type { StretchId } from '../../content/types.js';
import { warnOnce } from '../core/attributes.js';

/** One item of the list: a built-in exercise, or an id that is not one (shown, skipped when the routine runs). */
export type PlanEntry = { id: StretchId } | { unknown: string };

/** The exercises a routine shows when `stretches` names none. */
export const defaultPlan: readonly StretchId[] = ['figure-four', 'pigeon-pose', 'seated-forward-bend'];

/** Splits a comma-separated list of ids; each unknown id warns once, naming it. */
export function parseStretches(host: Element, raw: unknown): PlanEntry[] {
  if (raw === undefined || raw === null) return [];
  if (typeof raw !== 'string' && !Array.isArray(raw)) {
    warnOnce(host, 'stretches:type', 'stretches should be a comma-separated list of exercise ids; ignoring it.');
    return [];
  }
  const parts = (Array.isArray(raw) ? raw.map(String) : raw.split(',')).map((p) => p.trim()).filter(Boolean);
  return parts.map((part) => {
    const id = stretchIds.find((known) => known === part.toLowerCase());
    if (id) return { id };
    const shown = part.slice(0, 40);
    warnOnce(host, `stretches:${shown}`,
      `stretches has an unknown exercise "${shown}"; it is shown as unknown and skipped. Valid ids are ${stretchIds.join(', ')}.`);
    return { unknown: shown };
  });
}
