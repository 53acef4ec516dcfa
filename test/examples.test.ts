import { expect, waitUntil } from '@open-wc/testing';

// The framework examples in demo/examples/, as built by `npm run examples` into dist-examples/ (scripts/test.sh builds
// them before the browser tests). Each page renders a <stretch-timer> and writes the stretch-complete event's detail
// into #result from the framework's own handler.

type Timer = HTMLElement & { start(): void; skip(): void; phase: string; updateComplete: Promise<unknown> };

async function loadExample(name: string): Promise<{ doc: Document; errors: string[]; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 480px; height: 720px';
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.src = `/dist-examples/${name}/index.html`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const errors: string[] = [];
  win.addEventListener('error', (e) => errors.push(String(e.message)));
  const consoleError = win.console.error.bind(win.console);
  win.console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    consoleError(...args);
  };
  return { doc: frame.contentDocument!, errors, frame };
}

for (const [name, framework] of [['html', 'a plain script tag'], ['bundler', 'a bundled module'], ['react', 'React 19'], ['vue', 'Vue 3']]) {
  describe(`example: ${framework} (dist-examples/${name})`, () => {
    let frame: HTMLIFrameElement | undefined;
    afterEach(() => frame?.remove());

    it('renders <stretch-timer>, and its stretch-complete event reaches the framework handler', async () => {
      const page = await loadExample(name);
      frame = page.frame;
      const { doc, errors } = page;
      await waitUntil(() => doc.querySelector('stretch-timer')?.shadowRoot?.querySelector('.name'), `${name}: <stretch-timer> did not render`, { timeout: 5000 });
      const timer = doc.querySelector('stretch-timer') as Timer;
      await timer.updateComplete;
      expect(timer.shadowRoot!.querySelector('.name')!.textContent!.trim()).to.equal('Pigeon pose');
      // The framework passed `reps` (2) on to the element: as a property (React 19, Vue) or an attribute (HTML).
      expect(timer.shadowRoot!.querySelector('.round')!.textContent!.trim()).to.equal('Round 1 of 2');
      expect(doc.querySelector('#result')!.textContent).to.equal('Not done yet.');

      // Run the whole session at once: start, then skip every phase (lead-in, holds and rests on both sides).
      timer.start();
      for (let i = 0; i < 50 && timer.phase !== 'done'; i++) timer.skip();
      expect(timer.phase).to.equal('done');
      await waitUntil(() => doc.querySelector('#result')!.textContent !== 'Not done yet.', `${name}: the handler did not run`, { timeout: 3000 });
      expect(doc.querySelector('#result')!.textContent).to.equal('Done: 2 rounds of pigeon-pose.');
      expect(errors).to.deep.equal([]);
    });
  });
}
