/**
 * The routine's "Send to phone" (`share`): makes the link when the panel opens (and again when the plan or language
 * changes while it is open), fires `routine-share`, loads the QR encoder only then (a separate chunk), and copies or
 * shares the link. Also reads a plan from this page's own link, strictly (see share.ts).
 */
import type { CSSResult, ReactiveController, ReactiveControllerHost } from 'lit';
import type { RoutineText } from '../../content/types.js';
import { warnOnce } from '../core/attributes.js';
import { emit } from '../core/events.js';
import { printAlone, stampDate } from './handout.js';
import { readShared, type SharedPlan } from './share.js';
import { sharePanelTemplate, type QrMatrix } from './share-panel.js';

/** `detail` of `routine-share`. */
export interface RoutineShareDetail {
  url: string;
}

/** The QR code of `text`, from lean-qr loaded on first use; `null` if it cannot hold it. */
export async function qrCode(text: string): Promise<QrMatrix | null> {
  const { generate } = await import('lean-qr/nano');
  try {
    return generate(text);
  } catch {
    return null;
  }
}

export class ShareController implements ReactiveController {
  open = false;
  url = '';
  qr: QrMatrix | null = null;
  status = '';
  /** The QR codes made so far, by link: the handout shows the current link's once it is made. */
  private readonly codes = new Map<string, QrMatrix | null>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: { link: () => string; t: () => RoutineText; lang: () => string; styles: readonly CSSResult[] },
  ) {
    host.addController(this);
  }

  /** Where the browser has a share sheet. */
  get canShare(): boolean {
    return typeof navigator.share === 'function';
  }

  /** The plan in this page's own link, if it has one that passes every check; a rejected one is warned about. */
  readLink(): SharedPlan | null {
    const shared = readShared(location.hash);
    if (shared && 'problem' in shared) {
      warnOnce(this.host, 'share:link', `the routine in this page's link is ignored (${shared.problem}); showing the page's own routine.`);
      return null;
    }
    return shared;
  }

  /** The browser's own Print: the handout that stands in for the routine gets the date. */
  private readonly beforePrint = () => stampDate(this.handout, this.options.t().handout, this.options.lang());

  hostConnected(): void {
    addEventListener('beforeprint', this.beforePrint);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.beforePrint);
  }

  private get handout(): Element | null | undefined {
    return this.host.shadowRoot?.querySelector('.gk > .handout');
  }

  hostUpdate(): void {
    if (!this.open) return;
    const url = this.options.link();
    if (url === this.url) return;
    this.url = url;
    this.qr = null;
    this.status = '';
    emit(this.host, 'routine-share', { url } satisfies RoutineShareDetail);
    void this.code(url).then((code) => {
      if (this.url !== url) return;
      this.qr = code;
      this.host.requestUpdate();
    });
  }

  private async code(url: string): Promise<QrMatrix | null> {
    if (!this.codes.has(url)) this.codes.set(url, await qrCode(url));
    return this.codes.get(url) ?? null;
  }

  /** The link and, once made, its QR code, for the handout. */
  handoutLink(): { url: string; qr: QrMatrix | null } {
    const url = this.options.link();
    return { url, qr: this.codes.get(url) ?? null };
  }

  /** Print handout: makes the QR code, lets the routine's handout show it, then prints a copy of it alone. */
  async print(): Promise<void> {
    await this.code(this.options.link());
    this.host.requestUpdate();
    await (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const root = this.host.shadowRoot;
    const handout = this.handout;
    this.beforePrint();
    if (root && handout) await printAlone(root, handout, this.options.styles, this.options.lang(), this.options.t().handout.title);
  }

  toggle(): void {
    this.open = !this.open;
    this.url = '';
    this.host.requestUpdate();
  }

  async copy(): Promise<void> {
    const t = this.options.t().share;
    try {
      await navigator.clipboard.writeText(this.url);
      this.status = t.copied;
    } catch {
      // No clipboard API (or not allowed): select the link and copy the selection.
      const field = this.host.shadowRoot?.querySelector<HTMLInputElement>('.share-link');
      field?.focus();
      field?.select();
      let copied: boolean;
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
      this.status = copied ? t.copied : t.copyFailed;
    }
    this.host.requestUpdate();
  }

  /** Print handout, and with `share` the Send to phone button and, when open, its panel. */
  panel(t: RoutineText, withShare: boolean) {
    return sharePanelTemplate({
      t: t.share, print: t.handout.print, withShare, open: this.open && withShare, url: this.url, qr: this.qr, status: this.status, canShare: this.canShare,
      on: { toggle: () => this.toggle(), copy: () => void this.copy(), share: () => void this.share(), print: () => void this.print() },
    });
  }

  async share(): Promise<void> {
    try {
      await navigator.share({ title: this.options.t().share.title, url: this.url });
    } catch {
      // Closed by the reader, or not allowed: nothing to do.
    }
  }
}
