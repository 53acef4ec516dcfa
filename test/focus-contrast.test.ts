import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { elements } from '../src/elements.js';
import '../src/index.js';
import { backdrop, contrast, hex, over, parseColor, type Rgba } from './helpers/contrast.js';
import { settled } from './helpers/dom.js';
import { captureWarningsAsync } from './helpers/warnings.js';

// WCAG 2.2 asks a focus indicator of 3:1 against what is next to it. Each control of each element is focused from the
// keyboard and its ring (outline colour, or for the map's shapes the stroke drawn on focus) is measured from the
// computed styles against the colour behind it (the element's own background, a card's or a note's, painted over the
// page) and against the page itself (where a light or dark element's ring meets the page when it has no padding); in the
// three themes, on a white page with dark text and on a #121212 page with light text (`theme="auto"` takes the page's
// text colour). The map's shapes draw their ring as a stroke, inside the drawing: it is measured against the shape's own
// fill and what is behind the map (the element's background, or in `auto` the page).

const pages = [
  { name: 'white page', bg: '#ffffff', text: '#1b1b1b' },
  { name: '#121212 page', bg: '#121212', text: '#e6e6e6' },
] as const;
const rgb = (h: string): Rgba => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)).concat(1) as Rgba;

const focusable = 'button, a[href], summary, input, select, textarea, [tabindex]';

/** Every focusable control inside `root`'s shadow tree, through nested elements' shadow roots. */
function controls(root: Element): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (scope: ParentNode) => {
    for (const el of scope.querySelectorAll<HTMLElement>('*')) {
      if (el.matches(focusable) && (el.checkVisibility?.() ?? el.getClientRects().length > 0)) found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root.shadowRoot!);
  return found;
}

interface Ring { color: Rgba; inner?: Rgba; what: string }

/** The focus indicator of the focused `el`: its outline, or the stroke of the shape a map area draws on focus. */
function ringOf(el: HTMLElement, behind: Rgba): Ring | undefined {
  const style = getComputedStyle(el);
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) {
    return { color: over(parseColor(style.outlineColor), behind), what: `outline ${style.outlineWidth}` };
  }
  const shape = el.querySelector('.muscle');
  if (shape) {
    const s = getComputedStyle(shape);
    // Inside the stroke is the shape's own fill, painted over what is behind the map.
    return { color: over(parseColor(s.stroke), behind), inner: over(parseColor(s.fill), behind), what: `stroke ${s.strokeWidth}` };
  }
  return undefined;
}

const figures: string[] = [];

describe('focus indicators: at least 3:1 in every theme, on a white and a #121212 page', () => {
  after(() => console.log(`focus-ring contrast (lowest per element/theme/page):\n${figures.join('\n')}`));

  for (const theme of ['auto', 'light', 'dark'] as const) {
    for (const page of pages) {
      it(`theme="${theme}" on a ${page.name}`, async () => {
        const wrap = await fixture<HTMLElement>(html`<div style="background: ${page.bg}; color: ${page.text}; padding: 16px; width: 720px"></div>`);
        const pageBg = rgb(page.bg);
        const failures: string[] = [];
        await captureWarningsAsync(async () => {
          for (const tag of elements) {
            const el = document.createElement(tag);
            el.setAttribute('theme', theme);
            if (tag === 'stretch-timer') el.setAttribute('stretch', 'pigeon-pose');
            wrap.append(el);
            await settled(el);
          }
        });
        // One key press puts the page in keyboard mode, so that focus() shows :focus-visible as Tab would.
        await sendKeys({ press: 'Shift' });
        for (const el of [...wrap.children]) {
          const all = controls(el);
          if (!all.length) {
            figures.push(`  ${theme.padEnd(5)} ${page.name.padEnd(13)} ${el.localName.padEnd(17)} no focusable controls`);
            continue;
          }
          let lowest = Infinity;
          let lowestWhat = '';
          // Controls that look alike on the same backdrop have the same ring: measure one of each.
          const seen = new Set<string>();
          for (const control of all) {
            const behind = backdrop(control, pageBg);
            const key = `${control.localName}.${control.getAttribute('class') ?? ''}.${control.getAttribute('part') ?? ''}${hex(behind)}`;
            if (seen.has(key)) continue;
            seen.add(key);
            control.focus();
            const name = `${el.localName} ${control.localName}${control.className ? `.${String(control.getAttribute('class')).replace(/ /g, '.')}` : ''} "${(control.textContent ?? '').trim().slice(0, 30)}"`;
            if (!control.matches(':focus-visible')) {
              failures.push(`${name}: no :focus-visible after focus()`);
              continue;
            }
            const ring = ringOf(control, behind);
            if (!ring) {
              failures.push(`${name}: no focus indicator (no outline, no stroke)`);
              continue;
            }
            const against: [string, Rgba][] = [[`its backdrop ${hex(behind)}`, behind]];
            // A map shape's stroke is inside the drawing: the page can meet it only where the element has no background.
            if (!ring.inner || theme === 'auto') against.push([`the page ${page.bg}`, pageBg]);
            if (ring.inner) against.push([`its own fill ${hex(ring.inner)}`, ring.inner]);
            for (const [what, colour] of against) {
              const ratio = contrast(ring.color, colour);
              if (ratio < lowest) [lowest, lowestWhat] = [ratio, `${ring.what} ${hex(ring.color)} vs ${what} (${name})`];
              if (ratio < 3) failures.push(`${name}: ${ring.what} ${hex(ring.color)} is ${ratio.toFixed(2)}:1 against ${what}`);
            }
            control.blur();
          }
          figures.push(`  ${theme.padEnd(5)} ${page.name.padEnd(13)} ${el.localName.padEnd(17)} ${lowest.toFixed(2)}:1  ${lowestWhat}`);
        }
        expect(failures, failures.join('\n')).to.deep.equal([]);
      });
    }
  }
});
