import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { causes } from '../../content/en/causes.js';
import { joinCauses } from '../../content/join.js';
import { tableText } from '../../content/en/ui-guide.js';
import type { Cause } from '../../content/types.js';
import { causeShape, checkList } from '../../content/validate.js';
import { text, warnOnce } from '../core/attributes.js';
import { GkElement } from '../core/base.js';
import { defineElement } from '../core/define.js';
import { themeStyles } from '../core/theme.styles.js';
import { tableStyles } from './causes-table.styles.js';

/** One row of the table. `sources` is optional for a site's own rows. */
export type CauseRow = Pick<Cause, 'id' | 'name' | 'description' | 'helps'> & Partial<Pick<Cause, 'sources'>>;

/**
 * The common causes of glute knots in a real data table: Cause | How it leads
 * to knots | What helps. Where it has less than 480 px of room it shows each
 * row as a card, with the column name above each value, and stays a table to
 * assistive technology.
 *
 * @customElement causes-table
 * @summary Table of what causes glute knots and what helps.
 *
 * @csspart base - The outer wrapper (the container for container queries).
 * @csspart table - The `<table>`.
 * @csspart note - The line above the default causes on how sure we are of them ("likely triggers, based mostly on experience"); not shown with a site's own `causes`.
 * @csspart caption - The `<caption>`.
 * @csspart header-row - The row of column headers.
 * @csspart column-header - Each column header.
 * @csspart row - Each row of causes (a card on narrow screens).
 * @csspart highlighted - The row picked by `highlight`, in addition to `row`.
 * @csspart cell - Every cell of a cause: the cause name and the two text cells.
 * @csspart row-header - The cell with the cause name, in addition to `cell`.
 * @csspart label - The column name shown inside each cell of a card on narrow screens.
 */
export class CausesTable extends GkElement {
  static override styles = [themeStyles, tableStyles];
  /**
   * Registers the element as `tag` (default `causes-table`) in `registry` (default `customElements`); never throws. Importing `glute-knots/causes-table.js` calls this; `glute-knots/causes-table.class.js` only exports the class, for a page that needs another tag.
   */
  static override define(tag = 'causes-table', registry?: CustomElementRegistry): void {
    defineElement(this, tag, registry);
  }

  static override get properties(): PropertyDeclarations {
    return {
      caption: {},
      causes: { attribute: false },
      highlight: {},
    };
  }

  /** Caption of the table, overriding the default "Common causes of glute knots, and what helps". */
  declare caption?: string;

  /**
   * Rows replacing the default causes: an array of `{id, name, description, helps}`, all non-empty text
   * (`sources`, a list of source ids, is optional). Invalid items warn and are skipped; if none is
   * valid the default causes are shown, with a warning.
   */
  declare causes?: CauseRow[];

  /** Id of one cause to emphasise, e.g. `stress`. The default ids are `overuse`, `poor-posture`, `inactivity`, `injury` and `stress`. An unknown id warns. */
  declare highlight?: string;

  /** The site's valid rows, or `undefined` for the default causes. */
  private override: readonly CauseRow[] | undefined;
  private highlighted: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const has = (key: string) => (changed as Map<PropertyKey, unknown>).has(key);
    if (has('causes')) this.override = this.resolveOverride();
    if (has('causes') || has('highlight') || has('locale')) this.highlighted = this.resolveHighlight();
  }

  /** The rows shown: the site's, else the default causes in the reader's language. */
  private get rows(): readonly CauseRow[] {
    return this.override ?? joinCauses(this.localized('causes', causes));
  }

  private resolveOverride(): readonly CauseRow[] | undefined {
    if (this.causes === undefined || this.causes === null) return undefined;
    const { valid, problems } = checkList<CauseRow>(this.causes, causeShape, 'causes', {});
    for (const problem of problems) warnOnce(this, `causes:${problem}`, `${problem}; skipping it.`);
    const seen = new Set<string>();
    const rows = valid.filter((row) => {
      if (!seen.has(row.id)) return seen.add(row.id);
      warnOnce(this, `causes:dupe:${row.id}`, `causes has the id "${row.id.slice(0, 40)}" more than once; showing the first.`);
      return false;
    });
    if (rows.length) return rows;
    warnOnce(this, 'causes:empty', 'causes has no valid item; showing the default causes.');
    return undefined;
  }

  private resolveHighlight(): string | undefined {
    const id = text(this, 'highlight', this.highlight);
    if (!id || this.rows.some((row) => row.id === id)) return id;
    warnOnce(this, `highlight=${id}`,
      `highlight="${id.slice(0, 40)}" is not a cause in the table; valid ids are ${this.rows.map((r) => r.id).join(', ')}. Nothing is highlighted.`);
    return undefined;
  }

  protected override render() {
    const t = this.localized('table', tableText);
    const cols = [t.columns.cause, t.columns.description, t.columns.helps];
    /** A cell's content: the column name (seen only on cards; the header already names it for assistive tech), then the value. */
    const body = (col: number, value: unknown) =>
      html`<span class="label" part="label" aria-hidden="true">${cols[col]}</span><span class="value">${value}</span>`;
    // Explicit roles: the narrow layout changes `display` on the table parts, which some browsers
    // take as a reason to drop the table semantics.
    return html`
      <div class="gk" part="base">
        ${this.override ? nothing : html`<p class="note" part="note" id="note">${t.note}</p>`}
        <table part="table" role="table" aria-describedby=${this.override ? nothing : 'note'}>
          <caption part="caption">${text(this, 'caption', this.caption) ?? t.caption}</caption>
          <thead role="rowgroup">
            <tr part="header-row" role="row">
              ${cols.map((col) => html`<th part="column-header" role="columnheader" scope="col">${col}</th>`)}
            </tr>
          </thead>
          <tbody role="rowgroup">
            ${this.rows.map((row) => {
              const on = row.id === this.highlighted;
              return html`
                <tr part=${on ? 'row highlighted' : 'row'} role="row" class=${on ? 'highlighted' : ''} data-id=${row.id}>
                  <th part="cell row-header" role="rowheader" scope="row">${body(0, on ? html`${row.name}<span class="visually-hidden"> ${t.highlighted}</span>` : row.name)}</th>
                  <td part="cell" role="cell">${body(1, row.description)}</td>
                  <td part="cell" role="cell">${body(2, row.helps)}</td>
                </tr>`;
            })}
          </tbody>
        </table>
      </div>
    `;
  }
}
