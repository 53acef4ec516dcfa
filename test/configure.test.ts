// The configurator (demo/configure.html), as a site owner uses it: choose, copy the code, paste it into a blank page.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clean, settled } from './helpers/dom.js';
import { openFrame, rendered, type FrameWindow } from './helpers/frame.js';
import { mountConfigurator } from '../demo/configure/configure.js';

/** Opens the configurator with `fragment` as its address's fragment; resolves once its previews have rendered. */
async function configurator(fragment = '', width = 1280): Promise<FrameWindow> {
  const win = await openFrame({ src: `/demo/configure.html#${fragment}`, width, height: 900 });
  await waitUntil(() => win.document.querySelector('#gk-code'), 'the configurator never drew', { timeout: 10000 });
  await Promise.all([...win.document.querySelectorAll('.preview-page > *')].map((el) => settled(el)));
  return win;
}

const code = (win: Window) => win.document.querySelector('#gk-code')!.textContent!;
const preview = (win: Window, width: 375 | 720) => win.document.querySelector(`.preview-page[data-width="${width}"] > *`)!;
/** Everything the element shows, through its shadow roots. */
function shown(el: Element): string {
  const text = (node: Node): string => [...((node as Element).shadowRoot ?? node).childNodes]
    .map((child) => (child.nodeType === Node.TEXT_NODE ? child.textContent : child.nodeType === Node.ELEMENT_NODE ? text(child) : '')).join(' ');
  // The printed handout names the page's own address, which differs between the two pages.
  return clean(text(el)).replace(/open \S*#gk-plan=/, 'open #gk-plan=');
}
const attributesOf = (el: Element) => Object.fromEntries(el.getAttributeNames().map((n) => [n, el.getAttribute(n)]));

/** The code pasted into a blank page, with the CDN address (if any) swapped for the built files served here. */
async function pasted(snippet: string, version: string): Promise<FrameWindow> {
  const body = snippet.replaceAll(`https://cdn.jsdelivr.net/npm/glute-knots@${version}/dist/`, '/dist/');
  const win = await openFrame({ body, width: 720 + 16, height: 900 });
  await rendered(win);
  return win;
}

const version = async () => ((await (await fetch('/package.json')).json()) as { version: string }).version;

describe('configurator: the code, pasted into a blank page', () => {
  const cases = {
    'a timer with another exercise and hold, in Spanish, dark': 'element=stretch-timer&a.stretch=glute-bridge&a.hold=45&a.theme=dark&lang=es&page=dark&folder=/dist/',
    'a routine with a dose per exercise': 'element=stretch-routine&a.stretches=pigeon-pose:45x2, clamshell:20x3:one, childs-pose&a.heading=Your plan&folder=/dist/',
    'the guide with chosen sections': 'element=glute-knot-guide&a.sections=what, see-a-professional, causes&a.heading-level=3&a.emergency-number=000 in Australia&a.no-timers=&folder=/dist/',
  };
  for (const [name, fragment] of Object.entries(cases)) {
    it(`${name}: the same element, attributes and text as the preview`, async () => {
      const win = await configurator(fragment);
      const page = await pasted(code(win), await version());
      const [element] = page.document.body.getElementsByTagName(preview(win, 720).localName);
      expect(page.__errors).to.deep.equal([]);
      expect(attributesOf(element)).to.deep.equal(attributesOf(preview(win, 720)));
      expect(shown(element)).to.equal(shown(preview(win, 720)));
      expect(shown(element).length).to.be.greaterThan(20);
    });
  }

  it('from the CDN: each script carries the hash of dist/integrity.json, and the browser accepts it', async () => {
    const win = await configurator('element=stretch-timer&a.stretch=clamshell&lang=es&source=cdn');
    const integrity = (await (await fetch('/dist/integrity.json')).json()) as Record<string, string>;
    const snippet = code(win);
    expect(snippet).to.contain(`/dist/stretch-timer.iife.js" integrity="${integrity['stretch-timer.iife.js']}" crossorigin="anonymous"`);
    expect(snippet).to.contain(`/dist/locales/es.iife.js" integrity="${integrity['locales/es.iife.js']}" crossorigin="anonymous"`);
    const page = await pasted(snippet, await version());
    expect(shown(page.document.querySelector('stretch-timer')!)).to.equal(shown(preview(win, 720)));
    expect(win.document.body.textContent).to.contain('after the first release');
  });

  it('the code reserves space for the chosen element only, and has fallback text inside the tag', async () => {
    const win = await configurator('element=causes-table&a.highlight=stress');
    expect(code(win)).to.match(/causes-table:not\(:defined\)/);
    expect(code(win)).not.to.match(/stretch-timer|glute-knot-guide/);
    expect(code(win)).to.contain('<causes-table highlight="stress">Common causes of glute knots, and what helps.</causes-table>');
  });
});

describe('configurator: controls, copy, download, address', () => {
  it('a control changes the preview and the code at once, and the address keeps it', async () => {
    const win = await configurator();
    const select = win.document.querySelector<HTMLSelectElement>('#opt-stretch')!;
    select.value = 'clamshell';
    select.dispatchEvent(new Event('change'));
    const hold = win.document.querySelector<HTMLInputElement>('#opt-hold')!;
    hold.value = '40';
    hold.dispatchEvent(new Event('input'));
    await settled(preview(win, 375));
    expect(preview(win, 375).getAttribute('stretch')).to.equal('clamshell');
    expect(shown(preview(win, 375))).to.contain('Clamshell');
    expect(code(win)).to.contain('<stretch-timer stretch="clamshell" hold="40">Clamshell:');
    // A number out of range stays in the box, marked, and never reaches the code.
    hold.value = '500';
    hold.dispatchEvent(new Event('input'));
    expect(hold.getAttribute('aria-invalid')).to.equal('true');
    expect(getComputedStyle(hold.parentElement!.querySelector('.invalid-note')!).display).to.equal('block');
    expect(code(win)).to.contain('hold="40"');
    hold.value = '40';
    hold.dispatchEvent(new Event('input'));
    const again = await configurator(win.location.hash.slice(1));
    expect(code(again)).to.equal(code(win));
    expect(again.document.querySelector<HTMLSelectElement>('#opt-stretch')!.value).to.equal('clamshell');
    expect(again.document.querySelector<HTMLInputElement>('#opt-hold')!.value).to.equal('40');
  });

  it('Copy puts the code on the clipboard and says "Copied"', async () => {
    const win = await configurator('element=glute-muscle-map&a.muscle=piriformis');
    let copied = '';
    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
    win.document.querySelector<HTMLButtonElement>('#gk-copy')!.click();
    await waitUntil(() => win.document.querySelector('[role="status"]')?.textContent === 'Copied');
    expect(copied).to.equal(code(win));
  });

  it('Download gives a whole example page holding the code', async () => {
    const win = await configurator('element=stretch-timer&a.stretch=pigeon-pose');
    const clicked: HTMLAnchorElement[] = [];
    win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) { clicked.push(this); };
    win.document.querySelector<HTMLButtonElement>('#gk-download')!.click();
    const [link] = clicked;
    expect(link?.download).to.equal('glute-knots-stretch-timer.html');
    const page = await (await win.fetch(link.href)).text();
    expect(page).to.match(/^<!doctype html>/);
    expect(page).to.contain(code(win));
  });

  it('the platform tabs follow the arrow keys, and the WordPress tab gives the shortcode', async () => {
    const win = await configurator('element=stretch-timer&a.stretch=pigeon-pose&a.sound=');
    const tabs = [...win.document.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs.map((t) => t.textContent)).to.deep.equal(['WordPress', 'Squarespace', 'Webflow', 'Ghost', 'Wix']);
    expect(win.document.querySelector('#gk-shortcode')?.textContent).to.equal('[stretch_timer stretch="pigeon-pose" sound]');
    tabs[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => win.document.activeElement?.textContent === 'Squarespace');
    expect(win.document.querySelector('[role="tab"][aria-selected="true"]')?.textContent).to.equal('Squarespace');
    expect(win.document.querySelector('[role="tabpanel"]')?.textContent).to.contain('Code');
    expect(win.document.querySelector('[role="tabpanel"]')?.textContent).to.contain('not verified');
  });

  it('fits a 320 px screen', async () => {
    const win = await configurator('element=stretch-routine', 320);
    expect(win.document.documentElement.scrollWidth).to.be.at.most(320);
  });

  for (const tag of ['stretch-timer', 'stretch-routine', 'glute-knot-guide']) {
    it(`passes axe (${tag})`, async () => {
      history.replaceState(null, '', `#element=${tag}`);
      const root = Object.assign(document.createElement('div'), { className: 'configurator' });
      document.body.append(root);
      try {
        await mountConfigurator(root);
        await Promise.all([...root.querySelectorAll('.preview-page > *')].map((el) => settled(el)));
        expect(root.querySelectorAll('input, select').length).to.be.greaterThan(5);
        await expect(root).to.be.accessible();
      } finally {
        root.remove();
        history.replaceState(null, '', location.pathname + location.search);
      }
    });
  }
});
