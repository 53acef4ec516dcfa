import { css } from 'lit';

export const guideStyles = css`
  .gk {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    line-height: 1.5;
  }
  p,
  dl,
  dd {
    margin: 0;
  }
  ul,
  ol {
    display: grid;
    gap: 0.35em;
    margin: 0;
    padding-inline-start: 1.5em;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    line-height: 1.25;
    scroll-margin-block-start: 1em;
  }
  [part~='heading'] {
    font-size: 1.5em;
  }
  [part~='subheading'] {
    font-size: 1.15em;
  }
  .card [part~='subheading'],
  .stretch [part~='subheading'] {
    font-size: 1.05em;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  section,
  .treatment,
  .stretches,
  .stretch,
  .stretch-text,
  .red-flag,
  .card,
  .note {
    display: grid;
    gap: calc(var(--_space) * 0.6);
    align-content: start;
  }
  section {
    gap: calc(var(--_space) * 0.85);
  }
  .disclaimer {
    padding: 0.5em 0.75em;
    border-inline-start: 0.3em solid var(--_accent);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  nav ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    padding: 0;
    list-style: none;
  }
  nav a {
    display: inline-block;
    padding-block: 0.3em;
  }
  .nav-label,
  .list-label {
    font-weight: 700;
  }
  .cite {
    font-size: 0.85em;
  }
  .cite a {
    padding-inline: 0.1em;
  }
  .note,
  .card {
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .map {
    margin-block: 1em;
  }
  .figure {
    color: var(--_text);
    margin-block: 0.5em;
  }
  .cards {
    display: grid;
    gap: 0.75em;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
  }
  dt {
    font-weight: 700;
  }
  dd + dt {
    margin-block-start: 0.4em;
  }
  .treatment,
  .stretch {
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
  }
  .stretches {
    margin-block-start: 0.5em;
  }
  .aka {
    color: var(--_muted);
  }
  .safety {
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid var(--_border);
  }
  /* Keep lines of text to a readable length on wide pages. */
  section p,
  section ul,
  section ol,
  .disclaimer {
    max-inline-size: 75ch;
  }
  nav ol,
  .cards p {
    max-inline-size: none;
  }
  @container (width >= 760px) {
    .stretch {
      grid-template-columns: minmax(0, 1fr) minmax(18em, 24em);
      column-gap: 1.5em;
      align-items: start;
    }
  }
  /* The placeholder has the height of the timer that replaces it (drawing above the time, then its buttons in one row
     from 420 px, then the drawing beside the time from 520 px: the timer's own breakpoints plus its 26 px of padding
     and border), so nothing moves. */
  .timer-slot {
    container-type: inline-size;
  }
  .timer-placeholder {
    display: grid;
    place-items: center;
    min-block-size: 34.9em;
    padding: 1em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  @container (width >= 446px) {
    .timer-placeholder {
      min-block-size: 31.7em;
    }
  }
  @container (width >= 546px) {
    .timer-placeholder {
      min-block-size: 23.4em;
    }
  }
  .red-flag {
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .red-flag.emergency,
  .help-box {
    border: 0.2em solid var(--_danger);
    background: color-mix(in srgb, var(--_danger) 9%, var(--_bg));
  }
  .help-box {
    padding: 0.75em;
    border-radius: var(--_radius);
  }
  .help-box > * + * {
    margin-block-start: 0.4em;
  }
  .help-box ul {
    margin-block: 0.4em;
  }
  .help-box .action {
    font-weight: 700;
  }
  .red-flag.today,
  .red-flag.urgent {
    border-inline-start: 0.45em solid var(--_danger);
  }
  .red-flag.today {
    border-inline-start-width: 0.7em;
  }
  /* The stretch's cautions sit beside its timer: the timer does not repeat them. */
  stretch-timer::part(cautions) {
    display: none;
  }
  .flag-note {
    color: var(--_muted);
  }
  .emergency .action {
    font-weight: 700;
  }
  details {
    padding-inline: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  summary {
    padding-block: 0.6em;
    font-weight: 700;
    cursor: pointer;
  }
  details > p {
    padding-block-end: 0.75em;
  }
  .print-only {
    display: none;
  }
  .sources {
    gap: 0.6em;
  }
  .sources li:focus {
    background: var(--_surface);
  }
  @media print {
    .gk {
      display: block;
    }
    .gk > * + *,
    section > * + * {
      margin-block-start: 0.75em;
    }
    nav,
    details,
    .timer-slot {
      display: none;
    }
    .print-only {
      display: block;
    }
    .stretch {
      grid-template-columns: minmax(0, 1fr);
    }
    .print-only .question {
      font-weight: 700;
      margin-block-start: 0.75em;
    }
    .red-flag,
    .help-box,
    .card,
    .stretch,
    li {
      break-inside: avoid;
    }
    h1,
    h2,
    h3,
    h4,
    h5,
    h6 {
      break-after: avoid;
    }
    a[href^='http']:not(.url)::after {
      content: ' (' attr(href) ')';
    }
  }
`;
