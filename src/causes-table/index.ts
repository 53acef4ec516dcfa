import { define } from '../core/define.js';
import { CausesTable } from './causes-table.js';

export { CausesTable };
export type { CauseRow } from './causes-table.js';

define('causes-table', CausesTable);

declare global {
  interface HTMLElementTagNameMap {
    'causes-table': CausesTable;
  }
}
