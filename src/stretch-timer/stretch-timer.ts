import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { safety } from '../../content/en/safety.js';
import { stretchIds } from '../../content/data.js';
import { stretches } from '../../content/en/stretches.js';
import { joinStretches } from '../../content/join.js';
import { timerText } from '../../content/en/ui.js';
import type { Stretch, StretchId, TimerText } from '../../content/types.js';
import { numberInRange, oneOf, text, textAttribute, warnOnce } from '../core/attributes.js';
import { GkElement } from '../core/base.js';
import { cautionsFor } from '../core/cautions.js';
import { buildPlan, SessionClock, timeSource, type Phase, type Side } from '../core/clock.js';
import { emit } from '../core/events.js';
import { playTone, speak, stopSpeaking, unlockAudio, vibrate } from '../core/cues.js';
import { clockFace, fill, plural } from '../core/text.js';
import { buttonStyles } from '../core/button.styles.js';
import { themeStyles } from '../core/theme.styles.js';
import { ScreenWakeLock } from '../core/wake-lock.js';
import { illustrationFor, illustrationStyles } from '../illustrations/index.js';
import { timerStyles } from './stretch-timer.styles.js';

export type TimerPhase = 'ready' | Phase['kind'] | 'done';

export interface StretchPhaseDetail {
  phase: TimerPhase;
  rep: number;
  side: Side | null;
}

export interface StretchCompleteDetail {
  stretch: string;
  reps: number;
  hold: number;
  sides: 'both' | 'one';
  /** Milliseconds since Start, pauses included. */
  elapsedMs: number;
}

interface TimerConfig {
  stretch: Stretch | undefined;
  name: string;
  hold: number;
  reps: number;
  rest: number;
  leadIn: number;
  sides: 'both' | 'one';
}


/** The valid range of each number setting (seconds, or rounds for `reps`); `<stretch-routine>` checks its own by these. */
export const timerLimits = {
  hold: { min: 5, max: 300 },
  reps: { min: 1, max: 20 },
  rest: { min: 0, max: 120 },
  leadIn: { min: 0, max: 30 },
} as const;

/**
 * A guided hold / rest / rounds timer for one glute stretch, readable at arm's
 * length and safe to trust: time comes from a monotonic clock, so a hidden tab
 * or a busy page cannot make it drift.
 *
 * @customElement stretch-timer
 * @summary Hold / rest / rounds timer for a glute stretch.
 *
 * @fires {CustomEvent} stretch-start - The session started from the beginning.
 * @fires {CustomEvent<StretchPhaseDetail>} stretch-phase - A new phase began: `detail: {phase, rep, side}`. Fired once per phase, in order, even for phases that ended while the tab was hidden, and with `phase: 'done'` at the end, just before `stretch-complete`.
 * @fires {CustomEvent} stretch-pause - The session was paused.
 * @fires {CustomEvent} stretch-resume - The session was resumed.
 * @fires {CustomEvent} stretch-reset - The session went back to the start.
 * @fires {CustomEvent<StretchCompleteDetail>} stretch-complete - Every round is done: `detail: {stretch, reps, hold, sides, elapsedMs}`; `elapsedMs` is the time since Start, pauses included.
 *
 * @csspart base - The outer wrapper (the container for container queries).
 * @csspart display - The name, side, round, phase and time.
 * @csspart illustration - The drawing of the stretch (hidden below 300 px of width, or with `no-illustration`).
 * @csspart name - The stretch name.
 * @csspart phase - The phase name (Get into position, Hold, Rest, Done).
 * @csspart time - The big `m:ss` time.
 * @csspart progress - The bar showing progress through the phase.
 * @csspart controls - The row of buttons.
 * @csspart button - Every button.
 * @csspart cautions - The safety cautions, always shown under the buttons (the shared "stop if…" and hip-replacement lines first). Hide them with `display: none` only where the same cautions sit beside the timer.
 * @csspart steps - The "How to do it" disclosure with the steps.
 *
 * @cssprop [--gk-timer-size=3.5em] - Size of the time digits.
 * @cssprop [--gk-illustration-size=16em] - Largest width of the drawing.
 * @cssprop --gk-font - Font family, e.g. `Georgia, serif` (default: the page's font). Set the size with `font-size` on the element.
 * @cssprop --gk-color-text - Text colour (default: inherited).
 * @cssprop --gk-color-muted - Secondary text colour.
 * @cssprop --gk-color-accent - Accent: the Start button and the progress bar.
 * @cssprop --gk-color-accent-contrast - Text on the accent colour.
 * @cssprop --gk-color-surface - Background of panels and buttons.
 * @cssprop --gk-color-border - Borders.
 * @cssprop --gk-color-danger - Warnings.
 * @cssprop --gk-radius - Corner radius.
 * @cssprop --gk-space - Base spacing unit.
 */
export class StretchTimer extends GkElement {
  static override styles = [themeStyles, buttonStyles, illustrationStyles, timerStyles];
  static override get properties(): PropertyDeclarations {
    return {
      stretch: { reflect: true, converter: textAttribute('') },
      label: {},
      hold: {},
      reps: {},
      rest: {},
      leadIn: { attribute: 'lead-in' },
      sides: {},
      sound: { type: Boolean },
      voice: { type: Boolean },
      vibrate: { type: Boolean },
      noIllustration: { type: Boolean, attribute: 'no-illustration' },
      allowSleep: { type: Boolean, attribute: 'allow-sleep' },
      config: { state: true, attribute: false },
      phaseIndex: { state: true, attribute: false },
      announcement: { state: true, attribute: false },
      displayMs: { state: true, attribute: false },
    };
  }

  /** Id of a stretch from the content: `pigeon-pose`, `figure-four`, `chair-figure-four`, `seated-forward-bend` or `knee-to-opposite-shoulder`. Sets the name, default hold, sides and steps. */
  stretch = '';

  /** Visible name, overriding the stretch's own name. */
  declare label?: string;

  /** Seconds per hold, 5–300. Default: the stretch's hold, else 30. */
  declare hold?: number | string;

  /** Rounds, 1–20. Default 3. */
  declare reps?: number | string;

  /** Seconds of rest between holds and sides, 0–120. Default 10. */
  declare rest?: number | string;

  /** Seconds to get into position before the first hold, 0–30. Default 5. */
  declare leadIn?: number | string;

  /** `both` (each side in turn) or `one`. Default: from the stretch. */
  declare sides?: 'both' | 'one';

  /** Play a short tone at each phase change (Web Audio; no file is loaded). */
  sound = false;

  /** Speak each phase change, only with a voice that runs on the device. */
  voice = false;

  /** Vibrate at each phase change where the device supports it. */
  vibrate = false;

  /** Hide the drawing of the stretch. */
  noIllustration = false;

  /** Let the screen sleep while the timer runs (by default it is kept awake where supported). */
  allowSleep = false;

  declare private config: TimerConfig;
  private phaseIndex = -1;
  private announcement = '';
  private displayMs = 0;

  private clock = new SessionClock([]);
  private tickId: number | null = null;
  private startedWallMs = 0;
  private announcedLeft = -1;
  private wakeLock = new ScreenWakeLock();

  /** Current phase: `ready`, `lead-in`, `hold`, `rest` or `done`. */
  get phase(): TimerPhase {
    if (this.phaseIndex < 0) return 'ready';
    return this.clock.phases[this.phaseIndex]?.kind ?? 'done';
  }

  /** Whether time is running. */
  get running(): boolean {
    return this.clock.running;
  }

  /** Current round, 1-based. */
  get rep(): number {
    if (this.phaseIndex >= this.clock.phases.length) return this.resolved.reps;
    return this.clock.phases[Math.max(0, this.phaseIndex)]?.rep ?? 1;
  }

  /** Current side, or `null` for stretches done on one side only. */
  get side(): Side | null {
    return this.clock.phases[Math.max(0, this.phaseIndex)]?.side ?? null;
  }

  /** Milliseconds left in the current phase. */
  get remaining(): number {
    return this.phaseIndex < 0 ? this.clock.phases[0]?.durationMs ?? 0 : this.clock.remainingMs;
  }

  /** Milliseconds left in the whole session. */
  get totalRemaining(): number {
    return this.clock.totalRemainingMs;
  }

  /** Starts from the beginning (a no-op while a session is under way). Call from a user gesture to allow sound. */
  start(): void {
    if (this.sound) unlockAudio();
    if (this.phaseIndex >= 0 && this.phase !== 'done') {
      if (!this.running) this.resume();
      return;
    }
    this.config = this.resolve(); // settings changed just before start() have not been rendered yet
    this.rebuild();
    this.clock.start();
    this.startedWallMs = timeSource.now();
    emit(this, 'stretch-start');
    this.sync();
    this.afterRunChange();
  }

  /** Pauses; the time left is kept. */
  pause(): void {
    if (!this.running) return;
    this.sync();
    this.clock.pause();
    this.announce(this.t.announce.paused);
    emit(this, 'stretch-pause');
    this.afterRunChange();
  }

  /** Resumes after `pause()`. */
  resume(): void {
    if (this.running || this.phaseIndex < 0 || this.phase === 'done') return;
    if (this.sound) unlockAudio();
    this.clock.start();
    this.announce(this.t.announce.resumed);
    emit(this, 'stretch-resume');
    this.afterRunChange();
  }

  /** Start, pause or resume, whichever fits. */
  toggle(): void {
    if (this.running) this.pause();
    else if (this.phaseIndex >= 0 && this.phase !== 'done') this.resume();
    else this.start();
  }

  /** Stops and goes back to the start (a no-op before the first start). */
  reset(): void {
    if (this.phaseIndex < 0) return; // nothing to reset: still at the start
    this.rebuild();
    this.announcement = '';
    stopSpeaking();
    emit(this, 'stretch-reset');
    this.afterRunChange();
  }

  /** Moves keyboard focus to the main button (Start, Pause, Resume or Again). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('button.primary')?.focus(options);
  }

  /** Jumps to the next phase. */
  skip(): void {
    if (this.phaseIndex < 0 || this.phase === 'done') return;
    this.clock.skip();
    this.sync();
    this.afterRunChange();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    // Removed from the page while running: stop, so nothing keeps ticking. Re-adding shows it paused.
    if (this.running) this.clock.pause();
    this.unschedule();
    this.wakeLock.release();
    stopSpeaking();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const keys = ['stretch', 'label', 'hold', 'reps', 'rest', 'leadIn', 'sides', 'locale'];
    if (!this.config || keys.some((k) => (changed as Map<PropertyKey, unknown>).has(k))) {
      this.config = this.resolve();
      // A session under way keeps its plan; the new settings apply from the next start.
      if (this.phaseIndex < 0 || this.phase === 'done') this.rebuild();
    }
    if (changed.has('allowSleep') && this.running) this.afterRunChange();
  }

  /** The timer's strings in the reader's language. */
  private get t(): TimerText {
    return this.localized('timer', timerText);
  }

  private get resolved(): TimerConfig {
    return this.config ?? (this.config = this.resolve());
  }

  private resolve(): TimerConfig {
    const id = text(this, 'stretch', this.stretch)?.toLowerCase();
    const stretch = joinStretches(this.localized('stretches', stretches)).find((s) => s.id === id);
    if (id && !stretch) {
      warnOnce(this, `stretch=${id}`,
        `stretch="${id.slice(0, 40)}" is not a known stretch; valid ids are ${stretchIds.join(', ')}. Showing a generic "${this.t.genericName}".`);
    }
    return {
      stretch,
      name: text(this, 'label', this.label) ?? stretch?.name ?? this.t.genericName,
      hold: numberInRange(this, 'hold', this.hold, { ...timerLimits.hold, fallback: stretch?.hold ?? 30 }),
      reps: numberInRange(this, 'reps', this.reps, { ...timerLimits.reps, fallback: 3 }),
      rest: numberInRange(this, 'rest', this.rest, { ...timerLimits.rest, fallback: 10 }),
      leadIn: numberInRange(this, 'lead-in', this.leadIn, { ...timerLimits.leadIn, fallback: 5 }),
      sides: oneOf(this, 'sides', this.sides, ['both', 'one'] as const, stretch?.sides ?? 'both'),
    };
  }

  /** A fresh session from the current settings, back at "ready". */
  private rebuild(): void {
    this.clock = new SessionClock(buildPlan(this.resolved));
    this.phaseIndex = -1;
    this.displayMs = this.remaining;
  }

  /** Brings the display and events up to date with the clock, firing each missed phase once, in order. */
  private sync(): void {
    const target = this.clock.index;
    const from = this.phaseIndex;
    for (let i = from + 1; i <= target; i++) this.enterPhase(i, i === target);
    this.phaseIndex = Math.max(from, target);
    this.displayMs = this.remaining;
    const phase = this.clock.phases[this.phaseIndex];
    if (phase?.kind === 'hold' && this.running) this.countdownCues(phase);
    if (target >= this.clock.phases.length && from < target) this.finish();
  }

  private enterPhase(index: number, isCurrent: boolean): void {
    const phase = this.clock.phases[index];
    if (!phase) return;
    emit(this, 'stretch-phase', { phase: phase.kind, rep: phase.rep, side: phase.side } satisfies StretchPhaseDetail);
    if (!isCurrent) return;
    this.announcedLeft = -1;
    const message = this.phaseMessage(phase, index);
    this.announce(message);
    if (this.voice) speak(message, this.locale);
    if (this.sound) playTone('phase');
    if (this.vibrate) vibrate(200);
  }

  private phaseMessage(phase: Phase, index: number): string {
    const t = this.t.announce;
    const duration = plural(this.t.seconds, phase.durationMs / 1000, this.locale);
    const side = phase.side ? this.t.sides[phase.side] : '';
    const values = { side, rep: phase.rep, reps: this.resolved.reps, duration, next: this.nextLabel(index), name: this.resolved.name };
    if (phase.kind === 'lead-in') return fill(t.leadIn, values, this.locale);
    if (phase.kind === 'rest') return fill(t.rest, values, this.locale);
    return fill(phase.side ? t.holdSide : t.hold, values, this.locale);
  }

  /** Before the start: "Hold 30 seconds, 3 rounds, each side", so the lead-in time is not mistaken for the hold. */
  private plan(): string {
    const { hold, reps, sides } = this.resolved;
    const values = { duration: plural(this.t.seconds, hold, this.locale), rounds: plural(this.t.rounds, reps, this.locale) };
    return fill(sides === 'both' ? this.t.planBoth : this.t.planOne, values, this.locale);
  }

  /** "Right side, round 2 of 3" for the hold that phase `index` leads into. */
  private nextLabel(index: number): string {
    const next = this.clock.phases.slice(index).find((p) => p.kind === 'hold');
    if (!next) return '';
    const values = { side: next.side ? this.t.sides[next.side] : '', rep: next.rep, reps: this.resolved.reps };
    return fill(next.side ? this.t.nextSide : this.t.round, values, this.locale);
  }

  /** "10 seconds left" once per hold, and count-in tones for the last three seconds. */
  private countdownCues(phase: Phase): void {
    const secondsLeft = Math.ceil(this.clock.remainingMs / 1000);
    if (secondsLeft === this.announcedLeft) return;
    this.announcedLeft = secondsLeft;
    if (secondsLeft === 10 && phase.durationMs >= 15_000) {
      this.announce(fill(this.t.announce.left, { duration: plural(this.t.seconds, 10, this.locale) }, this.locale));
    }
    if (this.sound && secondsLeft >= 1 && secondsLeft <= 3) playTone('count');
  }

  private finish(): void {
    this.clock.pause();
    const { stretch, name, reps, hold, sides } = this.resolved;
    this.announce(this.t.announce.done);
    if (this.voice) speak(this.t.announce.done, this.locale);
    if (this.sound) playTone('end');
    if (this.vibrate) vibrate([200, 100, 200]);
    emit(this, 'stretch-phase', { phase: 'done', rep: reps, side: null } satisfies StretchPhaseDetail);
    emit(this, 'stretch-complete', {
      stretch: stretch?.id ?? name,
      reps,
      hold,
      sides,
      elapsedMs: Math.round(timeSource.now() - this.startedWallMs),
    } satisfies StretchCompleteDetail);
    this.afterRunChange();
  }

  private announce(message: string): void {
    this.announcement = message;
  }

  /** Shows the new running state, schedules the next tick, and holds or releases the wake lock to match. */
  private afterRunChange(): void {
    this.requestUpdate(); // `running` lives in the clock, not in a reactive property
    this.schedule();
    if (this.running && !this.allowSleep && document.visibilityState !== 'hidden') void this.wakeLock.acquire();
    else this.wakeLock.release();
  }

  /** One timeout at a time, only while running and visible, at the next second boundary or phase end. */
  private schedule(): void {
    this.unschedule();
    if (!this.running || !this.isConnected || document.visibilityState === 'hidden') return;
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
    this.schedule();
  };

  private onVisibility = (): void => {
    if (document.visibilityState === 'visible') this.sync();
    this.afterRunChange();
  };

  protected override render() {
    const { name, stretch, reps } = this.resolved;
    const t = this.t;
    const phase = this.phase;
    const current = this.clock.phases[this.phaseIndex];
    const sideText = current?.side ? t.sides[current.side] : this.phase === 'ready' && this.clock.phases[0]?.side ? t.sides[this.clock.phases[0].side] : '';
    const button = phase === 'done'
      ? { label: t.again, action: () => this.start() }
      : this.running
        ? { label: t.pause, action: () => this.pause() }
        : phase === 'ready'
          ? { label: t.start, action: () => this.start() }
          : { label: t.resume, action: () => this.resume() };
    return html`
      <div class="gk" part="base" data-phase=${phase}><div class="layout">
        ${stretch && !this.noIllustration
          ? html`<div class="illustration" part="illustration">${illustrationFor(stretch.id, stretch.illustrationAlt)}</div>`
          : nothing}
        <div class="display" part="display">
          <p class="name" part="name">${name}</p>
          <p class="meta">
            ${sideText ? html`<span class="side">${sideText}</span>` : nothing}
            <span class="round">${fill(t.round, { rep: this.rep, reps }, this.locale)}</span>
          </p>
          <p class="phase" part="phase">${t.phases[phase]}</p>
          <p class="next">${phase === 'rest' ? fill(t.upNext, { next: this.nextLabel(this.phaseIndex) }, this.locale) : phase === 'ready' ? this.plan() : ''}</p>
          <div class="readout">
            ${phase === 'done'
              ? html`<p class="done">${fill(t.doneMessage, { name }, this.locale)}</p>`
              : html`<p class="time" part="time" role="timer" aria-label=${t.timeLabel}>${clockFace(this.displayMs)}</p>`}
          </div>
          <div class="progress" part="progress" aria-hidden="true">
            <div class="fill"></div>
          </div>
        </div>
        <div class="controls" part="controls" role="group" aria-label=${t.controlsLabel}>
          <button class="primary" part="button" @click=${button.action}>${button.label}</button>
          <button part="button" aria-label=${t.skipLabel} aria-disabled=${phase === "ready" || phase === "done" ? "true" : "false"} @click=${() => this.skip()}>${t.skip}</button>
          <button part="button" aria-disabled=${phase === "ready" ? "true" : "false"} @click=${() => this.reset()}>${t.reset}</button>
        </div>
        ${this.renderCautions(stretch)}
        ${stretch ? this.renderSteps(stretch) : nothing}
        <p class="visually-hidden" role="status">${this.announcement}</p>
      </div></div>
    `;
  }

  /** Progress through the phase, 0–1. */
  private get fraction(): number {
    if (this.phase === 'done') return 1;
    const duration = this.clock.phases[this.phaseIndex]?.durationMs;
    return duration ? Math.min(1, Math.max(0, 1 - this.displayMs / duration)) : 0;
  }

  /**
   * The bar: while running it is a CSS animation timed from the clock's own
   * deadline (restarted only when the phase or the running state changes), so
   * it moves smoothly with no script per frame; otherwise it shows the
   * fraction. Set through the CSS object model: a `style` attribute would break
   * a strict Content-Security-Policy.
   */
  protected override updated(): void {
    const bar = this.renderRoot.querySelector<HTMLElement>('.fill');
    if (!bar) return;
    bar.style.setProperty('--fraction', String(this.fraction));
    const key = `${this.phaseIndex}|${this.running}`;
    if (key === this.barKey) return;
    this.barKey = key;
    const duration = this.clock.phases[this.phaseIndex]?.durationMs;
    if (this.running && duration) {
      bar.style.setProperty('animation-name', this.sweeps % 2 ? 'gk-fill-a' : 'gk-fill-b');
      bar.style.setProperty('animation-duration', `${duration}ms`);
      bar.style.setProperty('animation-delay', `${-(duration - this.clock.remainingMs)}ms`);
      this.sweeps++;
    } else {
      bar.style.setProperty('animation-name', 'none');
    }
  }

  private barKey = '';
  private sweeps = 0;

  /** Shown before and after Start, so they never move the timer when it starts; every stretch gets the nerve line. */
  private renderCautions(stretch: Stretch | undefined) {
    const cautions = cautionsFor(stretch ?? {}, this.localized('safety', safety));
    return html`
      <div class="cautions" part="cautions">
        <p class="cautions-heading" id="cautions-heading">${this.t.cautionsHeading}</p>
        <ul aria-labelledby="cautions-heading">${cautions.map((c) => html`<li>${c}</li>`)}</ul>
      </div>
    `;
  }

  private renderSteps(stretch: Stretch) {
    return html`
      <details part="steps">
        <summary>${this.t.stepsSummary}</summary>
        <ol>${stretch.steps.map((step) => html`<li>${step}</li>`)}</ol>
      </details>
    `;
  }
}

export type { StretchId };
