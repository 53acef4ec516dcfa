import { CausesTable } from './causes-table.js';

export { CausesTable };
export type { CauseRow } from './causes-table.js';

CausesTable.define();

declare global {
  interface HTMLElementTagNameMap {
    'causes-table': CausesTable;
  }
}
