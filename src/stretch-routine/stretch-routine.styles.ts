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
  /* Numbers inside the items: as outside markers they sat in the gap, touching the previous name (WebKit). */
  .list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin: 0;
    padding: 0;
    list-style-position: inside;
    color: var(--_muted);
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
