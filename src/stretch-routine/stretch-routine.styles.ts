import { css } from 'lit';

export const routineStyles = css`
  .gk {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  p,
  h1, h2, h3, h4, h5, h6 {
    margin: 0;
  }
  [part~='heading'] {
    font-size: 1.35em;
  }
  .note:not(:has(::slotted(*))) {
    display: none;
  }
  .safety {
    border-inline-start: 0.25em solid var(--_danger);
    padding-inline-start: 0.6em;
  }
  .progress {
    font-weight: 700;
    font-size: 1.1em;
  }
  /* The total before Start, "Up next" between exercises: one or two lines kept at all times, so nothing moves. */
  .next {
    color: var(--_accent);
    font-weight: 700;
    min-block-size: 3em;
    min-block-size: 2lh;
  }
  .list {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: gk-item;
  }
  /* A set line height: the current exercise's name turns bold, and a bold line box under \`normal\` can differ. */
  .list li {
    line-height: 1.4;
    display: grid;
    grid-template-columns: auto 4.5em minmax(0, 1fr) auto;
    align-items: center;
    gap: 0.25em 0.6em;
    color: var(--_muted);
  }
  .list li:not(.unknown) {
    counter-increment: gk-item;
  }
  .list li::before {
    content: counter(gk-item) '.';
    min-inline-size: 1.5em;
    font-variant-numeric: tabular-nums;
  }
  .list .unknown::before {
    content: '–';
  }
  .list .unknown {
    grid-template-columns: auto minmax(0, 1fr);
    font-style: italic;
  }
  .item-text {
    display: grid;
  }
  .item-name {
    color: var(--_text);
  }
  .list [aria-current='step'] .item-name {
    font-weight: 700;
  }
  .list .done .item-name {
    text-decoration: line-through;
  }
  .dose {
    font-size: 0.9em;
  }
  .thumb {
    color: var(--_text);
    --gk-illustration-size: 4.5em;
  }
  .start-here {
    font-size: 0.85em;
    padding-inline: 0.6em;
  }
  /* Narrow: the button goes under the name. */
  @container (max-width: 420px) {
    .list li {
      grid-template-columns: auto 4.5em minmax(0, 1fr);
    }
    .start-here {
      grid-column: 3;
      justify-self: start;
    }
  }
  /* Every exercise's timer in the same cell: the cell is as tall as the tallest, and only the current one shows. */
  .stage {
    display: grid;
  }
  .stage > * {
    grid-area: 1 / 1;
  }
  .stage > .waiting {
    visibility: hidden;
  }
  .complete {
    display: grid;
    gap: 0.75em;
    align-content: center;
    justify-items: center;
    text-align: center;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 1.15em;
  }
  .editor {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
  }
  .editor-heading {
    font-weight: 700;
  }
  .editor ol {
    list-style: none;
    padding: 0;
    margin: 0.5em 0;
    display: grid;
    gap: 0.5em;
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
  }
  legend {
    font-weight: 700;
  }
  input,
  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: 0.3em;
    padding: 0.3em 0.4em;
    min-block-size: 2.75em;
  }
  input[type='number'] {
    inline-size: 5em;
  }
  .edit-buttons {
    display: flex;
    gap: 0.4em;
    margin-inline-start: auto;
  }
  .add {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  @media print {
    .start-here,
    .editor,
    .stage {
      display: none;
    }
  }
`;
