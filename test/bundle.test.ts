import { expect } from '@open-wc/testing';

/** Loads a page in an iframe and collects its errors, as a site owner's page would see them. */
async function loadPage(body: string): Promise<{ win: Window; errors: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 400px; height: 600px';
  const errors: string[] = [];
  const ready = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><script>
      window.__errors = [];
      addEventListener('error', (e) => __errors.push(String(e.message)));
      const warn = console.error; console.error = (...a) => { __errors.push(a.join(' ')); warn(...a); };
    </script></head><body>${body}</body></html>`;
  document.body.append(frame);
  await ready;
  const win = frame.contentWindow as Window & { __errors: string[] };
  await new Promise((r) => setTimeout(r, 50));
  errors.push(...win.__errors);
  return { win, errors };
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

  it('dist/glute-knots.js as a module, loaded twice, has no error', async () => {
    const { win, errors } = await loadPage(`
      <script type="module" src="/dist/glute-knots.js"></script>
      <script type="module" src="/dist/glute-knots.js?again"></script>
      <stretch-timer></stretch-timer>`);
    await new Promise((r) => setTimeout(r, 200));
    expect(errors).to.deep.equal([]);
    expect(win.customElements.get('stretch-timer')).to.be.a('function');
  });
});
