import { waitUntil } from '@open-wc/testing';
import { settled } from './dom.js';

/** A page loaded in an iframe, as a site owner's page would load the library; `__errors` collects its errors. */
export type FrameWindow = Window & typeof globalThis & { __errors: string[]; __warnings: string[]; __violations?: string[] };

/**
 * Opens `src`, or a page whose body is `body`, in an iframe of the given size. A `body` page collects uncaught
 * errors and `console.error` calls in `__errors`, and `console.warn` calls in `__warnings`, from before any of its
 * scripts run.
 */
export async function openFrame(options: { body?: string; src?: string; width?: number; height?: number }): Promise<FrameWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${options.width ?? 800}px; height: ${options.height ?? 700}px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (options.src) frame.src = options.src;
  else {
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script>
      window.__errors = []; window.__warnings = [];
      const warn = console.warn; console.warn = (...a) => { __warnings.push(a.join(' ')); warn(...a); };
      addEventListener('error', (e) => __errors.push(String(e.message)));
      const error = console.error; console.error = (...a) => { __errors.push(a.join(' ')); error(...a); };
    </script></head><body>${options.body ?? ''}</body></html>`;
  }
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  win.__errors ??= [];
  win.__warnings ??= [];
  return win;
}

/**
 * Waits until `tags` (default: every custom element in the page) are defined, then until each has rendered, with the
 * elements inside it. Defining may lag the load event when the script is async or injected.
 */
export async function rendered(win: FrameWindow, tags?: string[]): Promise<void> {
  const names = tags ?? [...new Set([...win.document.querySelectorAll('*')].map((el) => el.localName).filter((n) => n.includes('-')))];
  if (!names.length) return;
  const undefinedTags = () => names.filter((t) => !win.customElements.get(t));
  await waitUntil(() => !undefinedTags().length, undefined, { timeout: 5000 }).catch(() => {
    throw new Error(`never defined: ${undefinedTags().join(', ')}`);
  });
  for (const el of win.document.querySelectorAll(names.join(','))) await settled(el);
}
