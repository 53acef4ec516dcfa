/**
 * The one validator for content: used at build time (scripts/check-content.mjs),
 * in the tests, and at run time for a site's overrides. It never throws; it
 * returns the valid items and a list of readable problems.
 */

import { stretchIds } from './data.js';
import { exerciseKinds, redFlagLevels, sourceGrades } from './ids.js';

type FieldKind = 'text' | 'texts' | 'number' | 'sources' | 'flag' | 'maybeText' | 'maybeNumber' | 'exerciseKind';
export type Shape = Record<string, FieldKind>;

/** The shape of a cause: also what `<causes-table>` checks a site's rows against (their `sources` may be left out). */
export const causeShape = { id: 'text', name: 'text', description: 'text', helps: 'text', sources: 'sources' } satisfies Shape;

const shapes = {
  citedText: { text: 'text', sources: 'sources' },
  cause: causeShape,
  muscle: { id: 'text', name: 'text', where: 'text', does: 'text', knots: 'text', referral: 'text', sources: 'sources' },
  redFlag: { id: 'text', text: 'text', sources: 'sources' },
  treatment: { id: 'text', name: 'text', summary: 'text', how: 'texts', safety: 'text', hipPrecaution: 'flag', sources: 'sources' },
  stretch: { id: 'text', name: 'text', kind: 'exerciseKind', phase: 'maybeText', aka: 'texts', summary: 'text', hold: 'number', reps: 'maybeNumber', rest: 'maybeNumber', sides: 'text', steps: 'texts', cautions: 'texts', hipPrecaution: 'flag', illustrationAlt: 'text', sources: 'sources' },
  faq: { id: 'text', question: 'text', answer: 'text', sources: 'sources' },
  source: { id: 'text', title: 'text', publisher: 'text', url: 'text', grade: 'text' },
} satisfies Record<string, Shape>;

export interface CheckOptions {
  /** Known source ids; when given, every cited id must be one of them. */
  sourceIds?: ReadonlySet<string>;
  /** Whether `sources` must be present (true for the shipped content; site overrides may leave it out). */
  requireSources?: boolean;
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isTextList = (v: unknown, minLength = 0): v is string[] => Array.isArray(v) && v.length >= minLength && v.every(isText);

/** What each kind of field must be, and how a problem with it reads. */
const kinds: Record<FieldKind, [(v: unknown) => boolean, string]> = {
  text: [isText, 'must be non-empty text'],
  texts: [isTextList, 'must be a list of text'],
  number: [(v) => typeof v === 'number' && Number.isFinite(v), 'must be a number'],
  sources: [(v) => isTextList(v, 1), 'must list at least one source id'],
  flag: [(v) => v === undefined || typeof v === 'boolean', 'must be true or false'],
  maybeText: [(v) => v === undefined || isText(v), 'must be non-empty text when set'],
  maybeNumber: [(v) => v === undefined || (typeof v === 'number' && Number.isFinite(v)), 'must be a number when set'],
  exerciseKind: [(v) => (exerciseKinds as readonly unknown[]).includes(v), `must be one of ${exerciseKinds.join(', ')}`],
};

/** Problems with one item against a shape; an empty list means it is valid. */
export function checkItem(item: unknown, shape: Shape, options: CheckOptions = {}): string[] {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return ['is not an object'];
  const problems: string[] = [];
  for (const [key, kind] of Object.entries(shape)) {
    const value = (item as Record<string, unknown>)[key];
    if (kind === 'sources' && value === undefined && !options.requireSources) continue;
    const [valid, problem] = kinds[kind];
    if (!valid(value)) problems.push(`"${key}" ${problem}`);
    else if (kind === 'sources' && options.sourceIds) {
      const unknown = (value as string[]).filter((id) => !options.sourceIds!.has(id));
      if (unknown.length) problems.push(`cites unknown source ${unknown.join(', ')}`);
    }
  }
  return problems;
}

/** Keeps the valid items of a list; describes each invalid one as "`label` 2 (id): problem". */
export function checkList<T>(list: unknown, shape: Shape, label: string, options: CheckOptions = {}): { valid: T[]; problems: string[] } {
  if (!Array.isArray(list)) return { valid: [], problems: [`${label} must be a list`] };
  const valid: T[] = [];
  const problems: string[] = [];
  list.forEach((item, i) => {
    const found = checkItem(item, shape, options);
    const id = typeof (item as { id?: unknown })?.id === 'string' ? ` (${(item as { id: string }).id})` : '';
    if (found.length) problems.push(`${label} ${i + 1}${id}: ${found.join('; ')}`);
    else valid.push(item as T);
  });
  return { valid, problems };
}

/**
 * Checks a whole content object: every list item's shape and at least one item
 * per list, every cited source id, unique ids, every exercise id the timer
 * needs, the red-flag levels and a reviewed date. Returns problems; empty means valid.
 */
export function validateContent(content: unknown): string[] {
  if (typeof content !== 'object' || content === null) return ['content is not an object'];
  const c = content as Record<string, any>;
  const problems: string[] = [];
  const sourceList = checkList<{ id: string; url: string }>(c.sources, shapes.source, 'source');
  problems.push(...sourceList.problems);
  const sourceIds = new Set(sourceList.valid.map((s) => s.id));
  const strict = { sourceIds, requireSources: true };
  const list = (value: unknown, shape: Shape, label: string) => {
    if (Array.isArray(value) && !value.length) problems.push(`${label}: needs at least one item`);
    const result = checkList<{ id?: string }>(value, shape, label, strict);
    problems.push(...result.problems);
    const ids = result.valid.map((item) => item.id).filter(Boolean);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (dupes.length) problems.push(`${label}: duplicate ids ${dupes.join(', ')}`);
    return result.valid;
  };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(String(c.reviewed))) problems.push('"reviewed" must be a YYYY-MM-DD date');
  const intro = c.intro ?? {};
  list(intro.what, shapes.citedText, 'intro.what');
  list(intro.who, shapes.citedText, 'intro.who');
  list([intro.evidence], shapes.citedText, 'intro.evidence');
  list(intro.muscles, shapes.muscle, 'muscle');
  list(c.causes, shapes.cause, 'cause');
  list(c.symptoms, shapes.citedText, 'symptom');
  list(c.treatments, shapes.treatment, 'treatment');
  const listed = list(c.stretches, shapes.stretch, 'stretch').map((s) => s.id);
  for (const id of stretchIds) {
    if (!listed.includes(id)) problems.push(`stretch "${id}" is missing`);
  }
  list([c.safety?.nerve, c.safety?.hip], shapes.citedText, 'safety');
  list(c.prevention, shapes.citedText, 'prevention');
  list(c.faq, shapes.faq, 'faq');
  const flags = c.redFlags ?? {};
  if (!isText(flags.emergencyNumber)) problems.push('redFlags.emergencyNumber must be text');
  list([flags.note], shapes.citedText, 'redFlags.note');
  for (const level of redFlagLevels) {
    const l = flags[level] ?? {};
    if (!isText(l.title) || !isText(l.action)) problems.push(`redFlags.${level} needs a title and an action`);
    list(l.items, shapes.redFlag, `redFlags.${level}`);
  }
  const box = flags.box ?? {};
  if (!isText(box.title) || !isText(box.more) || !String(box.more).includes('{section}')) problems.push('redFlags.box needs a title and a "more" text with {section}');
  if (Array.isArray(box.items) && box.items.length > 5) problems.push('redFlags.box: at most 5 signs');
  list(box.items, shapes.redFlag, 'redFlags.box');
  for (const action of [flags.emergency?.action, box.action]) {
    if (!String(action).includes('{emergencyNumber}')) problems.push('redFlags.emergency.action and redFlags.box.action must contain {emergencyNumber}');
  }
  // A number written out would not follow a site's `emergency-number`.
  const { emergencyNumber: _number, ...rest } = flags;
  for (const found of new Set(JSON.stringify([c.intro, c.causes, c.symptoms, c.treatments, c.stretches, c.safety, c.prevention, rest, c.faq]).match(/\b(999|911|112)\b/g))) {
    problems.push(`the emergency number ${found} is written out; use {emergencyNumber}`);
  }
  for (const s of sourceList.valid) {
    if (!/^https:\/\/[^/\s]+\.[^/\s]+/.test(s.url)) problems.push(`source ${s.id}: url must be an https:// address`);
    if (!(sourceGrades as readonly string[]).includes((s as { grade?: string }).grade ?? '')) problems.push(`source ${s.id}: grade must be one of ${sourceGrades.join(', ')}`);
  }
  return problems;
}

/**
 * Problems when `candidate` drops an emergency warning sign of `defaults`, from the emergency level or from the short
 * "Get help now if…" box (matched by id): a site may reword or add signs, never remove one. Empty when all are there.
 */
export function droppedEmergencySigns(defaults: Record<'emergency' | 'box', { items: { id: string }[] }>, candidate: unknown): string[] {
  return (['emergency', 'box'] as const).flatMap((part) => {
    const items = (candidate as Record<string, { items?: unknown }> | null)?.[part]?.items;
    const kept = new Set(Array.isArray(items) ? items.map((item) => (item as { id?: unknown } | null)?.id) : []);
    const dropped = defaults[part].items.map((item) => item.id).filter((id) => !kept.has(id));
    return dropped.length ? [`redFlags.${part} must keep every emergency sign (missing: ${dropped.join(', ')})`] : [];
  });
}
