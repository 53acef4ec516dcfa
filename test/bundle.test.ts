import { expect } from '@open-wc/testing';
import { textIn } from './helpers/dom.js';
import { openFrame, rendered, type FrameWindow } from './helpers/frame.js';

/**
 * Loads a page of `body` in an iframe and returns its errors once its scripts have run (classic and module scripts
 * run before the load event) and its elements have rendered.
 */
async function loadPage(body: string): Promise<{ win: FrameWindow; errors: string[] }> {
  const win = await openFrame({ body, width: 400, height: 600 });
  await rendered(win);
  return { win, errors: [...win.__errors] };
}

describe('built bundles (dist/)', () => {
  it('dist/glute-knots.iife.js loaded twice by plain script tags defines every element with no error', async () => {
    const { win, errors } = await loadPage(`
      <stretch-timer stretch="pigeon-pose"></stretch-timer>
      <script src="/dist/glute-knots.iife.js"></script>
      <script src="/dist/glute-knots.iife.js"></script>`);
    expect(errors).to.deep.equal([]);
    const timer = win.document.querySelector('stretch-timer')!;
    expect(win.customElements.get('stretch-timer')).to.be.a('function');
    await (timer as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(timer.shadowRoot!.querySelector('.name')!.textContent).to.equal('Pigeon pose');
    // The minified templates keep the drawing intact: sibling shapes, not shapes nested in a path.
    const drawing = timer.shadowRoot!.querySelector('svg[role="img"]')!;
    expect(drawing.querySelectorAll('path').length).to.be.greaterThan(2);
    expect(drawing.querySelectorAll('path path, path circle, path ellipse').length).to.equal(0);
  });

  it('the minified drawings keep every shape inside its picture, for every exercise', async () => {
    const { stretchIds } = await import('../content/data.js');
    const { win, errors } = await loadPage(`<script src="/dist/glute-knots.iife.js"></script>
      ${stretchIds.map((id) => `<stretch-timer stretch="${id}" style="display:block;width:360px"></stretch-timer>`).join('')}`);
    expect(errors).to.deep.equal([]);
    for (const timer of win.document.querySelectorAll('stretch-timer')) {
      await (timer as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const svg = timer.shadowRoot!.querySelector('svg[role="img"]')!;
      const box = svg.getBoundingClientRect();
      const id = timer.getAttribute('stretch');
      for (const shape of svg.querySelectorAll('[transform-origin]')) {
        expect(shape.getAttribute('transform-origin'), id!).to.match(/^-?[\d.]+ -?[\d.]+$/);
      }
      for (const shape of svg.querySelectorAll('path, circle, ellipse, rect')) {
        const r = shape.getBoundingClientRect();
        const slack = box.width * 0.05;
        expect(r.left >= box.left - slack && r.right <= box.right + slack && r.top >= box.top - slack && r.bottom <= box.bottom + slack,
          `${id}: a shape at ${Math.round(r.left - box.left)},${Math.round(r.top - box.top)} lies outside the ${Math.round(box.width)} px picture`).to.equal(true);
      }
    }
  });

  it('dist/glute-knots.js as a module, loaded twice, has no error', async () => {
    const { win, errors } = await loadPage(`
      <script type="module" src="/dist/glute-knots.js"></script>
      <script type="module" src="/dist/glute-knots.js?again"></script>
      <stretch-timer></stretch-timer>`);
    expect(errors).to.deep.equal([]);
    expect(win.customElements.get('stretch-timer')).to.be.a('function');
    expect(textIn(win.document.querySelector('stretch-timer')!, '.name'), 'the element rendered').to.equal('Glute stretch');
  });
});
