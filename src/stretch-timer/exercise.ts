/**
 * An exercise as the timer shows it: a built-in one from the content, or a site's own (`<stretch-timer>.exercise`),
 * checked here. One shape for both, so the timer, the routine and the drawings never ask which it is.
 */
import { stretchIds } from '../../content/data.js';
import { exerciseKinds } from '../../content/ids.js';
import type { ExerciseKind, Stretch, StretchId } from '../../content/types.js';
import { numberInRange, oneOf, text, warnOnce } from '../core/attributes.js';

/** The valid range of each number setting (seconds, or rounds for `reps`). */
export const timerLimits = {
  hold: { min: 5, max: 300 },
  reps: { min: 1, max: 20 },
  rest: { min: 0, max: 120 },
  leadIn: { min: 0, max: 30 },
} as const;

/** The defaults of the number settings, used when neither the attribute nor the exercise gives one. */
export const timerDefaults = { hold: 30, reps: 3, rest: 10, leadIn: 5 } as const;

/**
 * A site's own exercise, for `<stretch-timer>.exercise` (and, later, a routine's plan). Shown as plain text, never as
 * markup. Every field is checked: a bad one warns in the console and takes its default.
 */
export interface CustomExercise {
  /** The name shown and spoken, e.g. "Wall sit". */
  name: string;
  /** Short steps, in order. */
  steps: string[];
  /** The exercise's own cautions, shown after the shared "stop if…" line. */
  cautions?: string[];
  /** Seconds per hold, 5–300. @default 30 */
  hold?: number;
  /** Rounds, 1–20. @default 3 */
  reps?: number;
  /** `both` (each side in turn) or `one`. @default 'both' */
  sides?: 'both' | 'one';
  /** Sets the word of the working phase: "Hold", "Roll" or "Lift and hold". @default 'stretch' */
  kind?: ExerciseKind;
  /** A built-in exercise id whose drawing to show. @default no drawing */
  drawing?: StretchId;
}

/** What the timer needs of an exercise, built-in or a site's own. */
export interface Exercise {
  /** The built-in id, or `null` for a site's own exercise. */
  id: StretchId | null;
  name: string;
  kind: ExerciseKind;
  /** The working phase's own word, where it differs from the kind's. */
  phase?: string;
  steps: readonly string[];
  cautions: readonly string[];
  hipPrecaution?: boolean;
  hold?: number;
  reps?: number;
  rest?: number;
  sides?: 'both' | 'one';
  /** The drawing to show: a built-in id and its text alternative. */
  drawing?: { id: StretchId; alt: string };
}

/** A built-in exercise in the timer's shape. */
export const builtIn = (s: Stretch): Exercise => ({ ...s, drawing: { id: s.id, alt: s.illustrationAlt } });

/** The order of sides: a strength exercise, done lying on one side, does every round there before turning over. */
export const sideOrderOf = (exercise: Pick<Exercise, 'kind'> | undefined): 'block' | 'alternate' =>
  (exercise?.kind === 'strength' ? 'block' : 'alternate');

/** The built-in exercise `id` of `builtIns`, in the timer's shape; `undefined` when there is none. */
export function builtInById(builtIns: readonly Stretch[], id: string | undefined): Exercise | undefined {
  const stretch = builtIns.find((s) => s.id === id);
  return stretch && builtIn(stretch);
}

const fields = ['name', 'steps', 'cautions', 'hold', 'reps', 'sides', 'kind', 'drawing'];

/** A list of text from `raw`; anything else warns and is left out. */
function texts(host: Element, name: string, raw: unknown): string[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    warnOnce(host, `${name}:list`, `${name} should be a list of text; ignoring it.`);
    return [];
  }
  return raw.flatMap((item, i) => text(host, `${name}[${i}]`, item) ?? []);
}

/**
 * Checks a site's own exercise. Returns `undefined` (with a warning) for anything that is not an object; otherwise an
 * exercise whose bad fields took their defaults, each with a warning naming it.
 */
export function checkExercise(host: Element, raw: unknown, builtIns: readonly Stretch[], genericName: string): Exercise | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    warnOnce(host, 'exercise:type', 'exercise should be an object such as { name: "Wall sit", steps: ["…"] }; ignoring it.');
    return undefined;
  }
  const value = raw as Record<string, unknown>;
  for (const key of Object.keys(value).filter((k) => !fields.includes(k))) {
    warnOnce(host, `exercise.${key}`, `exercise.${key.slice(0, 40)} is not a field of an exercise (${fields.join(', ')}); ignoring it.`);
  }
  const name = text(host, 'exercise.name', value.name);
  if (!name) warnOnce(host, 'exercise.name', `exercise.name is missing; showing "${genericName}".`);
  const steps = texts(host, 'exercise.steps', value.steps);
  if (!steps.length) warnOnce(host, 'exercise.steps', 'exercise.steps is empty; the timer shows no steps.');
  const drawn = builtIns.find((s) => s.id === value.drawing);
  if (value.drawing !== undefined && !drawn) {
    warnOnce(host, 'exercise.drawing', `exercise.drawing="${String(value.drawing).slice(0, 40)}" is not a built-in exercise id (${stretchIds.join(', ')}); showing no drawing.`);
  }
  return {
    id: null,
    name: name ?? genericName,
    kind: oneOf(host, 'exercise.kind', value.kind, exerciseKinds, 'stretch'),
    steps,
    cautions: texts(host, 'exercise.cautions', value.cautions),
    hold: numberInRange(host, 'exercise.hold', value.hold, timerLimits.hold),
    reps: numberInRange(host, 'exercise.reps', value.reps, timerLimits.reps),
    sides: value.sides === undefined ? undefined : oneOf(host, 'exercise.sides', value.sides, ['both', 'one'] as const, 'both'),
    drawing: drawn && { id: drawn.id, alt: drawn.illustrationAlt },
  };
}
