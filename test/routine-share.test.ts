import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type jsQRType from 'jsqr';
import '../src/stretch-routine/index.js';
import '../src/locales/es.js';
import type { RoutineShareDetail, StretchRoutine } from '../src/stretch-routine/stretch-routine.js';
import { maxChars, readShared, shareLink } from '../src/stretch-routine/share.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { clean, settled, textIn } from './helpers/dom.js';
import { openFrame, rendered, type FrameWindow } from './helpers/frame.js';

const page = `${location.origin}/test/pages/share.html`;
/** The plan of test/pages/share.html's own routine. */
const pagePlan = [{ stretch: 'glute-bridge', hold: 20, reps: 2, sides: 'one' }];

/** jsQR (a UMD script), loaded once. */
let decoder: Promise<typeof jsQRType> | undefined;
function jsQR(): Promise<typeof jsQRType> {
  decoder ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/jsqr/dist/jsQR.js';
    script.onload = () => resolve((window as unknown as { jsQR: typeof jsQRType }).jsQR);
    script.onerror = reject;
    document.head.append(script);
  });
  return decoder;
}

/** Draws the QR code's SVG path on a canvas (white, then the path in black, 6 px a module) and decodes it. */
async function decodeQr(svg: SVGSVGElement): Promise<string | null> {
  const n = svg.viewBox.baseVal.width;
  const scale = 6;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = n * scale;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.scale(scale, scale);
  ctx.fillStyle = '#000';
  ctx.fill(new Path2D(svg.querySelector('path')!.getAttribute('d')!));
  const image = ctx.getImageData(0, 0, canvas.width, canvas.height);
  return (await jsQR())(image.data, canvas.width, canvas.height)?.data ?? null;
}

type Routine = StretchRoutine & HTMLElement;
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const panelQr = (el: Element) => el.shadowRoot!.querySelector('.share-panel svg.qr');

/** Opens "Send to phone" and waits for the QR code; gives the `routine-share` url. */
async function openPanel(el: Routine): Promise<string> {
  const made = oneEvent(el, 'routine-share') as Promise<CustomEvent<RoutineShareDetail>>;
  (part(el, 'share-toggle') as HTMLButtonElement).click();
  const { detail } = await made;
  await waitUntil(() => panelQr(el), 'the QR code is drawn', { timeout: 5000 });
  await settled(el);
  return detail.url;
}

async function openPage(hash: string): Promise<{ win: FrameWindow; el: Routine }> {
  const win = await openFrame({ src: `${page}${hash}`, height: 900 });
  await rendered(win);
  return { win, el: win.document.querySelector('stretch-routine') as Routine };
}

/** Presses Print handout and returns the hidden frame's window once it prints (its print() is replaced: no dialog). */
async function printHandout(el: Element): Promise<Window> {
  let printed: Window | null = null;
  const watch = new MutationObserver(() => {
    const frame = el.shadowRoot!.querySelector<HTMLIFrameElement>('iframe.handout-frame');
    if (frame?.contentWindow) frame.contentWindow.print = () => void (printed = frame.contentWindow);
  });
  watch.observe(el.shadowRoot!, { childList: true });
  try {
    (el.shadowRoot!.querySelector('[part~="print-handout"]') as HTMLButtonElement).click();
    await waitUntil(() => printed, 'the frame is printed', { timeout: 5000 });
  } finally {
    watch.disconnect();
  }
  return printed!;
}

describe('<stretch-routine share>: the link', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('writes and reads the plan and language under its own key, built-in exercises only', () => {
    const link = shareLink('https://clinic.example/stretches?x=1#faq', 'es', [
      { stretch: 'pigeon-pose', hold: 45, reps: 2 }, { stretch: 'figure-four', hold: 30, reps: 3, sides: 'one' },
      { exercise: { name: 'Wall sit', steps: ['Sit.'] } }, { unknown: 'nope' },
    ]);
    expect(link).to.equal('https://clinic.example/stretches?x=1#gk-plan=1:es/pigeon-pose:45x2,figure-four:30x3:one');
    expect(readShared(new URL(link).hash)).to.deep.equal({
      lang: 'es', items: [{ stretch: 'pigeon-pose', hold: 45, reps: 2 }, { stretch: 'figure-four', hold: 30, reps: 3, sides: 'one' }],
    });
    expect(readShared('#faq')).to.equal(null);
    expect(readShared('')).to.equal(null);
    for (const bad of ['2:en/pigeon-pose', '1:en/', '1:en/nope', '1:en/pigeon-pose:999', '1:<b>/pigeon-pose', '1:en/pigeon-pose%3Cb%3E',
      `1:en/${Array(21).fill('pigeon-pose').join(',')}`, `1:en/pigeon-pose${':45'.repeat(maxChars)}`, '1:en/pigeon-pose:45x2:left', '%E0%A4%A']) {
      expect(readShared(`#gk-plan=${bad}`), bad).to.have.property('problem');
    }
  });

  it('the panel: the link, its QR code (which decodes to it), Copy with its confirmation, routine-share', async () => {
    const el = await fixture<Routine>(html`<stretch-routine share stretches="pigeon-pose:45x2, figure-four:30x3:one"></stretch-routine>`);
    expect(part(el, 'share-panel')!.hasAttribute('hidden')).to.equal(true);
    const url = await openPanel(el);
    expect(url).to.equal(`${location.href.split('#')[0]}#gk-plan=1:en/pigeon-pose:45x2,figure-four:30x3:one`);
    expect((part(el, 'share-link') as HTMLInputElement).value).to.equal(url);
    expect(part(el, 'share-toggle')!.getAttribute('aria-expanded')).to.equal('true');
    const qr = panelQr(el) as SVGSVGElement;
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.getAttribute('aria-label')).to.equal('QR code of the link to this routine');
    expect(qr.querySelectorAll('path')).to.have.length(1);
    expect(await decodeQr(qr)).to.equal(url);
    // The Share button only where the browser has a share sheet.
    expect(!!el.shadowRoot!.querySelector('.system-share')).to.equal(typeof navigator.share === 'function');

    let copied = '';
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
    try {
      (el.shadowRoot!.querySelector('.copy') as HTMLButtonElement).click();
      await waitUntil(() => textIn(el, '.copy-status'), 'Copy confirms');
      expect(copied).to.equal(url);
      expect(textIn(el, '.copy-status')).to.equal('Copied');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('without the clipboard API, Copy selects the link and copies the selection', async () => {
    const el = await fixture<Routine>(html`<stretch-routine share></stretch-routine>`);
    await openPanel(el);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    try {
      (el.shadowRoot!.querySelector('.copy') as HTMLButtonElement).click();
      await waitUntil(() => textIn(el, '.copy-status'), 'Copy answers');
      const field = part(el, 'share-link') as HTMLInputElement;
      expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
      expect(['Copied', 'The link is selected: copy it with your device’s Copy.']).to.include(textIn(el, '.copy-status'));
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('share-url sets where the link goes, without its fragment; a new plan makes a new link', async () => {
    const el = await fixture<Routine>(html`<stretch-routine share share-url="https://clinic.example/home#top" stretches="glute-bridge"></stretch-routine>`);
    expect(await openPanel(el)).to.equal('https://clinic.example/home#gk-plan=1:en/glute-bridge');
    const again = oneEvent(el, 'routine-share') as Promise<CustomEvent<RoutineShareDetail>>;
    el.plan = [{ stretch: 'pigeon-pose', hold: 60 }];
    expect((await again).detail.url).to.equal('https://clinic.example/home#gk-plan=1:en/pigeon-pose:60');
    await waitUntil(() => panelQr(el), 'the new QR code is drawn');
    expect(await decodeQr(panelQr(el) as SVGSVGElement)).to.equal('https://clinic.example/home#gk-plan=1:en/pigeon-pose:60');
  });

  it('round trip: a fresh page opened from the link shows the same plan and language, and no editor', async () => {
    const el = await fixture<Routine>(html`<stretch-routine share lang="es" share-url=${page}
      stretches="pigeon-pose:45x2, figure-four:30x3:one, seated-forward-bend:x1"></stretch-routine>`);
    const url = await openPanel(el);
    const { win, el: opened } = await openPage(new URL(url).hash);
    expect(opened.plan).to.deep.equal(el.plan);
    expect(opened.getAttribute('lang')).to.equal('es');
    expect(textIn(opened, '[part~="share-toggle"]')).to.equal('Enviar al móvil');
    expect(opened.getAttribute('stretches')).to.equal('pigeon-pose:45x2, figure-four:30x3:one, seated-forward-bend:x1');
    expect(part(opened, 'editor'), 'no editor').to.equal(null);
    // Only the plan comes from the link: the heading and note are the page's own.
    expect(textIn(opened, '[part~="heading"]')).to.equal('The clinic\'s heading');
    expect(win.__warnings).to.deep.equal([]);
  });

  it('a page opened with an in-page anchor keeps its own plan and editor, with no warning', async () => {
    const { win, el } = await openPage('#faq');
    expect(el.plan).to.deep.equal(pagePlan);
    expect(part(el, 'editor')).to.not.equal(null);
    expect(win.__warnings).to.deep.equal([]);
  });

  const hostile: Record<string, string> = {
    'markup in place of an id': '1:en/<img src=x onerror="parent.__pwned=1">,pigeon-pose',
    'markup in the language': '1:en"><b>x</b>/pigeon-pose',
    'a site\'s own exercise': '1:en/pigeon-pose,exercise={"name":"<b>Hacked</b>","steps":["x"]}',
    'a heading': '1:en/pigeon-pose&heading=Hacked',
    'an unknown id': '1:en/hacked-stretch',
    'a dose out of range': '1:en/pigeon-pose:1000x50',
    'too many exercises': `1:en/${Array(21).fill('pigeon-pose').join(',')}`,
    'too long': `1:en/${Array(60).fill('pigeon-pose:45x2').join(',')}`,
    'another version': '2:en/pigeon-pose',
  };
  for (const [what, value] of Object.entries(hostile)) {
    it(`a link with ${what} is ignored with a warning; the page's own plan is kept and nothing of it is shown`, async () => {
      const { win, el } = await openPage(`#gk-plan=${value}`);
      expect(el.plan).to.deep.equal(pagePlan);
      expect(el.getAttribute('stretches')).to.equal('glute-bridge:20x2');
      expect(win.__warnings.join('\n')).to.contain('the routine in this page\'s link is ignored');
      expect(win.__errors).to.deep.equal([]);
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('img, b, script')).to.have.length(0);
      expect(root.textContent).to.not.match(/Hacked|hacked-stretch|onerror/);
      expect(part(el, 'editor'), 'the page\'s editor stays').to.not.equal(null);
      expect((win as unknown as { __pwned?: number }).__pwned ?? (window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  }

  for (const width of [320, 1280]) {
    it(`passes axe with the panel open, and fits (${width} px)`, async () => {
      const wrap = await fixture(html`<div style="width: ${width}px"><stretch-routine share editable></stretch-routine></div>`);
      const el = wrap.querySelector('stretch-routine') as Routine;
      await openPanel(el);
      await expect(el).to.be.accessible();
      expect(el.shadowRoot!.querySelector('.gk')!.scrollWidth).to.be.at.most(width + 1);
    });
  }

  it('the classic script holds the QR encoder: opening the panel fetches nothing and stores nothing', async () => {
    const win = await openFrame({ src: '/test/pages/share-script.html', height: 900 });
    await rendered(win);
    const el = win.document.querySelector('stretch-routine') as Routine;
    const url = await openPanel(el);
    expect(await decodeQr(panelQr(el) as SVGSVGElement)).to.equal(url);
    await new Promise((r) => setTimeout(r, 300));
    const requests = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)
      .filter((path) => !path.startsWith('/__web-dev-server'));
    expect(requests).to.deep.equal(['/dist/stretch-routine.iife.js']);
    expect(win.document.cookie).to.equal('');
    expect(win.localStorage.length + win.sessionStorage.length).to.equal(0);
  });
});

describe('<stretch-routine>: the handout', () => {
  const four = 'pigeon-pose:45x2, figure-four:30x3:one, glute-bridge:5x10, clamshell:5x10';
  const doses = ['Hold 45 seconds, 2 times on each side', 'Hold 30 seconds, 3 times', 'Lift and hold 5 seconds, 10 times', 'Lift and hold 5 seconds, 10 times on each side'];

  it('the browser\'s own Print: the routine prints as the handout, 4 exercises on at most 2 pages, no timer leftovers (Chromium PDF)', async function () {
    const el = await fixture<Routine>(html`<stretch-routine share share-url="https://clinic.example/stretches" heading="Your home stretches"
      emergency-number="999 (UK)" stretches=${four}><p slot="note">Once a day, after a warm shower.</p></stretch-routine>`);
    await settled(el);
    const { text, pages } = await executeServerCommand<{ text: string | null; pages: number }, Record<string, never>>('printed-text', {});
    if (text === null) this.skip();
    const printed = clean(text);
    expect(pages).to.be.at.most(2);
    for (const dose of doses) expect(printed).to.contain(dose);
    for (const leftover of ['Ready', '0:05', '0:45', 'Start here', 'Start the routine', 'Send to phone', 'Print handout', 'Exercise 1 of 4']) {
      expect(printed).to.not.contain(leftover);
    }
    expect(printed).to.not.match(/\bStart\b(?! on your)/); // the timer's button (a step starts "Start on your hands and knees")
    expect(printed).to.contain('Once a day, after a warm shower.');
    expect(printed).to.contain('Call 999 (UK)');
    expect(printed).to.contain(`Printed on ${new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date())}`);
    // The link may break across lines.
    expect(text!.replace(/\s+/g, '')).to.contain('https://clinic.example/stretches#gk-plan=1:en/pigeon-pose:45x2,figure-four:30x3:one,glute-bridge:5x10,clamshell:5x10');
  });

  it('Print handout prints the handout alone from a hidden frame, with the QR code of the link', async () => {
    const el = await fixture<Routine>(html`<stretch-routine share share-url="https://clinic.example/stretches" stretches=${four}>
      <p slot="note">Once a day.</p></stretch-routine>`);
    const printed = await printHandout(el);
    const doc = printed.document;
    const text = clean(doc.body.textContent);
    for (const dose of doses) expect(text).to.contain(dose);
    expect(text).to.contain('Once a day.');
    expect(text).to.contain(`Printed on ${new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date())}`);
    expect(doc.querySelectorAll('.handout-item')).to.have.length(4);
    expect(doc.querySelectorAll('.handout-item svg.gk-illustration')).to.have.length(4);
    expect(text).to.not.match(/Ready|Start here|Send to phone/);
    const qr = doc.querySelector('.handout-qr svg') as SVGSVGElement;
    expect(await decodeQr(qr)).to.equal('https://clinic.example/stretches#gk-plan=1:en/pigeon-pose:45x2,figure-four:30x3:one,glute-bridge:5x10,clamshell:5x10');
    expect(printed.getComputedStyle(doc.querySelector('.handout')!).display).to.equal('block');
  });

  it('a routine without share still has Print handout (no Send to phone), and its handout carries the link and QR code', async () => {
    const el = await fixture<Routine>(html`<stretch-routine share-url="https://clinic.example/stretches" stretches="glute-bridge:5x10"></stretch-routine>`);
    expect(part(el, 'share-toggle'), 'no Send to phone without share').to.equal(null);
    const doc = (await printHandout(el)).document;
    expect(clean(doc.body.textContent)).to.contain('Lift and hold 5 seconds, 10 times');
    const qr = doc.querySelector('.handout-qr svg') as SVGSVGElement;
    expect(await decodeQr(qr)).to.equal('https://clinic.example/stretches#gk-plan=1:en/glute-bridge:5x10');
    await expect(el).to.be.accessible();
  });
});

describe('<stretch-routine share> under a strict Content-Security-Policy with Trusted Types', () => {
  it('opens the panel, draws the QR code and prints the handout with no violation', async () => {
    const win = await openFrame({ src: '/test/pages/csp.html', height: 900 });
    await rendered(win);
    const el = win.document.querySelector('stretch-routine') as Routine;
    el.setAttribute('share', '');
    el.setAttribute('stretches', 'pigeon-pose:45x2, glute-bridge:5x10');
    await settled(el);
    const url = await openPanel(el);
    expect(await decodeQr(panelQr(el) as SVGSVGElement)).to.equal(url);
    const printed = await printHandout(el);
    expect(printed.document.querySelectorAll('.handout-item')).to.have.length(2);
    // The handout's styles applied in the frame (adopted, as style-src 'self' allows).
    expect(printed.getComputedStyle(printed.document.querySelector('.handout-item')!).display).to.equal('grid');
    await new Promise((r) => setTimeout(r, 100));
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });
});
