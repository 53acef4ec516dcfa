import { html, nothing, type TemplateResult } from 'lit';
import type { SafetyText } from '../../content/types.js';
import { cautionsFor } from '../core/cautions.js';
import { clockFace, fill } from '../core/text.js';
import { illustrationFor } from '../illustrations/index.js';
import type { TimerPhase } from './events.js';
import { leadInText, nextLabel, planText, type MessageContext } from './messages.js';
import type { TimerSettings } from './settings.js';

/** Everything the timer shows, as the element knows it. */
export interface TimerView extends MessageContext {
  settings: TimerSettings;
  phase: TimerPhase;
  /** The phase in view: -1 before Start. */
  index: number;
  rep: number;
  remainingMs: number;
  running: boolean;
  showDrawing: boolean;
  /** The cautions shared by every exercise, in the reader's language. */
  shared: SafetyText;
  /** What the buttons do. */
  actions: { start(): void; pause(): void; resume(): void; skip(): void; reset(): void };
  /** The live region's text. */
  message: string;
  /** The reader's "Mute" toggle (shown when the site turned a cue on) and the cues that cannot work on this device. */
  reader: { offered: boolean; muted: boolean; toggle(): void; unavailable: ReadonlySet<'voice' | 'sound' | 'vibrate'> };
  /** The "Full screen" toggle. */
  full: { mode: 'api' | 'overlay' | null; toggle(): void };
}

/** The big number: the hold time before Start (hidden from screen readers: the plan line says it), else the time left. */
function readout(v: TimerView): TemplateResult {
  const { t, lang, phase, name } = { ...v, name: v.settings.name };
  // The digits stay in the layout when done (hidden), under the message: the readout keeps its height to the pixel.
  if (phase === 'done') {
    return html`<p class="time" part="time" aria-hidden="true" style="visibility: hidden">0:00</p><p class="done">${fill(t.doneMessage, { name }, lang)}</p>`;
  }
  if (phase === 'ready') {
    return html`<p class="time" part="time" aria-hidden="true">${clockFace(v.settings.hold * 1000)}</p>`;
  }
  return html`<p class="time" part="time" role="timer" aria-label=${t.timeLabel}>${clockFace(v.remainingMs)}</p>`;
}

/** The reader's toggles: Mute (when the site turned on sound, voice or vibration) and Full screen. */
function tools({ t, reader, full }: TimerView): TemplateResult {
  return html`<div class="tools">
    ${reader.offered ? html`<button part="button mute" class="mute" aria-pressed=${reader.muted ? 'true' : 'false'}
      @click=${() => reader.toggle()}>${t.mute}</button>` : nothing}
    <button part="button full-screen" class="full-toggle" aria-pressed=${full.mode ? 'true' : 'false'}
      @click=${() => full.toggle()}>${t.fullScreen}</button>
  </div>`;
}

/** The timer's markup: drawing, display, buttons, the cautions (always shown, so nothing moves at Start), the steps. */
export function timerTemplate(v: TimerView): TemplateResult {
  const { t, lang, phase, actions, settings: { name, exercise } } = v;
  const [label, press] = phase === 'done' ? [t.again, () => actions.start()]
    : v.running ? [t.pause, () => actions.pause()]
      : phase === 'ready' ? [t.start, () => actions.start()]
        : [t.resume, () => actions.resume()];
  const shown = v.phases[Math.max(0, v.index)];
  const side = phase !== 'done' && shown?.side ? t.sides[shown.side] : '';
  const next = phase === 'rest' ? fill(t.upNext, { next: nextLabel(v, v.index) }, lang) : phase === 'ready' ? planText(v) : '';
  const drawing = v.showDrawing ? exercise?.drawing : undefined;
  const steps = exercise?.steps ?? [];
  const cautions = cautionsFor(exercise ?? {}, v.shared);
  // Paused: the display says so (the `phase` property keeps the phase).
  const paused = phase !== 'ready' && phase !== 'done' && !v.running;
  const notices = [...v.reader.unavailable].map((kind) => html`<span>${t.unavailable[kind]}</span> `);
  return html`
    <div class="frame"><div class=${v.full.mode === 'overlay' ? 'gk overlay' : 'gk'} part="base" data-phase=${phase}
      ?data-paused=${paused}><div class="layout">
      ${drawing ? html`<div class="illustration" part="illustration">${illustrationFor(drawing.id, drawing.alt, { moving: v.running })}</div>` : nothing}
      <div class="display" part="display">
        <p class="name" part="name">${name}</p>
        ${notices.length ? html`<p class="notice" part="notice">${notices}</p>` : nothing}
        <p class="meta">
          ${side ? html`<span class="side">${side}</span>` : nothing}
          <span class="round">${fill(t.round, { rep: v.rep, reps: v.settings.reps }, lang)}</span>
        </p>
        <p class="phase" part="phase">${paused ? t.paused : phase === 'hold' ? v.work : t.phases[phase]}</p>
        <p class="next">${next}</p>
        <div class="readout">${readout(v)}</div>
        <p class="lead-in" ?data-gone=${phase !== 'ready'}>${leadInText(v)}</p>
        <div class="progress" part="progress" aria-hidden="true">
          <div class="fill"></div>
        </div>
      </div>
      <div class="controls" part="controls" role="group" aria-label=${t.controlsLabel}>
        <button class="primary" part="button" @click=${press}>${label}</button>
        <button part="button" aria-label=${t.skipLabel} aria-disabled=${phase === 'ready' || phase === 'done' ? 'true' : 'false'} @click=${() => actions.skip()}>${t.skip}</button>
        <button part="button" aria-disabled=${phase === 'ready' ? 'true' : 'false'} @click=${() => actions.reset()}>${t.reset}</button>
      </div>
      ${tools(v)}
      <div class="cautions" part="cautions">
        <p class="cautions-heading" id="cautions-heading">${t.cautionsHeading}</p>
        <ul aria-labelledby="cautions-heading">${cautions.map((c) => html`<li>${c}</li>`)}</ul>
      </div>
      ${steps.length ? html`
        <details part="steps">
          <summary>${t.stepsSummary}</summary>
          <ol>${steps.map((step) => html`<li>${step}</li>`)}</ol>
        </details>` : nothing}
      <p class="visually-hidden" role="status">${v.message}</p>
    </div></div></div>
  `;
}
