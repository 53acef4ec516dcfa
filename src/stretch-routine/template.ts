/**
 * The routine's markup: heading, the clinic's note, the safety line, progress, the list of exercises with their doses
 * and a "Start here" button each, and every exercise's timer stacked in one place (only the current one shown), so
 * the routine keeps one height from the first exercise to the last and nothing on the page moves.
 */
// role="list" stays on lists styled with list-style: none: Safari (VoiceOver) drops their list semantics otherwise.
/* eslint-disable lit-a11y/no-redundant-role */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { RoutineText, SafetyText, StretchId, TimerText } from '../../content/types.js';
import { heading } from '../core/heading.js';
import { fill, plural } from '../core/text.js';
import { illustrationFor } from '../illustrations/index.js';
import { workWord } from '../stretch-timer/messages.js';
import type { StretchCompleteDetail, StretchPhaseDetail } from '../stretch-timer/events.js';
import { handoutTemplate } from './handout.js';
import type { PlanEntry, Step } from './plan.js';
import type { QrMatrix } from './share-panel.js';
// The class of the tag used below (no side effect: the routine's static define() registers it), for the template checker.
import '../stretch-timer/stretch-timer.js';

/** What the routine shows, worked out by the element. */
export interface RoutineView {
  t: RoutineText;
  timer: TimerText;
  lang: string;
  heading: string | undefined;
  level: number;
  /** The safety line with the "Get help now" words and the emergency number filled in. */
  safety: string;
  entries: readonly PlanEntry[];
  steps: readonly Step[];
  /** The drawing's text alternative of a built-in exercise. */
  altOf: (id: StretchId) => string;
  index: number;
  started: boolean;
  complete: boolean;
  inRest: boolean;
  totalMs: number;
  restBetween: number;
  theme: string;
  /** `sound`, `voice`, `vibrate`, `allow-sleep` and any other timer attributes the routine passes on. */
  timerFlags: { sound: boolean; voice: boolean; vibrate: boolean; allowSleep: boolean; cues: string };
  announcement: string;
  editor: TemplateResult | typeof nothing;
  /** "Send to phone" (`share`). */
  share: TemplateResult | typeof nothing;
  /** For the handout: the clinic's note as text, the shared cautions, and the link and its QR code (made when Print handout or Send to phone is used). */
  note: string;
  shared: SafetyText;
  link: { url: string; qr: QrMatrix | null };
  on: {
    start(index: number): void;
    phase(index: number, detail: StretchPhaseDetail): void;
    complete(index: number, detail: StretchCompleteDetail): void;
    reset(index: number): void;
    startHere(index: number): void;
    startAgain(): void;
  };
}

/** "Hold 45 seconds, 2 times on each side". */
export function doseText(v: Pick<RoutineView, 't' | 'timer' | 'lang'>, step: Step): string {
  const values = {
    phase: workWord(v.timer, step.exercise),
    duration: plural(v.timer.seconds, step.hold, v.lang),
    times: plural(v.t.times, step.reps, v.lang),
  };
  return fill(step.sides === 'both' ? v.t.doseBoth : v.t.doseOne, values, v.lang);
}

function listItems(v: RoutineView): TemplateResult[] {
  let run = 0;
  return v.entries.map((entry) => {
    if ('unknown' in entry) return html`<li class="unknown"><span class="item-name">${fill(v.t.unknown, { id: entry.unknown }, v.lang)}</span></li>`;
    const i = run++;
    const step = v.steps[i];
    const name = step.exercise?.name ?? '';
    const drawing = step.exercise?.drawing;
    const state = v.complete || (v.started && i < v.index) ? 'done' : '';
    return html`<li aria-current=${i === v.index && v.started && !v.complete ? 'step' : 'false'} class=${state}>
      <span class="thumb">${drawing ? illustrationFor(drawing.id, v.altOf(drawing.id)) : nothing}</span>
      <span class="item-text"><span class="item-name">${name}</span><span class="dose">${doseText(v, step)}</span></span>
      <button class="start-here" part="button start-here" aria-label=${fill(v.t.startHereLabel, { name }, v.lang)}
        @click=${() => v.on.startHere(i)}>${v.t.startHere}</button>
    </li>`;
  });
}

export function routineTemplate(v: RoutineView): TemplateResult {
  const { t, lang } = v;
  const count = v.steps.length;
  const current = v.steps[v.index];
  const next = !v.started ? fill(t.total, { minutes: plural(t.minutes, Math.max(1, Math.round(v.totalMs / 60000)), lang) }, lang)
    : v.inRest && current ? fill(t.upNext, { name: current.exercise?.name ?? '' }, lang) : '';
  return html`
    <div class="gk" part="base">
      ${v.heading ? heading(v.level, v.heading, 'heading') : nothing}
      <div class="note" part="note"><slot name="note"></slot></div>
      <p class="safety" part="safety">${v.safety}</p>
      <p class="progress" part="progress">${fill(t.progress, { index: v.index + 1, count }, lang)}</p>
      <p class="next" part="next">${next}</p>
      <ol class="list" part="list" role="list" aria-label=${t.listLabel}>${listItems(v)}</ol>
      <div class="stage" part="stage">
        ${repeat(v.steps, (_, i) => i, (step, i) => {
          const shown = i === v.index && !v.complete;
          const item = step.item;
          return html`<stretch-timer part="timer" class=${shown ? 'current' : 'waiting'} ?inert=${!shown}
            stretch=${'stretch' in item ? item.stretch : ''} .exercise=${'exercise' in item ? item.exercise : undefined}
            .hold=${step.hold} .reps=${step.reps} .rest=${step.rest} .sides=${step.sides}
            .leadIn=${i === 0 ? undefined : v.restBetween} theme=${v.theme}
            ?sound=${v.timerFlags.sound} ?voice=${v.timerFlags.voice} ?vibrate=${v.timerFlags.vibrate} ?allow-sleep=${v.timerFlags.allowSleep}
            cues=${v.timerFlags.cues} .upNext=${i > 0 && v.restBetween > 0 ? step.exercise?.name : undefined}
            @stretch-start=${() => v.on.start(i)}
            @stretch-phase=${(e: CustomEvent<StretchPhaseDetail>) => v.on.phase(i, e.detail)}
            @stretch-complete=${(e: CustomEvent<StretchCompleteDetail>) => v.on.complete(i, e.detail)}
            @stretch-reset=${() => v.on.reset(i)}></stretch-timer>`;
        })}
        <div class="complete ${v.complete ? 'current' : 'waiting'}" ?inert=${!v.complete}>
          <p>${t.complete}</p>
          <button class="primary" part="button" @click=${() => v.on.startAgain()}>${t.startAgain}</button>
        </div>
      </div>
      ${v.share}
      ${v.editor}
      <p class="visually-hidden" role="status">${v.announcement}</p>
      ${handoutTemplate({ t: t.handout, qrLabel: t.share.qr, lang, level: v.level, heading: v.heading, note: v.note, safety: v.safety,
        steps: v.steps, dose: (step) => doseText(v, step), shared: v.shared, ...v.link })}
    </div>
  `;
}
