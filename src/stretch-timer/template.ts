import { html, nothing, type TemplateResult } from 'lit';
import type { Stretch, TimerText } from '../../content/types.js';
import { clockFace, fill } from '../core/text.js';
import { illustrationFor } from '../illustrations/index.js';
import type { TimerPhase } from './events.js';

/** Everything the timer shows, worked out by the element. */
export interface TimerView {
  t: TimerText;
  lang: string;
  phase: TimerPhase;
  name: string;
  /** The stretch whose drawing is shown, if any. */
  stretch: Stretch | undefined;
  steps: readonly string[];
  side: string;
  round: string;
  /** "Up next: …" while resting, the plan before Start. */
  next: string;
  remainingMs: number;
  running: boolean;
  /** What the buttons do. */
  actions: { start(): void; pause(): void; resume(): void; skip(): void; reset(): void };
  cautions: readonly string[];
  /** The live region's text. */
  message: string;
}

/** The timer's markup: drawing, display, buttons, the cautions (always shown, so nothing moves at Start), the steps. */
export function timerTemplate(v: TimerView): TemplateResult {
  const { t, phase, actions } = v;
  const [label, press] = phase === 'done' ? [t.again, () => actions.start()]
    : v.running ? [t.pause, () => actions.pause()]
      : phase === 'ready' ? [t.start, () => actions.start()]
        : [t.resume, () => actions.resume()];
  return html`
    <div class="gk" part="base" data-phase=${phase}><div class="layout">
      ${v.stretch ? html`<div class="illustration" part="illustration">${illustrationFor(v.stretch.id, v.stretch.illustrationAlt)}</div>` : nothing}
      <div class="display" part="display">
        <p class="name" part="name">${v.name}</p>
        <p class="meta">
          ${v.side ? html`<span class="side">${v.side}</span>` : nothing}
          <span class="round">${v.round}</span>
        </p>
        <p class="phase" part="phase">${t.phases[phase]}</p>
        <p class="next">${v.next}</p>
        <div class="readout">
          ${phase === 'done'
            ? html`<p class="done">${fill(t.doneMessage, { name: v.name }, v.lang)}</p>`
            : html`<p class="time" part="time" role="timer" aria-label=${t.timeLabel}>${clockFace(v.remainingMs)}</p>`}
        </div>
        <div class="progress" part="progress" aria-hidden="true">
          <div class="fill"></div>
        </div>
      </div>
      <div class="controls" part="controls" role="group" aria-label=${t.controlsLabel}>
        <button class="primary" part="button" @click=${press}>${label}</button>
        <button part="button" aria-label=${t.skipLabel} aria-disabled=${phase === 'ready' || phase === 'done' ? 'true' : 'false'} @click=${() => actions.skip()}>${t.skip}</button>
        <button part="button" aria-disabled=${phase === 'ready' ? 'true' : 'false'} @click=${() => actions.reset()}>${t.reset}</button>
      </div>
      <div class="cautions" part="cautions">
        <p class="cautions-heading" id="cautions-heading">${t.cautionsHeading}</p>
        <ul aria-labelledby="cautions-heading">${v.cautions.map((c) => html`<li>${c}</li>`)}</ul>
      </div>
      ${v.steps.length ? html`
        <details part="steps">
          <summary>${t.stepsSummary}</summary>
          <ol>${v.steps.map((step) => html`<li>${step}</li>`)}</ol>
        </details>` : nothing}
      <p class="visually-hidden" role="status">${v.message}</p>
    </div></div>
  `;
}
