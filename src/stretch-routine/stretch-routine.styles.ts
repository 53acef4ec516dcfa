import { css } from 'lit';

export const routineStyles = css`
  .gk {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  p {
    margin: 0;
  }
  .progress {
    font-weight: 700;
    font-size: 1.1em;
  }
  .next {
    color: var(--_accent);
    font-weight: 700;
  }
  /* One row per exercise: its number, a small drawing and its name. */
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: 0.25em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: gk-item;
    color: var(--_muted);
  }
  .list li {
    display: flex;
    align-items: center;
    gap: 0.5em;
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
  .thumb {
    flex: none;
    inline-size: 4.5em;
    color: var(--_text);
    --gk-illustration-size: 4.5em;
  }
  .list [aria-current='step'] {
    color: var(--_text);
    font-weight: 700;
  }
  .list .done {
    text-decoration: line-through;
  }
  .list .unknown {
    font-style: italic;
  }
  .complete {
    display: grid;
    gap: 0.75em;
    justify-items: center;
    text-align: center;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 1.15em;
  }
`;
