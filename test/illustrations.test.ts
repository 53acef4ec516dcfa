import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement, render } from 'lit';
import { content } from '../content/en/index.js';
import { themeStyles } from '../src/core/theme.styles.js';
import { type DrawingId, illustrationFor, illustrations, illustrationStyles } from '../src/illustrations/index.js';

/** Every exercise id, from the pose table (the content of the new exercises lands separately). */
const ids = Object.keys(illustrations) as DrawingId[];
/** The text alternative from content where the exercise is there already, a stand-in otherwise. */
const altOf = (id: DrawingId) => content.stretches.find((s) => s.id === id)?.illustrationAlt ?? `Drawing of ${id}`;

/** A host like the elements that show the drawings: the theme's tokens plus the drawing styles. */
class IllustrationHost extends LitElement {
  static override styles = [themeStyles, illustrationStyles];
  static override properties = { exercise: {}, theme: { reflect: true }, moving: { type: Boolean } };
  exercise: DrawingId = 'pigeon-pose';
  theme = 'auto';
  moving = false;
  protected override render() {
    return html`<div class="gk">${illustrationFor(this.exercise, altOf(this.exercise), { moving: this.moving })}</div>`;
  }
}
customElements.define('gk-test-illustration', IllustrationHost);

const picture = (el: Element) => el.shadowRoot!.querySelector('svg')!;
const running = (svg: SVGElement) => svg.getAnimations({ subtree: true }).filter((a) => a.playState === 'running');

describe('exercise illustrations', () => {
  it('has a pose for each of the 13 exercises', () => {
    expect(ids).to.have.members([
      'pigeon-pose', 'figure-four', 'chair-figure-four', 'seated-forward-bend', 'knee-to-opposite-shoulder',
      'foam-roller-release', 'massage-ball-release', 'standing-figure-four', 'glute-bridge', 'clamshell',
      'side-lying-leg-raise', 'supine-piriformis', 'childs-pose',
    ]);
  });

  for (const id of ids) {
    describe(id, () => {
      it('is a picture named by its text alternative, that scales to its container', async () => {
        const wrap = await fixture(html`<div style="width: 200px"><gk-test-illustration .exercise=${id}></gk-test-illustration></div>`);
        const svg = picture(wrap.firstElementChild!);
        expect(svg.getAttribute('role')).to.equal('img');
        expect(svg.getAttribute('aria-label')).to.equal(altOf(id));
        expect(svg.hasAttribute('width') || svg.hasAttribute('height')).to.equal(false);
        expect(svg.getAttribute('viewBox')).to.equal('0 0 160 100');
        const box = svg.getBoundingClientRect();
        expect(Math.round(box.width)).to.equal(200);
        expect(Math.round(box.height)).to.equal(125);
      });

      it('fills the worked muscle with the accent colour and outlines it; the body is in the text colour', async () => {
        const el = await fixture<IllustrationHost>(html`<gk-test-illustration theme="light" style="--gk-color-accent: rgb(200, 0, 100)" .exercise=${id}></gk-test-illustration>`);
        const svg = picture(el);
        const highlights = [...svg.querySelectorAll('.hi')];
        expect(highlights.length).to.be.greaterThan(0);
        for (const hi of highlights) {
          const style = getComputedStyle(hi);
          expect(style.fill).to.equal('rgb(200, 0, 100)');
          expect(style.stroke).to.equal('rgb(27, 31, 35)');
          expect(parseFloat(style.strokeWidth)).to.be.greaterThan(0);
          const box = (hi as SVGGraphicsElement).getBBox();
          expect(box.width * box.height).to.be.greaterThan(20);
        }
        const body = svg.querySelector('g[fill="currentColor"] path')!;
        expect(getComputedStyle(body).fill).to.equal('rgb(27, 31, 35)');
      });

      it('follows a dark theme (light body, dark-theme accent)', async () => {
        const el = await fixture<IllustrationHost>(html`<gk-test-illustration theme="dark" .exercise=${id}></gk-test-illustration>`);
        const svg = picture(el);
        expect(getComputedStyle(svg.querySelector('g[fill="currentColor"] path')!).fill).to.equal('rgb(233, 237, 240)');
        expect(getComputedStyle(svg.querySelector('.hi')!).fill).to.equal('rgb(95, 208, 178)');
      });
    });
  }

  it('draws the body with presentation attributes in currentColor, so it shows with no styles at all', () => {
    const div = document.createElement('div');
    div.style.color = 'rgb(1, 2, 3)';
    document.body.append(div);
    render(illustrationFor('clamshell', 'Clamshell'), div);
    const paths = [...div.querySelectorAll('svg g[fill="currentColor"] path')];
    expect(paths.length).to.be.greaterThan(10);
    for (const p of paths) expect(getComputedStyle(p).fill).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(div.querySelector('.hi')!).stroke).to.equal('rgb(1, 2, 3)');
    div.remove();
  });

  it('has a different drawing for every exercise', () => {
    const drawings = ids.map((id) => {
      const div = document.createElement('div');
      render(illustrationFor(id, id), div);
      return [...div.querySelectorAll('path')].map((p) => p.getAttribute('d')).join('|');
    });
    expect(new Set(drawings).size).to.equal(ids.length);
  });

  describe('motion', () => {
    const moving = ids.filter((id) => illustrations[id].moves);

    it('the bridge, clamshell, leg raise and roller move', () => {
      expect(moving).to.have.members(['foam-roller-release', 'glute-bridge', 'clamshell', 'side-lying-leg-raise']);
    });

    for (const id of moving) {
      it(`${id}: moves only while the flag is set, and is still without it`, async () => {
        const el = await fixture<IllustrationHost>(html`<gk-test-illustration .exercise=${id}></gk-test-illustration>`);
        expect(running(picture(el))).to.have.length(0);
        el.moving = true;
        await el.updateComplete;
        const animations = running(picture(el));
        expect(animations.length).to.be.greaterThan(0);
        // Transforms only: nothing that needs layout or paint of the page.
        for (const a of animations) {
          const frames = (a.effect as KeyframeEffect).getKeyframes();
          expect(frames.every((k) => Object.keys(k).every((p) => ['transform', 'offset', 'easing', 'composite', 'computedOffset'].includes(p)))).to.equal(true);
        }
        el.moving = false;
        await el.updateComplete;
        expect(running(picture(el))).to.have.length(0);
      });
    }

    it('never moves when the reader asks for reduced motion', async function () {
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
      } catch {
        this.skip(); // Firefox over WebDriver BiDi and WebKit over WebDriver cannot emulate it.
      }
      try {
        expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
        const wrap = await fixture(html`<div>${moving.map((id) => html`<gk-test-illustration .exercise=${id} moving></gk-test-illustration>`)}</div>`);
        for (const el of wrap.children) {
          expect(picture(el).classList.contains('moving')).to.equal(true);
          expect(running(picture(el))).to.have.length(0);
        }
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe (${theme})`, async () => {
      const wrap = await fixture(html`<div>${ids.map((id) => html`<gk-test-illustration theme=${theme} .exercise=${id}></gk-test-illustration>`)}</div>`);
      await expect(wrap).to.be.accessible();
    });
  }
});
