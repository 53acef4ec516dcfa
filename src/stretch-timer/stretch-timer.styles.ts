import { css } from 'lit';

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
    .cautions,
    details {
      grid-column: 1 / -1;
    }
  }
  .display {
    display: grid;
    gap: 0.25em;
    justify-items: center;
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
  .readout {
    display: grid;
    place-items: center;
    min-block-size: calc(var(--gk-timer-size, 3.5em) * 1.1);
  }
  .time {
    font-size: var(--gk-timer-size, 3.5em);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0;
  }
  .done {
    font-size: 1.25em;
    padding-block: 0.5em;
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
    .progress {
      display: none;
    }
    /* The steps print even when "How to do it" is closed (where the browser can open it from CSS). */
    details::details-content {
      content-visibility: visible;
      display: contents;
    }
  }
`;
