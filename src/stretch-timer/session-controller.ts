import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SessionClock, timeSource, type Phase } from '../core/clock.js';

/** What the timer does as the session moves on. */
export interface SessionHooks {
  /**
   * Phase `index` began. Called once per phase, in order, also for phases that ended while the page was hidden or
   * busy; `current` is false for those, so only the phase the reader is in gets cues.
   */
  enter(index: number, current: boolean): void;
  /** A second passed in a running hold (for the countdown cues). */
  second(phase: Phase, remainingMs: number): void;
  /** The last phase ended. */
  finish(): void;
}

/**
 * A session of phases on the monotonic clock, and its one timeout: scheduled only while running and visible, at the
 * next second boundary or phase end; brought up to date when the page is shown again; paused when the host leaves
 * the page. The host re-renders after every change.
 */
export class SessionController implements ReactiveController {
  /** The phase in view: -1 before Start, `phases.length` once done. */
  index = -1;
  private clock = new SessionClock([]);
  private tickId: number | null = null;

  constructor(private readonly host: ReactiveControllerHost & Element, private readonly hooks: SessionHooks) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    // Removed from the page while running: stop, so nothing keeps ticking. Re-adding shows it paused.
    this.clock.pause();
    this.unschedule();
  }

  get phases(): readonly Phase[] {
    return this.clock.phases;
  }

  get running(): boolean {
    return this.clock.running;
  }

  get started(): boolean {
    return this.index >= 0;
  }

  get done(): boolean {
    return this.index >= this.phases.length;
  }

  /** Milliseconds left in the phase in view (the first phase's length before Start). */
  get remainingMs(): number {
    return this.index < 0 ? this.phases[0]?.durationMs ?? 0 : this.clock.remainingMs;
  }

  /** Progress through the phase in view, 0–1 (1 once done). */
  get fraction(): number {
    if (this.done) return 1;
    const duration = this.phases[this.index]?.durationMs;
    return duration ? Math.min(1, Math.max(0, 1 - this.remainingMs / duration)) : 0;
  }

  get totalRemainingMs(): number {
    return this.clock.totalRemainingMs;
  }

  /** A new, unstarted session of these phases. */
  load(phases: Phase[]): void {
    this.clock = new SessionClock(phases);
    this.index = -1;
    this.changed();
  }

  start(): void {
    this.clock.start();
    this.sync();
    this.changed();
  }

  pause(): void {
    this.sync();
    this.clock.pause();
    this.changed();
  }

  resume(): void {
    this.clock.start();
    this.changed();
  }

  /** Jumps to the start of the next phase. */
  skip(): void {
    this.clock.skip();
    this.sync();
    this.changed();
  }

  /** Brings the index up to the clock, entering each missed phase once, in order. */
  private sync(): void {
    const target = this.clock.index;
    const from = this.index;
    for (let i = from + 1; i <= target && i < this.phases.length; i++) this.hooks.enter(i, i === target);
    this.index = Math.max(from, target);
    const phase = this.phases[this.index];
    if (phase?.kind === 'hold' && this.running) this.hooks.second(phase, this.clock.remainingMs);
    if (target >= this.phases.length && from < target) {
      this.clock.pause();
      this.hooks.finish();
    }
  }

  private changed(): void {
    this.host.requestUpdate();
    this.schedule();
  }

  private schedule(): void {
    this.unschedule();
    if (!this.running || !this.host.isConnected || document.visibilityState === 'hidden') return;
    const left = this.clock.remainingMs;
    const toNextSecond = left % 1000 || 1000;
    this.tickId = timeSource.setTimeout(this.tick, Math.max(16, Math.min(left, toNextSecond)));
  }

  private unschedule(): void {
    if (this.tickId !== null) timeSource.clearTimeout(this.tickId);
    this.tickId = null;
  }

  private tick = (): void => {
    this.tickId = null;
    this.sync();
    this.changed();
  };

  private onVisibility = (): void => {
    if (document.visibilityState === 'visible' && this.started) this.sync();
    this.changed();
  };
}
