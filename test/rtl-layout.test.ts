import { expect } from '@open-wc/testing';
import { elements } from '../src/elements.js';
import { openFrame, rendered } from './helpers/frame.js';

// Each element alone in a 320 px wide page, right to left and left to right: the page must not scroll sideways, and no
// two controls may overlap (a citation link over a FAQ question, a button over another). Controls are measured by the
// boxes of their line fragments (a link that wraps has two), and only where they are shown (not in a closed <details>).

const focusable = 'button, a[href], summary, input, select, textarea, [tabindex]:not([tabindex="-1"])';

interface Box { name: string; el: Element; r: DOMRect }

function boxes(doc: Document): Box[] {
  const found: Box[] = [];
  const visit = (scope: ParentNode) => {
    for (const el of scope.querySelectorAll('*')) {
      // Hidden controls (a routine's waiting timers are laid out but visibility: hidden) cannot overlap anything a person sees.
      const shown = ((el as Element & { checkVisibility?: () => boolean }).checkVisibility?.() ?? true) && getComputedStyle(el).visibility !== 'hidden';
      if (el.matches(focusable) && shown) {
        const name = `${el.localName} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30)}"`;
        for (const r of el.getClientRects()) if (r.width > 0 && r.height > 0) found.push({ name, el, r });
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(doc);
  return found;
}

/** Pairs of controls whose boxes overlap by more than half a pixel each way (a control and one inside it excepted). */
function overlaps(list: Box[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [a, b] = [list[i], list[j]];
      if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el)) continue;
      const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (x > 0.5 && y > 0.5) found.push(`${a.name} and ${b.name} overlap by ${x.toFixed(1)} x ${y.toFixed(1)} px`);
    }
  }
  return found;
}

const widths: string[] = [];

describe('320 px page, right to left and left to right: no sideways scroll, no overlapping controls', () => {
  after(() => console.log(`scrollWidth / clientWidth at 320 px:\n${widths.join('\n')}`));

  for (const dir of ['rtl', 'ltr'] as const) {
    for (const tag of elements) {
      it(`<${tag}> in dir="${dir}"`, async () => {
        const attrs = tag === 'stretch-timer' ? ' stretch="pigeon-pose"' : '';
        const win = await openFrame({
          body: `<script>document.documentElement.dir = '${dir}';</script><script type="module" src="/src/index.ts"></script><${tag}${attrs}></${tag}>`,
          width: 320,
          height: 900,
        });
        try {
          await rendered(win, [tag]);
          const root = win.document.documentElement;
          widths.push(`  ${dir} ${tag.padEnd(17)} ${root.scrollWidth} / ${root.clientWidth}`);
          expect(root.scrollWidth, 'the page scrolls sideways').to.be.at.most(root.clientWidth);
          const list = boxes(win.document);
          expect(list.length === 0 && tag !== 'causes-table', 'controls found').to.equal(false);
          const found = overlaps(list);
          expect(found, found.join('\n')).to.deep.equal([]);
          if (tag === 'stretch-timer') {
            // Running (Pause, a side shown) and done (the longest message) change the text: check both.
            const timer = win.document.querySelector(tag) as unknown as { start(): void; skip(): void; phase: string; updateComplete: Promise<unknown> };
            for (const step of ['running', 'done']) {
              timer.start();
              if (step === 'done') for (let i = 0; i < 50 && timer.phase !== 'done'; i++) timer.skip();
              else timer.skip();
              await timer.updateComplete;
              expect(root.scrollWidth, `${step}: the page scrolls sideways`).to.be.at.most(root.clientWidth);
              const more = overlaps(boxes(win.document));
              expect(more, `${step}: ${more.join('\n')}`).to.deep.equal([]);
            }
          }
        } finally {
          win.frameElement!.remove();
        }
      });
    }
  }
});
