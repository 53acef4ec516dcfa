import { css } from 'lit';

export const mapStyles = css`
  .gk {
    position: relative;
    --_pain: var(--gk-color-pain, var(--_danger));
  }
  .layout {
    display: grid;
    gap: var(--_space);
    align-items: start;
  }
  p,
  dl,
  dd,
  figure,
  ul {
    margin: 0;
  }
  .figure {
    display: grid;
    gap: 0.5em;
    justify-items: center;
    min-inline-size: 0;
  }
  .map {
    display: block;
    inline-size: 100%;
    max-inline-size: var(--gk-map-size, 26em);
    block-size: auto;
    overflow: visible;
  }
  .skin-fill {
    fill: var(--_surface);
    stroke: none;
  }
  .skin {
    stroke: var(--_muted);
  }
  .bone,
  .ghost {
    stroke: var(--_border);
  }
  .ghost,
  .lead {
    stroke-width: 1;
  }
  .lead {
    stroke: var(--_muted);
  }
  .map text {
    fill: currentColor;
    stroke: none;
    font-size: 10px;
  }
  .muscle {
    fill: color-mix(in srgb, currentColor 16%, transparent);
    stroke: var(--_muted);
  }
  .deep {
    fill: color-mix(in srgb, currentColor 8%, transparent);
    stroke-dasharray: 4 3;
  }
  .pick {
    cursor: pointer;
    outline: none;
  }
  .pick:hover .muscle {
    fill: color-mix(in srgb, var(--_accent) 25%, transparent);
  }
  [aria-checked='true'] .muscle {
    fill: color-mix(in srgb, var(--_accent) 55%, transparent);
    stroke: var(--_accent);
    stroke-width: 2.5;
  }
  [aria-checked='true'] text {
    font-weight: 700;
  }
  /* The text colour: currentColor, as in the auto theme var(--_text) is 'inherit', which a stroke takes from its parent. */
  .pick:focus-visible .muscle {
    stroke: currentColor;
    stroke-width: 3.5;
  }
  .pick:focus-visible text {
    text-decoration: underline;
  }
  .nerve {
    stroke: currentColor;
    stroke-width: 3;
  }
  .nerve,
  .zone,
  .zone-arrow {
    pointer-events: none;
  }
  .zone,
  .zone-arrow {
    stroke: var(--_pain);
    stroke-width: 2;
  }
  .zone {
    fill: color-mix(in srgb, var(--_pain) 30%, transparent);
    stroke-dasharray: 0 4;
  }
  .legend {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.25em 1em;
    font-size: 0.9em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .legend svg {
    inline-size: 2em;
    flex: none;
    overflow: visible;
  }
  figcaption {
    color: var(--_muted);
    font-size: 0.9em;
    text-align: center;
  }
  .panel {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: calc(var(--_space) * 0.75);
    min-inline-size: 0;
  }
  .name {
    font-weight: 700;
    font-size: 1.15em;
  }
  dl {
    display: grid;
    gap: 0.15em;
    margin-block: 0.5em;
  }
  dt {
    font-weight: 700;
    margin-block-start: 0.35em;
  }
  .sources {
    color: var(--_muted);
    font-size: 0.9em;
  }
  /* Underlined in the muted text colour: the accent mixed with half-transparent text falls below 4.5:1 on dark pages. */
  .sources a {
    color: inherit;
  }
  .prompt {
    color: var(--_muted);
  }
  .list {
    padding: 0;
    list-style: none;
  }
  .list .src-links {
    display: none;
  }
  /* Wide: the picture and the panel side by side; the text version only for assistive technology. */
  @container (min-width: 320px) {
    .list {
      position: absolute !important;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  @container (min-width: 560px) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }
  /* Narrow: the list is what people see, with its source links; no picture. */
  @container (max-width: 319.98px) {
    .layout {
      display: none;
    }
    .list {
      display: grid;
      gap: var(--_space);
    }
    .list li {
      border-block-start: 1px solid var(--_border);
      padding-block-start: 0.5em;
    }
    .list .src-links {
      display: inline;
    }
    .list .src-text {
      display: none;
    }
  }
  @media (forced-colors: active) {
    [aria-checked='true'] .muscle {
      fill: Highlight;
      stroke: CanvasText;
    }
    .pick:focus-visible .muscle {
      stroke: CanvasText;
      stroke-width: 4;
    }
  }
`;
