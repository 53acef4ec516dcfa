/**
 * What the timer says, as plain functions of its words, its phases and its settings: the plan shown before Start,
 * the announcement of each phase, "Up next", and the ten-seconds-left line. No DOM, so unit-tested in Node.
 */
import type { ExerciseKind, TimerText } from '../../content/types.js';
import type { Phase, PlanOptions } from '../core/clock.js';
import { fill, plural } from '../core/text.js';

/** What the messages are made from. */
export interface MessageContext {
  t: TimerText;
  lang: string;
  phases: readonly Phase[];
  settings: PlanOptions & { name: string };
  /** The working phase's word for this exercise ("Hold", "Roll", "Lift and hold"). */
  work: string;
}

/** "Right side, round 2 of 3" for the next hold from phase `index` on (that phase included). */
export function nextLabel({ t, lang, phases, settings }: MessageContext, index: number): string {
  const next = phases.slice(index).find((p) => p.kind === 'hold');
  if (!next) return '';
  const values = { side: next.side ? t.sides[next.side] : '', rep: next.rep, reps: settings.reps };
  return fill(next.side ? t.nextSide : t.round, values, lang);
}

/** What is announced (and spoken) when phase `index` begins. */
export function phaseMessage(context: MessageContext, index: number): string {
  const { t, lang, phases, settings, work } = context;
  const phase = phases[index];
  const values = {
    side: phase.side ? t.sides[phase.side] : '',
    rep: phase.rep,
    reps: settings.reps,
    duration: plural(t.seconds, phase.durationMs / 1000, lang),
    next: nextLabel(context, index),
    name: settings.name,
    phase: work,
  };
  if (phase.kind === 'lead-in') return fill(t.announce.leadIn, values, lang);
  if (phase.kind === 'rest') return fill(t.announce.rest, values, lang);
  return fill(phase.side ? t.announce.holdSide : t.announce.hold, values, lang);
}

/** Before Start: "Hold 30 seconds, 3 rounds, each side", so the lead-in time is not mistaken for the hold. */
export function planText({ t, lang, settings, work }: Pick<MessageContext, 't' | 'lang' | 'settings' | 'work'>): string {
  const values = { phase: work, duration: plural(t.seconds, settings.hold, lang), rounds: plural(t.rounds, settings.reps, lang) };
  return fill(settings.sides === 'both' ? t.planBoth : t.planOne, values, lang);
}

/** The word of the working phase: the exercise's own, else its kind's ("Hold" for a generic timer). */
export const workWord = (t: TimerText, exercise?: { kind: ExerciseKind; phase?: string }): string =>
  exercise?.phase ?? t.work[exercise?.kind ?? 'stretch'];

/** "10 seconds left": said once in a hold of 15 seconds or more. */
export function tenSecondsLeft(t: TimerText, lang: string): string {
  return fill(t.announce.left, { duration: plural(t.seconds, 10, lang) }, lang);
}

/** Whether phase `index` is on another side than the phase before it (the moment to switch sides). */
export function sideChanges(phases: readonly Phase[], index: number): boolean {
  const [before, now] = [phases[index - 1], phases[index]];
  return !!(before?.side && now?.side && before.side !== now.side);
}

/**
 * The announcement of phase `index` with the opt-in cues of `cues`: `switch` puts "Switch sides." first where the
 * side changes; `next`, in a routine (`upNext`: the exercise's name, given by the routine), words the lead-in as the
 * rest before the next exercise. `cued` tells whether a cue is in it (the cue tone then plays).
 */
export function cuedPhaseMessage(
  context: MessageContext, index: number, cues: ReadonlySet<string>, upNext?: string,
): { text: string; cued: boolean } {
  const { t, lang, phases } = context;
  const phase = phases[index];
  const next = cues.has('next') && !!upNext && phase.kind === 'lead-in';
  let text = next
    ? fill(t.announce.upNextExercise, { next: upNext, duration: plural(t.seconds, phase.durationMs / 1000, lang) }, lang)
    : phaseMessage(context, index);
  const switching = cues.has('switch') && sideChanges(phases, index);
  if (switching) text = `${t.announce.switchSides} ${text}`;
  return { text, cued: next || switching };
}

/** "Starts with 5 seconds to get into position", under the hold time before Start ('' with no lead-in). */
export function leadInText({ t, lang, settings }: Pick<MessageContext, 't' | 'lang'> & { settings: { leadIn: number } }): string {
  return settings.leadIn > 0 ? fill(t.leadInPlan, { duration: plural(t.seconds, settings.leadIn, lang) }, lang) : '';
}
