import type { PropertyDeclarations } from 'lit';
import { safety } from '../../content/en/safety.js';
import { stretches } from '../../content/en/stretches.js';
import { timerText } from '../../content/en/ui.js';
import { joinStretches } from '../../content/join.js';
import type { StretchId, TimerText } from '../../content/types.js';
import { textAttribute } from '../core/attributes.js';
import { GkElement } from '../core/base.js';
import { defineElement } from '../core/define.js';
import { buildPlan, timeSource, type Side } from '../core/clock.js';
import { emit } from '../core/events.js';
import { WakeLockController } from '../core/wake-lock-controller.js';
import { CueController, type CueName } from './cue-controller.js';
import type { CustomExercise } from './exercise.js';
import { FullscreenController } from './fullscreen-controller.js';
import { cuedPhaseMessage, tenSecondsLeft, workWord, type MessageContext } from './messages.js';
import { ProgressController } from './progress-controller.js';
import { ReaderControlsController } from './reader-controls-controller.js';
import { SessionController } from './session-controller.js';
import { SettingsController } from './settings-controller.js';
import { resolveTimerSettings, type TimerSettings } from './settings.js';
import { timerStyleSheets } from './stretch-timer.styles.js';
import { timerTemplate } from './template.js';
import type { StretchCompleteDetail, StretchPhaseDetail, TimerPhase } from './events.js';

export type { CueName, CustomExercise, StretchCompleteDetail, StretchPhaseDetail, TimerPhase };

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
 * @fires {CustomEvent<StretchCompleteDetail>} stretch-complete - Every round is done: `detail: {stretch, name, reps, hold, sides, elapsedMs}`; `stretch` is the built-in id (`null` for a site's own `exercise` or a generic timer), `name` the name shown; `elapsedMs` is the time since Start, pauses included.
 *
 * @csspart base - The outer wrapper (the container for container queries).
 * @csspart display - The name, side, round, phase and time.
 * @csspart illustration - The drawing of the exercise: above the time in a narrow timer, beside it from 520 px of width; its motion plays only while the timer runs (never with reduced motion). Hidden with `no-illustration`.
 * @csspart name - The stretch name.
 * @csspart notice - The line under the name saying that a cue the site turned on cannot work on this device ("Voice is not available on this device"); only there when one cannot.
 * @csspart phase - The phase name (Ready; Get into position; Hold, Roll or Lift and hold, by kind of exercise; Rest; Done; Paused while paused).
 * @csspart time - The big `m:ss` time: the hold time before Start (with "Starts with 5 seconds to get into position" under it), then the time left in the phase.
 * @csspart progress - The bar showing progress through the phase (striped and dimmed while paused).
 * @csspart controls - The row of buttons.
 * @csspart mute - The "Mute" toggle (`aria-pressed`): mutes the sound, voice and vibration of every glute-knots element on the page until reload.
 * @csspart full-screen - The "Full screen" toggle (`aria-pressed`): the timer over the whole screen (Fullscreen API, else a fixed overlay); Escape or the toggle leaves it.
 * @csspart button - Every button.
 * @csspart cautions - The safety cautions, always shown under the buttons (the shared "stop if…" and hip-replacement lines first). Hide them with `display: none` only where the same cautions sit beside the timer.
 * @csspart steps - The "How to do it" disclosure with the steps.
 *
 * @cssprop [--gk-timer-size=3.5em] - Size of the time digits.
 * @cssprop [--gk-illustration-size=16em] - Largest width of the drawing.
 * @cssprop [--gk-full-screen-timer-size=min(22cqi, 30vh)] - Size of the time digits in full screen.
 */
export class StretchTimer extends GkElement {
  static override styles = timerStyleSheets;
  /**
   * Registers the element as `tag` (default `stretch-timer`) in `registry` (default `customElements`); never throws. Importing `glute-knots/stretch-timer.js` calls this; `glute-knots/stretch-timer.class.js` only exports the class, for a page that needs another tag.
   */
  static override define(tag = 'stretch-timer', registry?: CustomElementRegistry): void {
    defineElement(this, tag, registry);
  }

  static override get properties(): PropertyDeclarations {
    return {
      stretch: { reflect: true, converter: textAttribute('') },
      exercise: { attribute: false },
      label: {},
      hold: {},
      reps: {},
      rest: {},
      leadIn: { attribute: 'lead-in' },
      sides: {},
      sound: { type: Boolean },
      voice: { type: Boolean },
      vibrate: { type: Boolean },
      cues: {},
      upNext: { attribute: false },
      noIllustration: { type: Boolean, attribute: 'no-illustration' },
      allowSleep: { type: Boolean, attribute: 'allow-sleep' },
      autostart: { type: Boolean },
    };
  }

  /**
   * Id of a built-in exercise (typed as their union, `StretchId`). Stretches: `pigeon-pose`, `figure-four`,
   * `chair-figure-four`, `seated-forward-bend`, `knee-to-opposite-shoulder`, `standing-figure-four`,
   * `supine-piriformis`, `childs-pose`; self-massage (release): `foam-roller-release`, `massage-ball-release`; strength:
   * `glute-bridge`, `clamshell`, `side-lying-leg-raise`. Sets the name, the phase words, the default hold, rounds, rest
   * and sides, the steps, the cautions and the drawing.
   */
  stretch: StretchId | '' = '';

  /**
   * A site's own exercise, as a property only: `{ name, steps, cautions?, hold?, reps?, sides?, kind?, drawing? }`
   * (`drawing`: a built-in id whose drawing to show). Shown as text, never as markup; bad fields warn and take their
   * defaults. Wins over `stretch` (with a warning) when both are set.
   */
  declare exercise?: CustomExercise;

  /** Visible name, overriding the stretch's own name. */
  declare label?: string;

  /** Seconds per hold, 5–300. @default the stretch's own hold (30 for every stretch), else 30 */
  declare hold?: number | string;

  /** Rounds, 1–20. @default 3 */
  declare reps?: number | string;

  /** Seconds of rest between holds and sides, 0–120. @default 10 */
  declare rest?: number | string;

  /** Seconds to get into position before the first hold, 0–30. @default 5 */
  declare leadIn?: number | string;

  /** `both` (each side in turn) or `one`. @default the stretch's own */
  declare sides?: 'both' | 'one';

  /** Play a short tone at each phase change (Web Audio; no file is loaded). */
  sound = false;

  /** Speak each phase change, only with a voice that runs on the device. */
  voice = false;

  /** Vibrate at each phase change where the device supports it. */
  vibrate = false;

  /**
   * Extra cues, separated by spaces or commas: `switch` ("Switch sides" where the side changes), `halfway`, `last-ten`
   * ("10 seconds left", which the live region always says in holds of 15 s or more, then also spoken and sounded),
   * `next` (in a routine, the rest before an exercise names it). Spoken with `voice`, sounded with `sound`.
   */
  declare cues?: string;

  /** Set by `<stretch-routine>`: the name of this exercise when its lead-in is the rest before it (for the `next` cue). */
  declare upNext?: string;

  /** Hide the drawing of the stretch. */
  noIllustration = false;

  /** Let the screen sleep while the timer runs (by default it is kept awake where supported). */
  allowSleep = false;

  /** Start as soon as the timer is first on the page (as `<stretch-routine>` does for each stretch after the first). Browsers allow sound only after the reader has pressed something on the page. */
  autostart = false;

  private startedWallMs = 0;
  private readonly settings = new SettingsController(this,
    () => [this.stretch, this.exercise, this.label, this.hold, this.reps, this.rest, this.leadIn, this.sides, this.locale, this.packs],
    () => resolveTimerSettings(this, this, joinStretches(this.localized('stretches', stretches)), this.t.genericName),
    (settings) => (!this.session.started || this.session.done) && this.session.load(buildPlan(settings)));

  private readonly session = new SessionController(this, {
    enter: (index, current) => this.enterPhase(index, current),
    second: (phase, remainingMs) => this.announcer.second(phase, remainingMs, () => ({ tenLeft: tenSecondsLeft(this.t, this.locale), halfway: this.t.announce.halfway })),
    finish: () => this.finish(),
  });

  private readonly output = () => ({ sound: this.sound, voice: this.voice, vibrate: this.vibrate, lang: this.locale });
  private readonly announcer = new CueController(this, () => ({ ...this.output(), cues: this.cues }));
  private readonly reader = new ReaderControlsController(this, this.output);
  private readonly full = new FullscreenController(this);

  constructor() {
    super();
    // Controllers kept only for their lifecycle: the screen stays awake while running; the bar follows the phase.
    new WakeLockController(this, () => this.session.running && !this.allowSleep);
    new ProgressController(this, this.session);
  }

  /** Current phase: `ready`, `lead-in`, `hold`, `rest` or `done`. */
  get phase(): TimerPhase { return this.session.started ? this.session.phases[this.session.index]?.kind ?? 'done' : 'ready'; }

  /** Whether time is running. */
  get running(): boolean { return this.session.running; }

  /** Current round, 1-based. */
  get rep(): number { return this.session.done ? this.settings.value.reps : this.session.phases[Math.max(0, this.session.index)]?.rep ?? 1; }

  /** Current side, or `null` for stretches done on one side only. */
  get side(): Side | null { return this.session.phases[Math.max(0, this.session.index)]?.side ?? null; }

  /** Milliseconds left in the current phase. */
  get remaining(): number { return this.session.remainingMs; }

  /** Milliseconds left in the whole session. */
  get totalRemaining(): number { return this.session.totalRemainingMs; }

  /** Starts from the beginning (resumes a paused session). Call from a user gesture to allow sound. */
  start(): void {
    this.reader.started();
    if (this.session.started && !this.session.done) {
      this.resume();
      return;
    }
    this.session.load(buildPlan(this.settings.refresh())); // settings changed just before start() are not rendered yet
    this.startedWallMs = timeSource.now();
    emit(this, 'stretch-start');
    this.session.start();
  }

  /** Pauses; the time left is kept. */
  pause(): void {
    if (!this.running) return;
    this.session.pause();
    this.announcer.announce(this.t.announce.paused);
    emit(this, 'stretch-pause');
  }

  /** Resumes after `pause()`. */
  resume(): void {
    if (this.running || !this.session.started || this.session.done) return;
    this.reader.started();
    this.session.resume();
    this.announcer.announce(this.t.announce.resumed);
    emit(this, 'stretch-resume');
  }

  /** Start, pause or resume, whichever fits. */
  toggle(): void {
    if (this.running) this.pause();
    else if (this.session.started && !this.session.done) this.resume();
    else this.start();
  }

  /** Stops and goes back to the start (a no-op before the first start). */
  reset(): void {
    if (!this.session.started) return;
    this.session.load(buildPlan(this.settings.value));
    this.announcer.clear();
    this.reader.reset();
    emit(this, 'stretch-reset');
  }

  /** Jumps to the next phase. */
  skip(): void {
    if (!this.session.started || this.session.done) return;
    this.session.skip();
  }

  /** Moves keyboard focus to the main button (Start, Pause, Resume or Again). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('button.primary')?.focus(options);
  }

  protected override firstUpdated(): void {
    if (this.autostart) this.start();
  }

  /** The timer's strings in the reader's language. */
  private get t(): TimerText {
    return this.localized('timer', timerText);
  }

  private get messages(): MessageContext & { settings: TimerSettings } {
    const [t, settings] = [this.t, this.settings.value];
    return { t, lang: this.locale, phases: this.session.phases, settings, work: workWord(t, settings.exercise) };
  }

  private enterPhase(index: number, current: boolean): void {
    const phase = this.session.phases[index];
    emit(this, 'stretch-phase', { phase: phase.kind, rep: phase.rep, side: phase.side } satisfies StretchPhaseDetail);
    if (current) this.announcer.phase(cuedPhaseMessage(this.messages, index, this.announcer.active, this.upNext));
  }

  private finish(): void {
    const { exercise, name, reps, hold, sides } = this.settings.value;
    this.announcer.done(this.t.announce.done);
    emit(this, 'stretch-phase', { phase: 'done', rep: reps, side: null } satisfies StretchPhaseDetail);
    const elapsedMs = Math.round(timeSource.now() - this.startedWallMs);
    emit(this, 'stretch-complete', { stretch: exercise?.id ?? null, name, reps, hold, sides, elapsedMs } satisfies StretchCompleteDetail);
  }

  protected override render() {
    return timerTemplate({
      ...this.messages,
      phase: this.phase,
      index: this.session.index,
      rep: this.rep,
      remainingMs: this.session.remainingMs,
      running: this.running,
      showDrawing: !this.noIllustration,
      shared: this.localized('safety', safety),
      actions: this,
      message: this.announcer.message,
      reader: this.reader,
      full: this.full,
    });
  }
}
