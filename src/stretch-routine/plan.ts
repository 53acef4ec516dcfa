/**
 * A routine's plan: the exercises in order, each with an optional dose. Pure functions, apart from the warnings on
 * `host`: the `stretches` attribute's syntax (`pigeon-pose:45x2:one`), its writing back, the resolved doses and the
 * total time. An id that is not a built-in exercise stays in the list as an unknown entry, so the page shows it.
 */
import { stretchIds } from '../../content/data.js';
import type { StretchId } from '../../content/types.js';
import { warnOnce } from '../core/attributes.js';
import { buildPlan } from '../core/clock.js';
import { sideOrderOf, timerDefaults, timerLimits, type CustomExercise, type Exercise } from '../stretch-timer/exercise.js';

/** A dose: seconds per hold, rounds and sides. Any left out takes the routine's, else the exercise's own. */
export interface Dose {
  hold?: number;
  reps?: number;
  sides?: 'both' | 'one';
}

/** One exercise of a plan: a built-in one by id, or a site's own. */
export type PlanItem = ({ stretch: StretchId } | { exercise: CustomExercise }) & Dose;

/** A plan item with every dose filled in, as `plan` reads. */
export type ResolvedItem = ({ stretch: StretchId } | { exercise: CustomExercise }) & Required<Dose>;

/** An entry of the list: a plan item, or an id that is not a built-in exercise (shown, skipped when it runs). */
export type PlanEntry = PlanItem | { unknown: string };

/** The exercises a routine shows when it names none. */
export const defaultPlan: readonly StretchId[] = ['figure-four', 'pigeon-pose', 'seated-forward-bend'];

const isUnknown = (entry: PlanEntry): entry is { unknown: string } => 'unknown' in entry;

/** The plan items of a list, without its unknown entries. */
export const itemsOf = (entries: readonly PlanEntry[]): PlanItem[] => entries.filter((e): e is PlanItem => !isUnknown(e));

/** Where parsing tells a problem: `key` (each is warned once per element) and the message. */
export type Report = (key: string, message: string) => void;

/** Reports to the console, once per element and key. */
export const warnOn = (host: Element): Report => (key, message) => warnOnce(host, key, message);

/** A number of a dose in its range; out of range or not a whole number is reported, naming the item, and gives `undefined`. */
function doseNumber(report: Report, item: string, what: 'hold' | 'reps', raw: unknown): number | undefined {
  if (raw === undefined) return undefined;
  const { min, max } = timerLimits[what];
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= min && raw <= max) return raw;
  report(`plan:${item}:${what}`,
    `"${item}": ${what} ${String(raw).slice(0, 20)} is not a whole number from ${min} to ${max}; using the default.`);
  return undefined;
}

/** Checks one dose; a bad part is reported, naming the item and the valid range, and is left out. */
export function checkDose(report: Report, item: string, raw: { hold?: unknown; reps?: unknown; sides?: unknown }): Dose {
  const dose: Dose = { hold: doseNumber(report, item, 'hold', raw.hold), reps: doseNumber(report, item, 'reps', raw.reps) };
  if (raw.sides === 'both' || raw.sides === 'one') dose.sides = raw.sides;
  else if (raw.sides !== undefined) report(`plan:${item}:sides`, `"${item}": sides must be "both" or "one"; using the default.`);
  return Object.fromEntries(Object.entries(dose).filter(([, v]) => v !== undefined)) as Dose;
}

/**
 * One `stretches` entry: `id`, then optional `:hold`, `xreps` and `:one` or `:both`. Pure: each problem goes to
 * `report` (the attribute warns them; a link rejects the whole plan on any).
 */
export function parseEntry(text: string, report: Report): PlanEntry {
  const [rawId, ...parts] = text.split(':').map((p) => p.trim());
  const stretch = stretchIds.find((known) => known === rawId.toLowerCase());
  const shown = text.slice(0, 40);
  if (!stretch) {
    report(`stretches:${shown}`,
      `stretches has an unknown exercise "${shown}"; it is shown as unknown and skipped. Valid ids are ${stretchIds.join(', ')}.`);
    return { unknown: rawId.slice(0, 40) };
  }
  const raw: { hold?: unknown; reps?: unknown; sides?: unknown } = {};
  for (const part of parts) {
    const dose = /^(\d+)?(?:x(\d+))?$/i.exec(part);
    if (part && dose && (dose[1] || dose[2])) {
      if (dose[1]) raw.hold = Number(dose[1]);
      if (dose[2]) raw.reps = Number(dose[2]);
    } else if (/^(one|both)$/i.test(part)) raw.sides = part.toLowerCase();
    else report(`stretches:${shown}:${part}`, `"${shown}": "${part.slice(0, 20)}" is not a dose (write it as :45x2:one); ignoring it.`);
  }
  return { stretch, ...checkDose(report, shown, raw) };
}

/** The entries of a `stretches` text (comma-separated), each problem going to `report`. */
export const parseStretchList = (text: string, report: Report): PlanEntry[] =>
  text.split(',').map((p) => p.trim()).filter(Boolean).map((part) => parseEntry(part, report));

/** Splits the `stretches` attribute (comma-separated entries). */
export function parseStretches(host: Element, raw: unknown): PlanEntry[] {
  if (raw === undefined || raw === null) return [];
  if (typeof raw !== 'string') {
    warnOnce(host, 'stretches:type', 'stretches should be a comma-separated list of exercise ids; ignoring it.');
    return [];
  }
  return parseStretchList(raw, warnOn(host));
}

/** Writes built-in items back in the attribute's syntax; a site's own exercise has no id, so it is left out. */
export function formatStretches(entries: readonly PlanEntry[], separator = ', '): string {
  return entries.flatMap((entry) => {
    if (isUnknown(entry)) return [entry.unknown];
    if (!('stretch' in entry)) return [];
    const dose = `${entry.hold ?? ''}${entry.reps ? `x${entry.reps}` : ''}`;
    return [[entry.stretch, dose, entry.sides].filter(Boolean).join(':')];
  }).join(separator);
}

/** The routine-wide settings an item without its own dose takes. */
export interface RoutineDefaults {
  hold?: number;
  reps?: number;
  rest?: number;
  restBetween: number;
}

/** An item's exercise (as the timer shows it) and its dose, every part filled in. */
export interface Step {
  item: PlanItem;
  exercise: Exercise | undefined;
  hold: number;
  reps: number;
  rest: number;
  sides: 'both' | 'one';
}

/** Fills in each item's dose: its own, else the routine's, else the exercise's, else the timer's default. */
export function resolveSteps(items: readonly PlanItem[], exerciseOf: (item: PlanItem) => Exercise | undefined, defaults: RoutineDefaults): Step[] {
  return items.map((item) => {
    const exercise = exerciseOf(item);
    return {
      item,
      exercise,
      hold: item.hold ?? defaults.hold ?? exercise?.hold ?? timerDefaults.hold,
      reps: item.reps ?? defaults.reps ?? exercise?.reps ?? timerDefaults.reps,
      rest: defaults.rest ?? exercise?.rest ?? timerDefaults.rest,
      sides: item.sides ?? exercise?.sides ?? 'both',
    };
  });
}

/** The whole routine's length in milliseconds: each exercise's phases, the first with its lead-in, the rest after a rest. */
export function totalMs(steps: readonly Step[], restBetween: number): number {
  return steps.reduce((sum, step, i) => sum + buildPlan({
    ...step,
    leadIn: i === 0 ? timerDefaults.leadIn : restBetween,
    sideOrder: sideOrderOf(step.exercise),
  }).reduce((s, p) => s + p.durationMs, 0), 0);
}

/** Reads a `plan` property value: an array of items; anything else, or a bad item, warns and is left out. */
export function checkPlan(host: Element, raw: unknown): PlanItem[] {
  if (!Array.isArray(raw)) {
    warnOnce(host, 'plan:type', 'plan should be an array of { stretch, hold?, reps?, sides? } or { exercise, hold?, reps?, sides? }; ignoring it.');
    return [];
  }
  return raw.flatMap((value, i): PlanItem[] => {
    const item = (value ?? {}) as Record<string, unknown>;
    const name = `plan[${i}]`;
    const dose = checkDose(warnOn(host), name, item);
    if (typeof item.stretch === 'string') {
      const stretch = stretchIds.find((id) => id === item.stretch);
      if (stretch) return [{ stretch, ...dose }];
      warnOnce(host, `${name}:id`, `${name}: "${item.stretch.slice(0, 40)}" is not a built-in exercise id; leaving it out.`);
      return [];
    }
    if (item.exercise && typeof item.exercise === 'object') return [{ exercise: item.exercise as CustomExercise, ...dose }];
    warnOnce(host, `${name}:shape`, `${name} needs a built-in "stretch" id or an "exercise" object; leaving it out.`);
    return [];
  });
}

