import { css } from 'lit';
import { buttonStyles } from '../core/button.styles.js';
import { themeStyles } from '../core/theme.styles.js';
import { illustrationStyles } from '../illustrations/index.js';

export const timerStyles = css`
  .gk {
    border: 1px solid var(--_border);
    padding: calc(var(--_space) * 0.75);
    text-align: center;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
  }
  p {
    margin: 0;
  }
  /* The drawing shows at every width: above the time in a narrow timer, beside it from 520 px. */
  .illustration {
    color: var(--_text);
    --gk-illustration-size: 12em;
  }
  @container (min-width: 520px) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.2fr);
      align-items: center;
    }
    .illustration {
      --gk-illustration-size: 16em;
    }
    .controls,
    .tools,
    .cautions,
    details {
      grid-column: 1 / -1;
    }
  }
  /* A set line height (not the page's \`normal\`, whose line box differs with bold text and from font to font), so each
     line of the display keeps its height whatever it says. */
  .display {
    display: grid;
    gap: 0.25em;
    justify-items: center;
    line-height: 1.4;
  }
  .name {
    font-weight: 700;
    font-size: 1.15em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0 0.75em;
    color: var(--_muted);
  }
  .side {
    font-weight: 700;
    color: var(--_text);
  }
  .phase {
    font-size: 1.25em;
    font-weight: 700;
    text-transform: none;
  }
  [data-phase='hold'] .phase {
    color: var(--_accent);
  }
  /* The plan / "Up next" line (up to two lines on a phone or in Spanish) and the readout keep their height in every
     phase, so nothing moves at Start or between phases. */
  .next {
    color: var(--_muted);
    min-block-size: 3em;
    min-block-size: 2lh;
  }
  /* The time and, at the end, the message in one cell: as tall as the digits, so nothing moves when it finishes. */
  .readout {
    display: grid;
    place-items: center;
  }
  .readout > * {
    grid-area: 1 / 1;
  }
  /* "Starts with 5 seconds to get into position" under the hold time before Start; after Start the text stays in
     the layout, hidden, so the line keeps its exact height. */
  .lead-in {
    color: var(--_muted);
  }
  .lead-in[data-gone] {
    visibility: hidden;
  }
  .notice {
    color: var(--_muted);
    font-style: italic;
  }
  .notice span {
    display: block;
  }
  .time {
    font-size: var(--gk-timer-size, 3.5em);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0;
  }
  /* Two lines of it fit in the readout's height, so the timer does not grow when it finishes. */
  .done {
    font-size: 1.25em;
    line-height: 1.3;
  }
  .progress {
    inline-size: 100%;
    block-size: 0.5em;
    border-radius: 999px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    overflow: hidden;
  }
  .fill {
    block-size: 100%;
    background: var(--_accent);
    transform-origin: left center;
    transform: scaleX(var(--fraction, 0));
    animation-timing-function: linear;
    animation-fill-mode: both;
  }
  /* Two identical animations: switching name restarts the sweep in step with the clock. */
  @keyframes gk-fill-a {
    from { transform: scaleX(0); }
    to { transform: scaleX(1); }
  }
  @keyframes gk-fill-b {
    from { transform: scaleX(0); }
    to { transform: scaleX(1); }
  }
  /* Paused: the bar is striped and its fill dimmed (the phase line says "Paused"). */
  [data-paused] .progress {
    background: repeating-linear-gradient(
      -45deg, var(--_surface) 0 0.35em, color-mix(in srgb, currentColor 22%, transparent) 0.35em 0.7em);
  }
  [data-paused] .fill {
    opacity: 0.45;
  }
  [data-paused] .phase {
    color: var(--_muted);
  }
  :host(:dir(rtl)) .fill {
    transform-origin: right center;
  }
  @media (prefers-reduced-motion: reduce) {
    .fill {
      animation: none !important;
    }
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    justify-content: center;
  }
  .controls .primary {
    flex: 1 1 100%;
    font-size: 1.15em;
  }
  .controls button:not(.primary) {
    flex: 1 1 0;
  }
  button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  @container (min-width: 420px) {
    .controls .primary {
      flex: 2 1 0;
    }
  }
  /* The reader's toggles: smaller than the timer's own buttons, still 44 px tall. */
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    justify-content: center;
    font-size: 0.9em;
  }
  .tools button[aria-pressed='true'] {
    background: color-mix(in srgb, var(--_accent-fill) 18%, transparent);
    border-color: var(--_accent);
    font-weight: 700;
  }
  details {
    text-align: start;
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.5em;
  }
  /* Always shown: an edge in the warning colour marks them apart from the steps. */
  .cautions {
    text-align: start;
    border-inline-start: 0.25em solid var(--_danger);
    padding-inline-start: 0.6em;
  }
  .cautions ul {
    margin-block-end: 0;
  }
  summary {
    cursor: pointer;
    font-weight: 700;
    padding-block: 0.7em;
  }
  ol,
  ul {
    margin: 0.25em 0 0.5em;
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-block-start: 0.25em;
  }
  .cautions-heading {
    font-weight: 700;
  }
  /* Forced colours (Windows High Contrast): the bar's fill would be painted like its track; keep it visible. */
  @media (forced-colors: active) {
    .progress {
      border: 1px solid CanvasText;
    }
    .fill {
      forced-color-adjust: none;
      background: Highlight;
    }
  }
  @media print {
    .controls,
    .tools,
    .progress {
      display: none;
    }
    /* The steps print even when "How to do it" is closed (where the browser can open it from CSS). */
    details::details-content {
      content-visibility: visible;
      display: contents;
    }
  }
  /* Full screen (the Fullscreen API, or the fixed overlay where there is none): big digits, the phase's colour as a
     thick edge, the drawing. An opaque background in every theme: the page is not behind it. */
  .gk:fullscreen,
  .gk.overlay {
    --gk-timer-size: var(--gk-full-screen-timer-size, min(22cqi, 30vh));
    --gk-illustration-size: min(30em, 36vh);
    box-sizing: border-box;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    overflow: auto;
    border-radius: 0;
    border: 0.6em solid var(--_border);
    padding: calc(var(--_space) * 1.25);
    font-size: 1.15em;
  }
  .gk.overlay {
    position: fixed;
    inset: 0;
    z-index: 2147483647;
  }
  :host(:not([theme='light']):not([theme='dark'])) .gk:fullscreen,
  :host(:not([theme='light']):not([theme='dark'])) .gk.overlay {
    color-scheme: light dark;
    background: Canvas;
    color: CanvasText;
  }
  .gk:fullscreen[data-phase='hold'],
  .gk.overlay[data-phase='hold'] {
    border-color: var(--_accent);
  }
  .gk:fullscreen[data-phase='hold'] .time,
  .gk.overlay[data-phase='hold'] .time {
    color: var(--_accent);
  }
  .gk:fullscreen[data-phase='lead-in'],
  .gk.overlay[data-phase='lead-in'] {
    border-color: var(--_muted);
  }
  .gk:fullscreen[data-paused],
  .gk.overlay[data-paused] {
    border-style: dashed;
  }
  .gk:fullscreen .illustration,
  .gk.overlay .illustration {
    display: block;
  }
  .gk:fullscreen .progress,
  .gk.overlay .progress {
    block-size: 1em;
  }
`;

/** Every style sheet of the timer, in order: the shared theme and buttons, the drawings, the timer's own. */
export const timerStyleSheets = [themeStyles, buttonStyles, illustrationStyles, timerStyles];
