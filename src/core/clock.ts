/**
 * The one clock for every timer. A session is a list of phases; where we are
 * is computed from a monotonic timestamp (`performance.now()`), never by
 * counting ticks, so a hidden tab or a blocked main thread cannot make it drift.
 */

export type PhaseKind = 'lead-in' | 'hold' | 'rest';
export type Side = 'left' | 'right';

export interface Phase {
  kind: PhaseKind;
  /** 1-based round. */
  rep: number;
  side: Side | null;
  durationMs: number;
}

export interface PlanOptions {
  /** Seconds per hold. */
  hold: number;
  reps: number;
  /** Seconds of rest between holds and sides. */
  rest: number;
  /** Seconds to get into position before the first hold. */
  leadIn: number;
  sides: 'both' | 'one';
  /**
   * With both sides: `alternate` (right, left, each round: a stretch) or `block` (every round on the right, then
   * every round on the left: a strength exercise, done lying on one side). @default 'alternate'
   */
  sideOrder?: 'alternate' | 'block';
}

/**
 * Builds the phases of one exercise: lead-in, then a hold per round and side (sides alternating each round, or in
 * two blocks), with a rest before every hold but the first. A rest carries the round and side of the hold it leads
 * into. A zero-length lead-in or rest is left out.
 */
export function buildPlan({ hold, reps, rest, leadIn, sides, sideOrder = 'alternate' }: PlanOptions): Phase[] {
  const sideList: (Side | null)[] = sides === 'both' ? ['right', 'left'] : [null];
  const rounds = Array.from({ length: reps }, (_, i) => i + 1);
  const holds: [number, Side | null][] = sideOrder === 'block'
    ? sideList.flatMap((side) => rounds.map((rep): [number, Side | null] => [rep, side]))
    : rounds.flatMap((rep) => sideList.map((side): [number, Side | null] => [rep, side]));
  const phases: Phase[] = [];
  const add = (kind: PhaseKind, rep: number, side: Side | null, seconds: number) => {
    if (seconds > 0) phases.push({ kind, rep, side, durationMs: seconds * 1000 });
  };
  add('lead-in', 1, sideList[0], leadIn);
  holds.forEach(([rep, side], i) => {
    // A rest comes before every hold but the first and takes that hold's round and side.
    if (i > 0) add('rest', rep, side, rest);
    add('hold', rep, side, hold);
  });
  return phases;
}

/** Time and scheduling, replaceable in tests (a fake clock) and benchmarks. */
export const timeSource = {
  now: (): number => performance.now(),
  setTimeout: (fn: () => void, ms: number): number => window.setTimeout(fn, ms),
  clearTimeout: (id: number): void => window.clearTimeout(id),
};

/**
 * Position in a list of phases. Active time = time spent running; the phase is
 * found from active time and the phase boundaries.
 */
export class SessionClock {
  private activeBeforeMs = 0;
  private startedAt: number | null = null;
  private readonly ends: number[];
  readonly totalMs: number;

  constructor(readonly phases: readonly Phase[]) {
    let sum = 0;
    this.ends = phases.map((p) => (sum += p.durationMs));
    this.totalMs = sum;
  }

  get running(): boolean {
    return this.startedAt !== null;
  }

  /** Milliseconds of session time elapsed so far. */
  get elapsedMs(): number {
    const live = this.startedAt === null ? 0 : timeSource.now() - this.startedAt;
    return Math.min(this.totalMs, this.activeBeforeMs + live);
  }

  /** Index of the current phase; `phases.length` once the session is done. */
  get index(): number {
    const elapsed = this.elapsedMs;
    const i = this.ends.findIndex((end) => elapsed < end);
    return i === -1 ? this.phases.length : i;
  }

  get done(): boolean {
    return this.elapsedMs >= this.totalMs;
  }

  /** Milliseconds left in the current phase. */
  get remainingMs(): number {
    const i = this.index;
    return i >= this.phases.length ? 0 : this.ends[i] - this.elapsedMs;
  }

  get totalRemainingMs(): number {
    return this.totalMs - this.elapsedMs;
  }

  start(): void {
    if (this.startedAt === null && !this.done) this.startedAt = timeSource.now();
  }

  pause(): void {
    if (this.startedAt === null) return;
    this.activeBeforeMs = this.elapsedMs;
    this.startedAt = null;
  }

  /** Jumps to the start of the next phase. */
  skip(): void {
    const i = this.index;
    if (i >= this.phases.length) return;
    this.activeBeforeMs = this.ends[i];
    if (this.startedAt !== null) this.startedAt = timeSource.now();
  }

  reset(): void {
    this.activeBeforeMs = 0;
    this.startedAt = null;
  }
}
