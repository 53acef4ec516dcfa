import { executeServerCommand } from '@web/test-runner-commands';
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../src/glute-knot-guide/index.js';
import { guideSections, type GluteKnotGuide } from '../src/glute-knot-guide/index.js';
import { content } from '../content/en/index.js';
import { guideText } from '../content/en/ui-guide.js';
import { clean, laidOut, settled } from './helpers/dom.js';

/**
 * The guide's first paint skips the sections far below (`content-visibility: auto`) and lays them out right after:
 * what that must not cost a reader. In-page links to far sections are tested in glute-knot-guide.test.ts.
 */
async function guide(width = 390) {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><glute-knot-guide></glute-knot-guide></div>`);
  const el = wrap.querySelector<GluteKnotGuide>('glute-knot-guide')!;
  await settled(el);
  return el;
}
const section = (el: GluteKnotGuide, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`section#${id}`)!;
const lastSource = content.sources[content.sources.length - 1];
const lastQuestion = content.faq[content.faq.length - 1].question;

describe('<glute-knot-guide> paints what is near first', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('the first paint skips the sections far below; they are laid out right after it, their text there all along', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 390px"></div>`);
    const el = document.createElement('glute-knot-guide');
    wrap.append(el);
    await el.updateComplete; // rendered, before any frame
    const far = section(el, 'sources');
    const item = far.querySelector('li')!;
    expect(item.textContent).to.contain(content.sources[0].title);
    const skipped: boolean[] = [];
    far.addEventListener('contentvisibilityautostatechange', (e) => skipped.push((e as Event & { skipped: boolean }).skipped));
    await laidOut(el);
    // The event: Chromium 108, Firefox 130, Safari 18.
    if ('oncontentvisibilityautostatechange' in far) expect(skipped[0], 'skipped for the first paint').to.equal(true);
    await laidOut(el);
    expect(item.checkVisibility({ contentVisibilityAuto: true }), 'laid out after it').to.equal(true);
  });

  it('scrolling down the whole guide moves nothing on screen (Chromium: layout-shift entries)', async function () {
    if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) this.skip();
    const el = await guide();
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    });
    observer.observe({ type: 'layout-shift' });
    const bottom = () => el.getBoundingClientRect().bottom + window.scrollY;
    for (let y = 0; y < bottom(); y += window.innerHeight * 0.8) {
      window.scrollTo(0, y);
      await nextFrame();
      await nextFrame();
    }
    await new Promise((resolve) => setTimeout(resolve, 100)); // entries are delivered in a task of their own
    observer.disconnect();
    expect(shifts.reduce((a, b) => a + b, 0), shifts.join(', ')).to.equal(0);
  });

  it('the accessibility tree holds every section, far ones included (Chromium, through the DevTools protocol)', async function () {
    await laidOut(await guide());
    type Names = { nodes: { name: string }[] | null };
    const { nodes: headings } = await executeServerCommand<Names, { role: string }>('accessible-names', { role: 'heading' });
    if (!headings) this.skip();
    const names = headings!.map((n) => clean(n.name));
    for (const id of guideSections) expect(names, id).to.include(guideText.sections[id].heading);
    const { nodes: links } = await executeServerCommand<Names, { role: string }>('accessible-names', { role: 'link' });
    expect(links!.map((n) => n.name)).to.include(lastSource.url);
  });

  it('prints every section, the last source and the last answer included (Chromium PDF)', async function () {
    await laidOut(await guide(700));
    const { text } = await executeServerCommand<{ text: string | null }, Record<string, never>>('printed-text', {});
    if (text === null) this.skip();
    const printed = clean(text);
    for (const id of guideSections) expect(printed, id).to.contain(guideText.sections[id].heading);
    expect(printed).to.contain(clean(lastQuestion));
    expect(printed).to.contain(lastSource.title);
  });
});
