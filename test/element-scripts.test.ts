// The classic script of each element (dist/<tag>.iife.js), loaded as site builders paste it: plain and twice, async,
// defer, and on a page that also loads the whole library (dist/glute-knots.iife.js), before or after it.
import { expect } from '@open-wc/testing';
import { tableText, guideText } from '../content/en/ui-guide.js';
import { mapText } from '../content/en/ui-map.js';
import * as es from '../content/es/index.js';
import { elements, type ElementTag } from '../src/elements.js';
import { textIn } from './helpers/dom.js';
import { openFrame, rendered, type FrameWindow } from './helpers/frame.js';

/** What each element shows first (English, default attributes), and the elements it shows inside. */
const shows: Record<ElementTag, { selector: string; text: string; inside: ElementTag[] }> = {
  'stretch-timer': { selector: '.name', text: 'Glute stretch', inside: [] },
  'causes-table': { selector: 'caption', text: tableText.caption, inside: [] },
  'glute-muscle-map': { selector: '[part~="panel"]', text: mapText.prompt, inside: [] },
  'stretch-routine': { selector: '.progress', text: 'Exercise 1 of 3', inside: ['stretch-timer'] },
  'glute-knot-guide': { selector: 'h2', text: guideText.sections.what.heading, inside: ['stretch-timer', 'causes-table', 'glute-muscle-map'] },
};

const WHOLE = '/dist/glute-knots.iife.js';
const script = (src: string, how = '') => `<script ${how} src="${src}"></script>`;

/** Lit's own globals, shared by every copy of Lit on a page: the only ones an element's script may add. */
const litGlobals = /^(?:lit\w*|reactiveElementVersions)$/;

/**
 * Loads a page of `body` (`<tag>` and scripts) and checks what a visitor would notice: the element renders its text,
 * under one definition (the element on the page is an instance of the class the tag is registered with), with no error
 * and no warning.
 */
async function expectWorks(tag: ElementTag, body: string): Promise<FrameWindow> {
  const win = await openFrame({ body: `<script>window.__before = Object.getOwnPropertyNames(window);</script>${body}`, width: 400, height: 600 });
  await rendered(win, [tag]);
  const el = win.document.querySelector(tag)!;
  expect(el, 'upgraded by the definition in the registry').to.be.an.instanceOf(win.customElements.get(tag)!);
  expect(textIn(el, shows[tag].selector), 'the element rendered').to.equal(shows[tag].text);
  expect(win.__errors, 'errors').to.deep.equal([]);
  expect(win.__warnings, 'warnings').to.deep.equal([]);
  return win;
}

/** The globals the page's scripts added. */
const added = (win: FrameWindow & { __before?: string[] }) =>
  Object.getOwnPropertyNames(win).filter((name) => !win.__before!.includes(name) && name !== '__before');

describe('the classic script of each element (dist/<tag>.iife.js)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const tag of elements) {
    const own = `/dist/${tag}.iife.js`;
    describe(`${tag}.iife.js`, () => {
      it('loaded twice by plain script tags: defines only its element (and those it shows inside), sets no global', async () => {
        const win = await expectWorks(tag, `<${tag}></${tag}>${script(own)}${script(own)}`);
        const defined = elements.filter((t) => win.customElements.get(t));
        expect(defined, 'defined tags').to.have.members([tag, ...shows[tag].inside]);
        expect(added(win).filter((name) => !litGlobals.test(name)), 'globals').to.deep.equal([]);
      });

      for (const how of ['async', 'defer']) {
        it(`loaded with ${how}`, async () => {
          await expectWorks(tag, `${script(own, how)}<${tag}></${tag}>`);
        });
      }

      it('after the whole library: the library keeps its definition and its global', async () => {
        const win = await expectWorks(tag, `${script(WHOLE)}${script(own)}<${tag}></${tag}>`);
        const library = (win as unknown as { GluteKnots: Record<string, unknown> }).GluteKnots;
        expect(Object.values(library), 'the registered class is the library\'s').to.include(win.customElements.get(tag));
        expect(library.registerLocale).to.be.a('function');
      });

      it('before the whole library: the library sets its global and defines the other elements', async () => {
        const win = await expectWorks(tag, `${script(own)}${script(WHOLE)}<${tag}></${tag}>`);
        expect((win as unknown as { GluteKnots: { registerLocale: unknown } }).GluteKnots.registerLocale).to.be.a('function');
        for (const other of elements) expect(win.customElements.get(other), other).to.be.a('function');
      });
    });
  }

  it('several elements\' scripts on one page (each defines the elements it shows inside again): all work', async () => {
    const body = elements.map((tag) => `${script(`/dist/${tag}.iife.js`, 'defer')}<${tag}></${tag}>`).join('');
    const win = await openFrame({ body, width: 400, height: 600 });
    await rendered(win, [...elements]);
    for (const tag of elements) expect(textIn(win.document.querySelector(tag)!, shows[tag].selector), tag).to.equal(shows[tag].text);
    expect(win.__errors, 'errors').to.deep.equal([]);
    expect(win.__warnings, 'warnings').to.deep.equal([]);
  });

  it('with the Spanish pack (dist/locales/es.iife.js): the element speaks Spanish', async () => {
    const body = `${script('/dist/stretch-timer.iife.js')}<div lang="es"><stretch-timer stretch="pigeon-pose"></stretch-timer></div>${script('/dist/locales/es.iife.js')}`;
    const win = await openFrame({ body, width: 400, height: 600 });
    await rendered(win, ['stretch-timer']);
    const timer = win.document.querySelector('stretch-timer')!;
    expect(textIn(timer, '.name')).to.equal(es.stretches['pigeon-pose'].name);
    expect(textIn(timer, 'button.primary')).to.equal(es.timer.start);
    expect(win.__errors, 'errors').to.deep.equal([]);
    expect(win.__warnings, 'warnings').to.deep.equal([]);
  });
});
