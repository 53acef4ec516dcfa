import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, render } from 'lit';
import { content } from '../content/en/index.js';
import type { StretchId } from '../content/types.js';
import { themeStyles } from '../src/core/theme.styles.js';
import { illustrationFor, illustrationStyles } from '../src/illustrations/index.js';

const { stretches } = content;

/** A host like the elements that show the drawings: the theme's tokens plus the drawing styles. */
class IllustrationHost extends LitElement {
  static override styles = [themeStyles, illustrationStyles];
  static override properties = { stretch: {}, theme: { reflect: true } };
  stretch: StretchId = 'pigeon-pose';
  theme = 'auto';
  protected override render() {
    const s = stretches.find((x) => x.id === this.stretch)!;
    return html`<div class="gk">${illustrationFor(s.id, s.illustrationAlt)}</div>`;
  }
}
customElements.define('gk-test-illustration', IllustrationHost);

const picture = (el: Element) => el.shadowRoot!.querySelector('svg')!;

describe('stretch illustrations', () => {
  for (const stretch of stretches) {
    describe(stretch.id, () => {
      it('is a picture named by its text alternative from content, that scales to its container', async () => {
        const wrap = await fixture(html`<div style="width: 200px"><gk-test-illustration .stretch=${stretch.id}></gk-test-illustration></div>`);
        const svg = picture(wrap.firstElementChild!);
        expect(svg.getAttribute('role')).to.equal('img');
        expect(svg.getAttribute('aria-label')).to.equal(stretch.illustrationAlt);
        expect(svg.hasAttribute('width') || svg.hasAttribute('height')).to.equal(false);
        expect(svg.getAttribute('viewBox')).to.equal('0 0 160 100');
        const box = svg.getBoundingClientRect();
        expect(Math.round(box.width)).to.equal(200);
        expect(Math.round(box.height)).to.equal(125);
      });

      it('highlights the stretched area in the accent colour and draws the body in the text colour', async () => {
        const el = await fixture<IllustrationHost>(html`<gk-test-illustration theme="light" style="--gk-color-accent: rgb(200, 0, 100)" .stretch=${stretch.id}></gk-test-illustration>`);
        const svg = picture(el);
        const highlights = [...svg.querySelectorAll('.hi')];
        expect(highlights.length).to.be.greaterThan(0);
        for (const hi of highlights) {
          const style = getComputedStyle(hi);
          expect(hi.localName === 'path' ? style.stroke : style.fill).to.equal('rgb(200, 0, 100)');
          expect(Number(style.opacity)).to.be.within(0.2, 0.6);
        }
        const body = svg.querySelector('path:not([class])')!;
        expect(getComputedStyle(body).stroke).to.equal('rgb(27, 31, 35)');
        expect(getComputedStyle(body).strokeLinecap).to.equal('round');
      });

      it('follows a dark theme (light body lines, dark-theme accent)', async () => {
        const el = await fixture<IllustrationHost>(html`<gk-test-illustration theme="dark" .stretch=${stretch.id}></gk-test-illustration>`);
        const svg = picture(el);
        expect(getComputedStyle(svg.querySelector('path:not([class])')!).stroke).to.equal('rgb(233, 237, 240)');
        expect(getComputedStyle(svg.querySelector('circle')!).fill).to.equal('rgb(233, 237, 240)');
        const hi = svg.querySelector('.hi')!;
        const style = getComputedStyle(hi);
        expect(hi.localName === 'path' ? style.stroke : style.fill).to.equal('rgb(95, 208, 178)');
      });
    });
  }

  it('has a different drawing for every stretch in content', () => {
    const drawings = stretches.map((s) => {
      const div = document.createElement('div');
      render(illustrationFor(s.id, s.illustrationAlt), div);
      return div.querySelector('svg')!.innerHTML;
    });
    expect(new Set(drawings).size).to.equal(stretches.length);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe (${theme})`, async () => {
      const wrap = await fixture(html`<div>${stretches.map((s) => html`<gk-test-illustration theme=${theme} .stretch=${s.id}></gk-test-illustration>`)}</div>`);
      await expect(wrap).to.be.accessible();
    });
  }
});
