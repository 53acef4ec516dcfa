import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/causes-table/index.js';
import type { CausesTable } from '../src/causes-table/index.js';
import { content } from '../content/en/index.js';
import { tableText } from '../content/en/ui-guide.js';
import { textOf } from './helpers/dom.js';
import { captureWarningsAsync } from './helpers/warnings.js';

const { causes } = content;

const shadow = (el: CausesTable) => el.shadowRoot!;
const table = (el: CausesTable) => shadow(el).querySelector('table')!;
const bodyRows = (el: CausesTable) => [...table(el).tBodies[0].rows];
/** The visible text of a cell, without the column label shown inside cards. */
const value = (cell: Element) => textOf(cell.querySelector('.value'));

/** A causes-table inside a container of the given width. */
async function inWidth(width: number, template = html`<causes-table></causes-table>`) {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  const el = wrap.querySelector('causes-table')!;
  await el.updateComplete;
  return el;
}

describe('<causes-table>', () => {
  it('is a real table: caption, three column headers with scope, a row header per cause, all words from content', async () => {
    const el = await inWidth(1000);
    const t = table(el);
    expect(textOf(t.caption)).to.equal(tableText.caption);
    const headers = [...t.tHead!.rows[0].cells];
    expect(headers.map((h) => [h.localName, h.getAttribute('scope'), textOf(h)])).to.deep.equal([
      ['th', 'col', tableText.columns.cause],
      ['th', 'col', tableText.columns.description],
      ['th', 'col', tableText.columns.helps],
    ]);
    const rows = bodyRows(el);
    expect(rows).to.have.length(causes.length);
    rows.forEach((row, i) => {
      const [name, description, helps] = [...row.cells];
      expect(name.localName).to.equal('th');
      expect(name.getAttribute('scope')).to.equal('row');
      expect([value(name), value(description), value(helps)]).to.deep.equal([causes[i].name, causes[i].description, causes[i].helps]);
    });
  });

  it('the caption attribute replaces the caption', async () => {
    const el = await inWidth(600, html`<causes-table caption="Why your glutes knot up"></causes-table>`);
    expect(textOf(table(el).caption)).to.equal('Why your glutes knot up');
  });

  it('is three columns side by side in a wide container', async () => {
    const el = await inWidth(1000);
    for (const row of bodyRows(el)) {
      const boxes = [...row.cells].map((c) => c.getBoundingClientRect());
      expect(boxes[1].left).to.be.greaterThan(boxes[0].right - 1);
      expect(boxes[2].left).to.be.greaterThan(boxes[1].right - 1);
      expect(Math.abs(boxes[0].top - boxes[2].top)).to.be.lessThan(2);
    }
    const label = shadow(el).querySelector('.label')!;
    expect(getComputedStyle(label).display).to.equal('none');
  });

  it('stacks each row as a card at 320 px, with the column name before each value', async () => {
    const el = await inWidth(320);
    for (const row of bodyRows(el)) {
      const boxes = [...row.cells].map((c) => c.getBoundingClientRect());
      // Cells sit one under the other, full width, in order.
      expect(boxes[1].top).to.be.at.least(boxes[0].bottom - 1);
      expect(boxes[2].top).to.be.at.least(boxes[1].bottom - 1);
      expect(Math.abs(boxes[0].left - boxes[1].left)).to.be.lessThan(2);
      expect(boxes[0].width).to.be.greaterThan(250);
      const labels = [...row.cells].map((c) => c.querySelector('.label')!);
      expect(labels.map(textOf)).to.deep.equal([tableText.columns.cause, tableText.columns.description, tableText.columns.helps]);
      for (const l of labels) {
        expect(getComputedStyle(l).display).to.not.equal('none');
        expect(l.getAttribute('aria-hidden'), 'the header is already associated').to.equal('true');
        // The label is above its value.
        expect(l.getBoundingClientRect().bottom).to.be.at.most(l.nextElementSibling!.getBoundingClientRect().top + 1);
      }
    }
    // The column headers are hidden from sight only.
    const head = table(el).tHead!;
    expect(head.getBoundingClientRect().height).to.be.at.most(1);
    expect(getComputedStyle(head).display).to.not.equal('none');
    expect(getComputedStyle(head).visibility).to.equal('visible');
  });

  it('is named by its caption, once, and described by the note above it, wide and stacked (Chromium\'s accessibility tree)', async function () {
    const el = await inWidth(800);
    for (const width of [800, 320]) {
      el.parentElement!.style.width = `${width}px`;
      await nextFrame();
      type Names = { nodes: { name: string; description: string }[] | null };
      const { nodes: tables } = await executeServerCommand<Names, { role: string }>('accessible-names', { role: 'table' });
      if (!tables) this.skip(); // only Chromium opens its accessibility tree to the test runner
      expect(tables, `${width} px`).to.deep.equal([{ name: tableText.caption, description: tableText.note }]);
    }
  });

  it('stays a table to assistive technology when stacked', async () => {
    const el = await inWidth(320);
    const t = table(el);
    expect(t.rows).to.have.length(causes.length + 1);
    expect([...t.rows].every((r) => r.cells.length === 3)).to.equal(true);
    expect(t.querySelectorAll('th[scope="col"]')).to.have.length(3);
    expect(t.querySelectorAll('th[scope="row"]')).to.have.length(causes.length);
    // Where the layout changes `display`, an explicit role must restore what the display took away.
    const native: [string, string, string][] = [
      ['table', 'table', 'table'],
      ['thead, tbody', 'table-header-group|table-row-group', 'rowgroup'],
      ['tr', 'table-row', 'row'],
      ['th[scope="col"]', 'table-cell', 'columnheader'],
      ['th[scope="row"]', 'table-cell', 'rowheader'],
      ['td', 'table-cell', 'cell'],
    ];
    let changed = 0;
    for (const [selector, display, role] of native) {
      for (const node of shadow(el).querySelectorAll(selector)) {
        if (new RegExp(`^(${display})$`).test(getComputedStyle(node).display)) continue;
        changed++;
        expect(node.getAttribute('role'), `${selector} with display ${getComputedStyle(node).display}`).to.equal(role);
      }
    }
    expect(changed, 'the card layout is in effect').to.be.greaterThan(0);
    // The accessibility tree itself is checked by hand (Chromium's full AX tree: table, rows, headers and cells at 320 px);
    // the runner's a11y-snapshot command only returns "interesting" nodes, which leaves tables out.
  });

  it('has no horizontal overflow at 280 px', async () => {
    const el = await inWidth(280);
    const base = shadow(el).querySelector('[part~="base"]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    expect(el.getBoundingClientRect().width).to.be.at.most(280);
  });

  it('highlight emphasises one row, in sight and in words', async () => {
    const el = await inWidth(1000, html`<causes-table highlight="stress"></causes-table>`);
    const rows = bodyRows(el);
    const row = rows.find((r) => r.dataset.id === 'stress')!;
    const other = rows.find((r) => r.dataset.id === 'overuse')!;
    expect(row.getAttribute('part')).to.contain('highlighted');
    expect(getComputedStyle(row.cells[1]).backgroundColor).to.not.equal(getComputedStyle(other.cells[1]).backgroundColor);
    expect(textOf(row.cells[0])).to.contain(tableText.highlighted);
    expect(textOf(other.cells[0])).to.not.contain(tableText.highlighted);
    // Stacked, the card gets a thicker border.
    (el.parentElement as HTMLElement).style.width = '320px';
    await el.updateComplete;
    expect(parseFloat(getComputedStyle(row).borderTopWidth)).to.be.greaterThan(parseFloat(getComputedStyle(other).borderTopWidth));
  });

  it('an unknown highlight id warns, naming the element and the valid ids, and highlights nothing', async () => {
    let el!: CausesTable;
    const warnings = await captureWarningsAsync(async () => {
      el = await inWidth(600, html`<causes-table highlight="gravity"></causes-table>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^<causes-table>: highlight="gravity"/).and.contain('overuse, poor-posture');
    expect(shadow(el).querySelector('[part~="highlighted"]')).to.equal(null);
  });

  describe('the causes property', () => {
    const mine = [
      { id: 'desk', name: 'Long days at a desk', description: 'Sitting still for hours.', helps: 'Stand up every half hour.' },
      { id: 'cycling', name: 'Cycling', description: 'Many turns of the pedals.', helps: 'Stretch after rides.', sources: ['S1'] },
    ];

    it('replaces the rows (sources are optional) and can be highlighted', async () => {
      const el = await inWidth(800, html`<causes-table highlight="cycling" .causes=${mine}></causes-table>`);
      expect(bodyRows(el).map((r) => value(r.cells[0]))).to.deep.equal(['Long days at a desk', 'Cycling (highlighted)']);
      expect(value(bodyRows(el)[0].cells[2])).to.equal('Stand up every half hour.');
    });

    it('skips bad items with a warning for each, naming the element', async () => {
      let el!: CausesTable;
      const bad = [mine[0], { id: 'no-name', description: 'x', helps: 'y' }, 'just text', { ...mine[1], helps: 42 }, mine[0]];
      const warnings = await captureWarningsAsync(async () => {
        el = await inWidth(800, html`<causes-table .causes=${bad as never}></causes-table>`);
      });
      expect(bodyRows(el).map((r) => value(r.cells[0]))).to.deep.equal(['Long days at a desk']);
      expect(warnings).to.have.length(4);
      expect(warnings.every((w) => w.startsWith('<causes-table>: '))).to.equal(true);
      expect(warnings.join('\n')).to.contain('(no-name): "name" must be non-empty text')
        .and.contain('causes 3: is not an object')
        .and.contain('(cycling): "helps" must be non-empty text')
        .and.contain('"desk" more than once');
    });

    it('shows the default causes, with a warning, when nothing valid is left', async () => {
      for (const bad of [[], [{ id: 'x' }], 'overuse', { id: 'x' }, null]) {
        let el!: CausesTable;
        const warnings = await captureWarningsAsync(async () => {
          el = await inWidth(800, html`<causes-table .causes=${bad as never}></causes-table>`);
        });
        expect(bodyRows(el).map((r) => value(r.cells[0])), JSON.stringify(bad)).to.deep.equal(causes.map((c) => c.name));
        if (bad !== null) expect(warnings.join('\n'), JSON.stringify(bad)).to.contain('showing the default causes');
        else expect(warnings).to.deep.equal([]);
      }
    });

    it('setting it back to undefined brings the defaults back', async () => {
      const el = await inWidth(800, html`<causes-table .causes=${mine}></causes-table>`);
      el.causes = undefined;
      await el.updateComplete;
      expect(bodyRows(el)).to.have.length(causes.length);
    });
  });

  it('shows HTML in the caption or the data as text, creating no element', async () => {
    const evil = '<img src=x onerror="window.__gkHacked=1">';
    const rows = [{ id: 'x', name: evil, description: `<b>bold</b> ${evil}`, helps: '<script>window.__gkHacked=1</script>' }];
    const el = await inWidth(800, html`<causes-table caption=${evil} .causes=${rows}></causes-table>`);
    expect(textOf(table(el).caption)).to.equal(evil);
    expect(value(bodyRows(el)[0].cells[0])).to.equal(evil);
    expect(value(bodyRows(el)[0].cells[1])).to.equal(`<b>bold</b> ${evil}`);
    expect(shadow(el).querySelectorAll('img, b, script')).to.have.length(0);
    expect((window as { __gkHacked?: number }).__gkHacked).to.equal(undefined);
  });

  it('theme="dark" paints its own dark surface; a bad theme warns', async () => {
    const el = await inWidth(800, html`<causes-table theme="dark"></causes-table>`);
    expect(getComputedStyle(shadow(el).querySelector('[part~="base"]')!).backgroundColor).to.equal('rgb(20, 24, 27)');
    const warnings = await captureWarningsAsync(async () => {
      el.setAttribute('theme', 'neon');
      await el.updateComplete;
    });
    expect(warnings[0]).to.contain('<causes-table>: theme="neon"');
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const width of [320, 1280]) {
      it(`passes axe (${theme}, ${width} px, with a highlighted row)`, async () => {
        const el = await inWidth(width, html`<causes-table theme=${theme} highlight="injury"></causes-table>`);
        await expect(el).to.be.accessible();
      });
    }
  }
});
