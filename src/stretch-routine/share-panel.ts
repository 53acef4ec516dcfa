/**
 * "Send to phone" (`share`): the button, and the panel it shows: the link, its QR code drawn on the device as inline
 * SVG, Copy with its confirmation, and the system share sheet where the browser has one.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RoutineText } from '../../content/types.js';

/** A QR code's modules, as lean-qr gives them. */
export interface QrMatrix {
  readonly size: number;
  get(x: number, y: number): boolean;
}

/** The quiet zone around a QR code, in modules (the standard's minimum). */
const quiet = 4;

/** One SVG path of unit squares, one per dark module, offset by the quiet zone. */
export function qrPath(code: QrMatrix): string {
  let d = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) if (code.get(x, y)) d += `M${x + quiet} ${y + quiet}h1v1h-1z`;
  }
  return d;
}

/** The QR code as an image with an accessible name: black modules on white, crisp at any size. */
export function qrSvg(code: QrMatrix, label: string): TemplateResult {
  const n = code.size + 2 * quiet;
  return html`<svg class="qr" part="qr" viewBox="0 0 ${n} ${n}" role="img" aria-label=${label} shape-rendering="crispEdges"
    xmlns="http://www.w3.org/2000/svg"><rect width=${n} height=${n} fill="#fff"></rect><path d=${qrPath(code)} fill="#000"></path></svg>`;
}

export interface ShareView {
  t: RoutineText['share'];
  /** "Print handout". */
  print: string;
  /** Whether Send to phone is offered (`share`); Print handout always is. */
  withShare: boolean;
  open: boolean;
  url: string;
  qr: QrMatrix | null;
  status: string;
  canShare: boolean;
  on: { toggle(): void; copy(): void; share(): void; print(): void };
}

export function sharePanelTemplate(v: ShareView): TemplateResult {
  const { t } = v;
  return html`<div class="share" part="share">
    <div class="share-buttons">
      ${v.withShare ? html`<button class="share-toggle" part="button share-toggle" aria-expanded=${v.open ? 'true' : 'false'}
        aria-controls="share-panel" @click=${() => v.on.toggle()}>${t.open}</button>` : nothing}
      <button class="print-handout" part="button print-handout" @click=${() => v.on.print()}>${v.print}</button>
    </div>
    ${v.withShare ? html`<div id="share-panel" class="share-panel" part="share-panel" ?hidden=${!v.open}>
      ${v.open ? html`
        <p>${t.intro}</p>
        <div class="qr-box">${v.qr ? qrSvg(v.qr, t.qr) : nothing}</div>
        <label class="share-label" for="share-link">${t.link}</label>
        <input id="share-link" class="share-link" part="share-link" type="url" readonly .value=${v.url}>
        <div class="share-actions">
          <button class="copy" part="button" @click=${() => v.on.copy()}>${t.copy}</button>
          ${v.canShare ? html`<button class="system-share" part="button" @click=${() => v.on.share()}>${t.share}</button>` : nothing}
          <span class="copy-status" role="status">${v.status}</span>
        </div>` : nothing}
    </div>` : nothing}
  </div>`;
}
