import { nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { emergencyNumber, helpBox } from '../../content/en/help.js';
import { safety as sharedSafety } from '../../content/en/safety.js';
import { stretches } from '../../content/en/stretches.js';
import { routineText, timerText } from '../../content/en/ui.js';
import { joinStretches } from '../../content/join.js';
import type { RoutineText, Stretch } from '../../content/types.js';
import { numberInRange, text, textAttribute, tokenList, warnOnce } from '../core/attributes.js';
import { GkElement } from '../core/base.js';
import { buttonStyles } from '../core/button.styles.js';
import { defineElement } from '../core/define.js';
import { emit } from '../core/events.js';
import { fill } from '../core/text.js';
import { themeStyles } from '../core/theme.styles.js';
import { illustrationStyles } from '../illustrations/index.js';
import { cueNames } from '../stretch-timer/cue-controller.js';
import { builtInById, checkExercise, timerLimits } from '../stretch-timer/exercise.js';
import { StretchTimer } from '../stretch-timer/stretch-timer.js';
import { editorTemplate, type RoutineEditDetail } from './editor.js';
import {
  checkPlan, defaultPlan, formatStretches, itemsOf, parseStretches, resolveSteps, totalMs,
  type PlanEntry, type PlanItem, type ResolvedItem, type Step,
} from './plan.js';
import { handoutStyles } from './handout.js';
import { routineStyles } from './stretch-routine.styles.js';
import { RoutineSessionController } from './session-controller.js';
import { ShareController } from './share-controller.js';
import { shareStyles } from './share.styles.js';
import { shareLink } from './share.js';
import { routineTemplate } from './template.js';

export type { RoutineCompleteDetail, RoutineStepDetail } from './session-controller.js';
export type { RoutineShareDetail } from './share-controller.js';
export type { PlanItem, ResolvedItem, RoutineEditDetail };

/**
 * A home-exercise routine: several exercises in a row, each with its own dose, one `<stretch-timer>` at a time, with
 * a rest (the next exercise's "get into position" time) between them. Before Start it shows the total time and each
 * exercise's dose in words; any exercise can be started directly. Every exercise's timer is laid out in the same
 * place, so the routine keeps one height throughout and the page never jumps. Timing is the timer's own clock.
 *
 * @customElement stretch-routine
 * @summary A prescribed series of exercises, each with its own dose, with rests between.
 *
 * @slot note - The clinic's note, shown above the routine, e.g. `<p slot="note">Once a day, after a warm shower.</p>`. Other content inside the tag is fallback text for pages without JavaScript and is not shown once the element runs.
 *
 * @fires {CustomEvent} routine-start - The routine started (from its first exercise, or one chosen with "Start here").
 * @fires {CustomEvent<RoutineStepDetail>} routine-step - An exercise began: `detail: {index, stretch, name}` (0-based index; `stretch` is `null` for a site's own exercise).
 * @fires {CustomEvent<RoutineCompleteDetail>} routine-complete - Every exercise is done: `detail: {stretches, elapsedMs}`.
 * @fires {CustomEvent<RoutineShareDetail>} routine-share - The "Send to phone" link was made (`share`; the panel opened, or the plan changed while it is open): `detail: {url}`.
 * @fires {CustomEvent<RoutineEditDetail>} routine-edit - The plan was changed in the editor (`editable`): `detail: {plan}`, fired once per committed change, not per keystroke.
 *
 * @csspart base - The outer wrapper.
 * @csspart heading - The `heading`.
 * @csspart note - The wrapper of the `note` slot.
 * @csspart safety - The safety line with the emergency number.
 * @csspart progress - The "Exercise 2 of 3" line.
 * @csspart next - The line under the progress: the routine's total time ("About 10 minutes"), then "Up next".
 * @csspart list - The list of exercises with their doses.
 * @csspart stage - Where the current exercise's timer shows (every timer is stacked there), and "Routine finished".
 * @csspart start-here - Each exercise's "Start here" button (also `button`).
 * @csspart timer - Each exercise's `<stretch-timer>` (style its own parts with `stretch-routine::part(timer)` and CSS properties).
 * @csspart button - Every button of the routine.
 * @csspart editor - The editor (`editable`).
 * @csspart share - "Send to phone" (`share`): the button and its panel.
 * @csspart share-toggle - Its button (also `button`).
 * @csspart share-panel - The panel with the link, the QR code and Copy.
 * @csspart share-link - The field with the link.
 * @csspart qr - The QR code (SVG, black on white in every theme).
 * @csspart print-handout - The "Print handout" button (also `button`): prints the handout alone, with the plan's link and QR code.
 * @csspart handout - The handout: shown only when the page is printed, in place of the routine.
 *
 * @cssprop --gk-timer-size - Size of the timer's digits.
 */
export class StretchRoutine extends GkElement {
  static override styles = [themeStyles, buttonStyles, illustrationStyles, routineStyles, shareStyles, handoutStyles];
  /**
   * Registers the element as `tag` (default `stretch-routine`) in `registry` (default `customElements`); never throws. It also registers the elements it uses inside, under their default tags. Importing `glute-knots/stretch-routine.js` calls this; `glute-knots/stretch-routine.class.js` only exports the class, for a page that needs another tag.
   */
  static override define(tag = 'stretch-routine', registry?: CustomElementRegistry): void {
    StretchTimer.define(undefined, registry); // the tags this element uses inside
    defineElement(this, tag, registry);
  }

  static override get properties(): PropertyDeclarations {
    return {
      stretches: { reflect: true, converter: textAttribute(defaultPlan.join(', ')) },
      heading: {},
      headingLevel: { attribute: 'heading-level' },
      emergencyNumber: { attribute: 'emergency-number' },
      editable: { type: Boolean },
      share: { type: Boolean },
      shareUrl: { attribute: 'share-url' },
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
    };
  }

  /**
   * The exercises, in order, comma-separated: an exercise id (as `<stretch-timer stretch>` takes), then an optional
   * dose: `:hold` in seconds, `xreps` and `:one` or `:both` for sides, e.g.
   * `pigeon-pose:45x2, figure-four:30x3:one, seated-forward-bend`. An item without a dose takes the routine's `hold` and
   * `reps`, else the exercise's own. An unknown id is listed as "Unknown exercise", skipped, with a console warning; a bad
   * dose warns, naming the item and the valid range, and takes the default. Follows `plan` and the editor.
   * @default 'figure-four, pigeon-pose, seated-forward-bend'
   */
  stretches: string = defaultPlan.join(', ');

  /** A heading shown above the routine, e.g. "Your home stretches". */
  declare heading?: string;

  /** Level of the `heading`, 1–6. @default 2 */
  declare headingLevel?: number | string;

  /** The local emergency number, as the guide's `emergency-number`: shown in the safety line. @default "999 in the UK, 911 in the US, 112 in the EU" */
  declare emergencyNumber?: string;

  /** Shows an editor: add, remove and reorder exercises and set each one's seconds, rounds and sides. */
  editable = false;

  /** Shows "Send to phone": a link carrying the plan (built-in exercises and doses, and `lang`) in its fragment (`#gk-plan=1:en/pigeon-pose:45x2`, never sent to a server), its QR code, Copy and, where the browser has it, Share. A routine with `share` on a page opened from such a link shows that plan and language, and no editor. A link's plan may only name built-in exercises with in-range doses (at most 20, in 600 characters); any other link is ignored with a console warning and the page's own plan kept. A site's own exercises are not carried. */
  share = false;

  /** Where the "Send to phone" link goes, e.g. a public page when the physio edits on a staff page. @default this page's address without its fragment */
  declare shareUrl?: string;

  /** Seconds per hold for every exercise without its own, 5–300. @default each exercise's own hold */
  declare hold?: number | string;

  /** Rounds of every exercise without its own, 1–20. @default each exercise's own (3 for most) */
  declare reps?: number | string;

  /** Seconds of rest between holds and sides, 0–120. @default each exercise's own (10 for most) */
  declare rest?: number | string;

  /** Seconds of rest between exercises (to get into the next position), 0–30. @default 15 */
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

  private entries: PlanEntry[] = defaultPlan.map((stretch) => ({ stretch }));
  private steps: Step[] = [];
  private readonly session = new RoutineSessionController(this, { steps: () => this.steps, restBetween: () => this.restBetweenSeconds, t: () => this.t, lang: () => this.locale });
  private readonly sharing = new ShareController(this, {
    link: () => shareLink(text(this, 'share-url', this.shareUrl) ?? location.href, this.locale, this.entries),
    t: () => this.t, lang: () => this.locale, styles: [illustrationStyles, handoutStyles],
  });
  /** The plan came from this page's link: shown without the editor. */
  private fromLink = false;
  /** The `stretches` value this element wrote itself (from `plan` or the editor): not parsed again. */
  private written: string | null = null;

  override connectedCallback(): void {
    const shared = this.share && !this.hasUpdated ? this.sharing.readLink() : null;
    if (shared) [this.fromLink, this.lang, this.entries, this.written] = [true, shared.lang, shared.items, this.stretches = formatStretches(shared.items)];
    super.connectedCallback();
  }

  /**
   * The plan as items: `{ stretch: <built-in id>, hold?, reps?, sides? }` or `{ exercise: <a site's own exercise>,
   * hold?, reps?, sides? }` (the `exercise` of `<stretch-timer>`). Reading it gives every item with its dose filled in.
   * Setting it updates `stretches` (a site's own exercises have no id there, so they appear only in `plan`).
   */
  get plan(): ResolvedItem[] {
    this.resolve();
    return this.steps.map(({ item, hold, reps, sides }) => ({ ...('stretch' in item ? { stretch: item.stretch } : { exercise: item.exercise }), hold, reps, sides }));
  }

  set plan(value: readonly PlanItem[]) {
    this.setEntries(checkPlan(this, value));
  }

  /** Index (0-based) of the current exercise. */
  get current(): number {
    return this.session.index;
  }

  private get t(): RoutineText {
    return this.localized('routine', routineText);
  }

  private get builtIns(): Stretch[] {
    return joinStretches(this.localized('stretches', stretches));
  }

  private get restBetweenSeconds(): number {
    return numberInRange(this, 'rest-between', this.restBetween, { ...timerLimits.leadIn, fallback: 15 });
  }

  /** Sets the list (the default exercises added when it has none known) and, unless it came from `stretches`, writes it there. */
  private setEntries(entries: PlanEntry[], write = true): void {
    const known = itemsOf(entries).length > 0;
    if (!known) warnOnce(this, 'stretches:empty', `no known exercise ids in the plan; using ${defaultPlan.join(', ')}.`);
    this.entries = known ? entries : [...entries, ...defaultPlan.map((stretch) => ({ stretch }))];
    if (write) this.written = this.stretches = formatStretches(this.entries);
    this.session.restart();
  }

  /** Each item's exercise and dose, from the entries and the routine's own settings. */
  private resolve(): void {
    const builtIns = this.builtIns;
    const generic = this.localized('timer', timerText).genericName;
    const exerciseOf = (item: PlanItem) => ('stretch' in item
      ? builtInById(builtIns, item.stretch)
      : checkExercise(this, item.exercise, builtIns, generic));
    this.steps = resolveSteps(itemsOf(this.entries), exerciseOf, {
      hold: numberInRange(this, 'hold', this.hold, timerLimits.hold),
      reps: numberInRange(this, 'reps', this.reps, timerLimits.reps),
      rest: numberInRange(this, 'rest', this.rest, timerLimits.rest),
      restBetween: this.restBetweenSeconds,
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('stretches') && this.stretches !== this.written) {
      this.written = null;
      this.setEntries(parseStretches(this, this.stretches), false);
    }
    this.resolve();
  }

  /** Goes back to the first exercise, stopped. */
  restart(): void {
    this.session.restart();
  }

  /** Starts the routine at exercise `index` (0-based), as its "Start here" button does. */
  startAt(index: number): Promise<void> {
    return this.session.startAt(index);
  }

  private onEdit(entries: PlanEntry[]): void {
    this.setEntries(entries);
    emit(this, 'routine-edit', { plan: this.plan } satisfies RoutineEditDetail);
  }

  protected override render() {
    const t = this.t;
    const words = this.localized('stretches', stretches);
    const help = this.localized('redFlags', { emergencyNumber, box: helpBox });
    const number = text(this, 'emergency-number', this.emergencyNumber) ?? help.emergencyNumber;
    const safety = `${t.safety} ${help.box.title} ${Object.values(help.box.items).join('; ')}. ${fill(help.box.action, { emergencyNumber: number }, this.locale)}`;
    return routineTemplate({
      t, timer: this.localized('timer', timerText), lang: this.locale,
      heading: text(this, 'heading', this.heading),
      level: numberInRange(this, 'heading-level', this.headingLevel, { min: 1, max: 6, fallback: 2 }),
      safety, entries: this.entries, steps: this.steps,
      altOf: (id) => words[id]?.illustrationAlt ?? '',
      index: this.session.index, started: this.session.started, complete: this.session.complete, inRest: this.session.inRest,
      totalMs: totalMs(this.steps, this.restBetweenSeconds),
      restBetween: this.restBetweenSeconds,
      theme: this.checkedTheme,
      timerFlags: {
        sound: this.sound, voice: this.voice, vibrate: this.vibrate, allowSleep: this.allowSleep,
        cues: [...tokenList(this, 'cues', this.cues, cueNames)].join(' '),
      },
      announcement: this.session.announcement,
      share: this.sharing.panel(t, this.share),
      note: [...this.querySelectorAll(':scope > [slot="note"]')].map((n) => n.textContent?.trim()).join(' '),
      shared: this.localized('safety', sharedSafety),
      link: this.sharing.handoutLink(),
      editor: this.editable && !this.fromLink
        ? editorTemplate({ t: t.editor, lang: this.locale, entries: this.entries, steps: this.steps, nameOf: (id) => words[id]?.name ?? id, commit: (e) => this.onEdit(e) })
        : nothing,
      on: {
        start: (i) => this.session.begin(i),
        phase: (i, detail) => this.session.phase(i, detail),
        complete: (i) => void this.session.completed(i),
        reset: () => this.session.restart(),
        startHere: (i) => void this.session.startAt(i),
        startAgain: () => void this.session.startAt(0),
      },
    });
  }
}
