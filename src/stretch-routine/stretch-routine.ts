import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { stretches } from '../../content/en/stretches.js';
import { routineText } from '../../content/en/ui.js';
import type { RoutineText, StretchId } from '../../content/types.js';
import { numberInRange, tokenList, warnOnce } from '../core/attributes.js';
import { GkElement } from '../core/base.js';
import { defineElement } from '../core/define.js';
import { emit } from '../core/events.js';
import { timeSource } from '../core/clock.js';
import { fill } from '../core/text.js';
import { buttonStyles } from '../core/button.styles.js';
import { themeStyles } from '../core/theme.styles.js';
import { cueNames } from '../stretch-timer/cue-controller.js';
import { timerLimits } from '../stretch-timer/exercise.js';
import { StretchTimer, type StretchPhaseDetail } from '../stretch-timer/stretch-timer.js';
import { defaultPlan, parseStretches, type PlanEntry } from './plan.js';
import { routineStyles } from './stretch-routine.styles.js';

export interface RoutineStepDetail {
  index: number;
  stretch: StretchId;
}

export interface RoutineCompleteDetail {
  stretches: StretchId[];
  elapsedMs: number;
}

/**
 * Several stretches in a row, one `<stretch-timer>` at a time: each stretch's
 * holds and rests, then a rest (the next stretch's "get into position" time)
 * before the next. Timing is the timer's own clock; the routine only moves on
 * when a timer completes, and renders a new timer, started, for the next stretch.
 *
 * @customElement stretch-routine
 * @summary A guided series of stretches with rests between.
 *
 * @fires {CustomEvent} routine-start - The routine started from its first stretch.
 * @fires {CustomEvent<RoutineStepDetail>} routine-step - A stretch began: `detail: {index, stretch}` (0-based index).
 * @fires {CustomEvent<RoutineCompleteDetail>} routine-complete - Every stretch is done: `detail: {stretches, elapsedMs}`.
 *
 * @csspart base - The outer wrapper.
 * @csspart progress - The "Exercise 2 of 3" line.
 * @csspart list - The list of stretches in the routine.
 * @csspart timer - The `<stretch-timer>` for the current stretch (style its own parts with `stretch-routine::part(timer)` and CSS properties).
 * @csspart button - The "Start the routine again" button.
 *
 * @cssprop --gk-timer-size - Size of the timer's digits.
 */
export class StretchRoutine extends GkElement {
  static override styles = [themeStyles, buttonStyles, routineStyles];
  /**
   * Registers the element as `tag` (default `stretch-routine`) in `registry` (default `customElements`); never throws. It also registers the elements it uses inside, under their default tags. Importing `glute-knots/stretch-routine.js` calls this; `glute-knots/stretch-routine.class.js` only exports the class, for a page that needs another tag.
   */
  static override define(tag = 'stretch-routine', registry?: CustomElementRegistry): void {
    StretchTimer.define(undefined, registry); // the tags this element uses inside
    defineElement(this, tag, registry);
  }

  static override get properties(): PropertyDeclarations {
    return {
      stretches: {},
      hold: {},
      reps: {},
      rest: {},
      restBetween: { attribute: 'rest-between' },
      sound: { type: Boolean },
      voice: { type: Boolean },
      vibrate: { type: Boolean },
      cues: {},
      allowSleep: { type: Boolean, attribute: 'allow-sleep' },
      entries: { state: true, attribute: false },
      index: { state: true, attribute: false },
      complete: { state: true, attribute: false },
      inRest: { state: true, attribute: false },
      announcement: { state: true, attribute: false },
    };
  }

  /**
   * Comma-separated exercise ids (the ids of `<stretch-timer stretch>`), in order. An unknown id is listed as
   * "Unknown exercise", skipped when the routine runs, with a console warning naming it.
   * @default 'figure-four,pigeon-pose,seated-forward-bend'
   */
  stretches: string = defaultPlan.join(',');

  /**
   * Seconds per hold for every stretch, 5–300.
   * @default each stretch's own hold
   */
  declare hold?: number | string;

  /**
   * Rounds of each stretch, 1–20.
   * @default 3
   */
  declare reps?: number | string;

  /**
   * Seconds of rest between holds and sides, 0–120.
   * @default 10
   */
  declare rest?: number | string;

  /**
   * Seconds of rest between stretches (to get into the next position), 0–30.
   * @default 15
   */
  declare restBetween?: number | string;

  /** Tone at each phase change (see `<stretch-timer sound>`). */
  sound = false;

  /** Spoken cues with an on-device voice (see `<stretch-timer voice>`). */
  voice = false;

  /** Vibrate at each phase change where supported. */
  vibrate = false;

  /**
   * Extra cues for every timer (see `<stretch-timer cues>`): `switch`, `halfway`, `last-ten`, `next`, separated by
   * spaces or commas. With `next`, the rest before each exercise after the first names it ("Up next: Pigeon pose").
   */
  declare cues?: string;

  /** Let the screen sleep while running (by default it is kept awake where supported). */
  allowSleep = false;

  private entries: PlanEntry[] = defaultPlan.map((id) => ({ id }));
  /** The exercises that run, in order: the known entries. */
  private ids: StretchId[] = [...defaultPlan];
  private index = 0;
  private complete = false;
  private inRest = false;
  private announcement = '';
  private startedAt: number | null = null;
  /** Set by "Start the routine again": the first stretch's timer then starts by itself too. */
  private restarted = false;

  private get t(): RoutineText {
    return this.localized('routine', routineText);
  }

  private nameOf(id: StretchId): string {
    return this.localized('stretches', stretches)[id as StretchId]?.name ?? id;
  }

  private get restBetweenSeconds(): number {
    return numberInRange(this, 'rest-between', this.restBetween, { ...timerLimits.leadIn, fallback: 15 });
  }

  /** `hold`, `reps` and `rest` for every timer, checked here so that a warning names this element; unset ones stay unset. */
  private get timerSettings(): { hold?: number; reps?: number; rest?: number } {
    return {
      hold: numberInRange(this, 'hold', this.hold, timerLimits.hold),
      reps: numberInRange(this, 'reps', this.reps, timerLimits.reps),
      rest: numberInRange(this, 'rest', this.rest, timerLimits.rest),
    };
  }

  /** Index (0-based) of the current stretch. */
  get current(): number {
    return this.index;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('stretches')) {
      const entries = parseStretches(this, this.stretches);
      const ids = entries.flatMap((e) => ('id' in e ? [e.id] : []));
      if (!ids.length) {
        warnOnce(this, 'stretches:empty', `no known exercise ids in stretches; using ${defaultPlan.join(', ')}.`);
      }
      this.entries = ids.length ? entries : [...entries, ...defaultPlan.map((id) => ({ id }))];
      this.ids = ids.length ? ids : [...defaultPlan];
      this.index = 0;
      this.complete = false;
    }
  }

  private onStart = (): void => {
    if (this.index === 0 && this.startedAt === null) {
      this.startedAt = timeSource.now();
      emit(this, 'routine-start');
    }
    this.step();
  };

  private onPhase = (event: CustomEvent<StretchPhaseDetail>): void => {
    this.inRest = event.detail.phase === 'lead-in' && this.index > 0;
  };

  private onComplete = (): void => {
    this.next();
  };

  private step(): void {
    const stretch = this.ids[this.index];
    emit(this, 'routine-step', { index: this.index, stretch } satisfies RoutineStepDetail);
    // The timer's own "get into position" announcement names the stretch; announcing here too would talk over it.
    // Only a stretch that starts with no lead-in (rest-between="0") is announced by the routine.
    const startsWithLeadIn = this.index === 0 || this.restBetweenSeconds > 0;
    this.announcement = !startsWithLeadIn
      ? fill(this.t.announceStep, { index: this.index + 1, count: this.ids.length, name: this.nameOf(stretch) }, this.locale)
      : '';
  }

  /** The next stretch (its timer starts by itself), or the end of the routine. */
  private next(): void {
    if (this.index + 1 >= this.ids.length) {
      // The timer (and its focused Pause button) is about to be replaced: keep keyboard focus in the routine.
      const hadFocus = this.matches(':focus-within');
      this.complete = true;
      this.inRest = false;
      this.announcement = this.t.complete;
      const detail: RoutineCompleteDetail = {
        stretches: [...this.ids],
        elapsedMs: Math.round(timeSource.now() - (this.startedAt ?? timeSource.now())),
      };
      // After the last stretch's own stretch-complete has reached the page, not in the middle of it.
      queueMicrotask(() => emit(this, 'routine-complete', detail));
      this.startedAt = null;
      if (hadFocus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('button')?.focus());
      return;
    }
    this.index++;
  }

  /** Goes back to the first stretch, stopped. */
  restart(): void {
    this.index = 0;
    this.complete = false;
    this.inRest = false;
    this.startedAt = null;
    this.restarted = false;
  }

  /** "Start the routine again": the button goes away, so keyboard focus moves to the new timer's Pause button. */
  private async startAgain(): Promise<void> {
    const hadFocus = this.matches(':focus-within');
    this.restart();
    this.restarted = true;
    await this.updateComplete;
    if (!hadFocus) return;
    const timer = this.renderRoot.querySelector<StretchTimer>('stretch-timer');
    await timer?.updateComplete;
    timer?.focus();
  }

  /** Every entry, the current one marked; an unknown one says so and stays out of the count. */
  private listItems() {
    let run = 0;
    return this.entries.map((entry) => {
      if (!('id' in entry)) return html`<li class="unknown">${fill(this.t.unknown, { id: entry.unknown }, this.locale)}</li>`;
      const i = run++;
      return html`<li aria-current=${i === this.index && !this.complete ? 'step' : 'false'}
        class=${i < this.index || this.complete ? 'done' : ''}>${this.nameOf(entry.id)}</li>`;
    });
  }

  protected override render() {
    const t = this.t;
    const count = this.ids.length;
    const id = this.ids[this.index];
    const restBetween = this.restBetweenSeconds;
    const { hold, reps, rest } = this.timerSettings;
    const cues = [...tokenList(this, 'cues', this.cues, cueNames)].join(' ');
    return html`
      <div class="gk" part="base">
        <p class="progress" part="progress">${fill(t.progress, { index: this.index + 1, count }, this.locale)}</p>
        ${this.inRest ? html`<p class="next">${fill(t.upNext, { name: this.nameOf(id) }, this.locale)}</p>` : nothing}
        <ol class="list" part="list" aria-label=${t.listLabel}>
          ${this.listItems()}
        </ol>
        ${this.complete
          ? html`<div class="complete"><p>${t.complete}</p>
              <button class="primary" part="button" @click=${this.startAgain}>${t.startAgain}</button></div>`
          : keyed(this.index, html`<stretch-timer part="timer"
              stretch=${id} theme=${this.checkedTheme} .hold=${hold} .reps=${reps} .rest=${rest}
              .leadIn=${this.index === 0 ? undefined : restBetween} ?autostart=${this.index > 0 || this.restarted}
              ?sound=${this.sound} ?voice=${this.voice} ?vibrate=${this.vibrate} ?allow-sleep=${this.allowSleep}
              cues=${cues} .upNext=${this.index > 0 && restBetween > 0 ? this.nameOf(id) : undefined}
              @stretch-start=${this.onStart} @stretch-phase=${this.onPhase} @stretch-complete=${this.onComplete}></stretch-timer>`)}
        <p class="visually-hidden" role="status">${this.announcement}</p>
      </div>
    `;
  }
}
