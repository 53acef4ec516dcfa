import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RoutineText, StretchId } from '../../content/types.js';
import { timeSource } from '../core/clock.js';
import { emit } from '../core/events.js';
import { fill } from '../core/text.js';
import type { StretchPhaseDetail } from '../stretch-timer/events.js';
import type { StretchTimer } from '../stretch-timer/stretch-timer.js';
import type { Step } from './plan.js';

/** `detail` of `routine-step`. */
export interface RoutineStepDetail {
  /** 0-based index in the plan. */
  index: number;
  /** The built-in exercise id, or `null` for a site's own exercise. */
  stretch: StretchId | null;
  name: string;
}

/** `detail` of `routine-complete`. */
export interface RoutineCompleteDetail {
  stretches: (StretchId | null)[];
  elapsedMs: number;
}

/** What the session reads of its routine, each time it needs it. */
export interface RoutineState {
  steps(): readonly Step[];
  restBetween(): number;
  t(): RoutineText;
  lang(): string;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

const idOf = (step: Step) => ('stretch' in step.item ? step.item.stretch : null);

/**
 * Where a routine is: which exercise, whether it started, rests or finished, and the live announcement. It moves on
 * when an exercise's timer completes, starting the next timer (whose lead-in is the rest between exercises); the
 * timing is the timers' own clock.
 */
export class RoutineSessionController implements ReactiveController {
  index = 0;
  started = false;
  complete = false;
  inRest = false;
  announcement = '';
  private startedAt: number | null = null;

  constructor(private readonly host: Host, private readonly state: RoutineState) {
    host.addController(this);
  }

  /** Nothing to set up: the state changes only through the calls below. */
  hostConnected(): void {}

  timers(): StretchTimer[] {
    return [...this.host.renderRoot.querySelectorAll<StretchTimer>('stretch-timer')];
  }

  /** Exercise `i`'s timer started (by its own Start, or by the routine). */
  begin(i: number): void {
    const { host, state } = this;
    if (this.startedAt === null) {
      this.startedAt = timeSource.now();
      emit(host, 'routine-start');
    }
    this.started = true;
    this.index = i;
    const steps = state.steps();
    const name = steps[i].exercise?.name ?? '';
    emit(host, 'routine-step', { index: i, stretch: idOf(steps[i]), name } satisfies RoutineStepDetail);
    // The timer's own "get into position" announcement names the exercise; announcing here too would talk over it.
    // Only an exercise that starts with no lead-in (rest-between="0") is announced by the routine.
    this.announcement = i > 0 && state.restBetween() === 0
      ? fill(state.t().announceStep, { index: i + 1, count: steps.length, name }, state.lang()) : '';
    host.requestUpdate();
  }

  phase(i: number, detail: StretchPhaseDetail): void {
    if (i !== this.index) return;
    this.inRest = detail.phase === 'lead-in' && i > 0;
    this.host.requestUpdate();
  }

  /** The next exercise (its timer starts at once, into its rest), or the end of the routine. */
  async completed(i: number): Promise<void> {
    const { host, state } = this;
    const steps = state.steps();
    if (i + 1 < steps.length) {
      const hadFocus = this.timers()[i]?.matches(':focus-within');
      this.index = i + 1;
      host.requestUpdate();
      await host.updateComplete;
      const next = this.timers()[i + 1];
      next?.start();
      if (hadFocus) next?.focus();
      return;
    }
    // The timer (and its focused Pause button) is about to be hidden: keep keyboard focus in the routine.
    const hadFocus = host.matches(':focus-within');
    this.complete = true;
    this.inRest = false;
    this.announcement = state.t().complete;
    const detail: RoutineCompleteDetail = {
      stretches: steps.map(idOf),
      elapsedMs: Math.round(timeSource.now() - (this.startedAt ?? timeSource.now())),
    };
    // After the last exercise's own stretch-complete has reached the page, not in the middle of it.
    queueMicrotask(() => emit(host, 'routine-complete', detail));
    this.startedAt = null;
    host.requestUpdate();
    if (hadFocus) void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>('.complete button')?.focus());
  }

  /** Back to the first exercise, stopped, every timer reset. */
  restart(): void {
    Object.assign(this, { index: 0, started: false, complete: false, inRest: false, announcement: '', startedAt: null });
    for (const timer of this.timers()) timer.reset();
    this.host.requestUpdate();
  }

  /** Starts at exercise `i` (0-based), moving keyboard focus to its timer when it was in the routine. */
  async startAt(i: number): Promise<void> {
    const host = this.host;
    const hadFocus = host.matches(':focus-within');
    this.restart();
    this.index = Math.max(0, Math.min(this.state.steps().length - 1, i));
    await host.updateComplete;
    const timer = this.timers()[this.index];
    timer?.start();
    if (hadFocus) {
      await timer?.updateComplete;
      timer?.focus();
    }
  }
}
