import { css } from 'lit';

export const tableStyles = css`
  table {
    inline-size: 100%;
    border-collapse: collapse;
    line-height: 1.45;
    /* Whole words set the columns' minimum widths; a long word still wraps rather than overflow. */
    overflow-wrap: break-word;
  }
  .note {
    margin: 0 0 0.5em;
    color: var(--_muted);
  }
  caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.1em;
    padding-block-end: 0.5em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.6em 0.75em;
    border-block-end: 1px solid var(--_border);
  }
  thead th {
    background: var(--_surface);
    border-block-end: 2px solid var(--_border);
  }
  .label {
    display: none;
  }
  tr.highlighted > * {
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
  }
  /* An inset shadow, not a border: a collapsed border would spill out of the table's box. */
  tr.highlighted > th {
    box-shadow: inset 0.35em 0 0 var(--_accent);
  }
  :host(:dir(rtl)) tr.highlighted > th {
    box-shadow: inset -0.35em 0 0 var(--_accent);
  }

  /* Narrow: each row becomes a card. The explicit ARIA roles in the markup keep it a table. */
  @container (width < 480px) {
    table,
    caption,
    thead,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    tbody {
      display: grid;
      gap: 0.75em;
    }
    tr {
      display: grid;
      gap: 0.75em;
      padding: 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    th,
    td {
      display: grid;
      gap: 0.15em;
      padding: 0;
      border: 0;
    }
    .label {
      display: block;
      font-size: 0.85em;
      font-weight: 700;
      color: var(--_muted);
    }
    th[scope='row'] .value {
      font-size: 1.15em;
    }
    tr.highlighted {
      border: 0.2em solid var(--_accent);
      background: color-mix(in srgb, var(--_accent) 14%, transparent);
    }
    tr.highlighted > * {
      background: none;
    }
    /* The card's own border marks it; the wide layout's bar would cover the text here. */
    tr.highlighted > th {
      box-shadow: none;
    }
  }

  @media print {
    tr {
      break-inside: avoid;
    }
  }
`;
