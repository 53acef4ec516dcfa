/**
 * The printed handout: heading, the clinic's note (as text), the safety line with the emergency number, each exercise
 * with its drawing, name, dose in words, steps and cautions, the QR code and the link, and the date. Black on white,
 * at most two A4 or Letter pages for four exercises. The routine keeps it in its shadow tree for the browser's own Print
 * (`@media print` shows it in place of the routine), and Print handout prints it alone from a hidden frame.
 */
// role="list" stays on lists styled with list-style: none: Safari (VoiceOver) drops their list semantics otherwise.
/* eslint-disable lit-a11y/no-redundant-role */
import { css, html, nothing, type CSSResult, type TemplateResult } from 'lit';
import type { RoutineText, SafetyText } from '../../content/types.js';
import { cautionsFor } from '../core/cautions.js';
import { heading } from '../core/heading.js';
import { fill, intlLang } from '../core/text.js';
import { illustrationFor } from '../illustrations/index.js';
import type { Step } from './plan.js';
import { qrSvg, type QrMatrix } from './share-panel.js';

export interface HandoutView {
  t: RoutineText['handout'];
  qrLabel: string;
  lang: string;
  level: number;
  heading: string | undefined;
  note: string;
  safety: string;
  steps: readonly Step[];
  dose: (step: Step) => string;
  shared: SafetyText;
  url: string;
  qr: QrMatrix | null;
}

export function handoutTemplate(v: HandoutView): TemplateResult {
  const { t } = v;
  return html`<article class="handout" part="handout">
    ${heading(v.level, v.heading ?? t.title, 'handout-heading')}
    ${v.note ? html`<p class="handout-note">${v.note}</p>` : nothing}
    <p class="handout-safety">${v.safety}</p>
    <ol class="handout-items" role="list">
      ${v.steps.map((step) => {
        const exercise = step.exercise;
        const cautions = exercise ? cautionsFor(exercise, v.shared) : [];
        return html`<li class="handout-item">
          <div class="handout-drawing">${exercise?.drawing ? illustrationFor(exercise.drawing.id, exercise.drawing.alt) : nothing}</div>
          <div class="handout-text">
            ${heading(v.level + 1, exercise?.name ?? '', 'handout-name')}
            <p class="handout-dose">${v.dose(step)}</p>
            ${exercise?.steps.length ? html`<ol class="handout-steps">${exercise.steps.map((s) => html`<li>${s}</li>`)}</ol>` : nothing}
            ${cautions.length ? html`<p class="handout-take-care">${t.takeCare}</p>
              <ul class="handout-cautions">${cautions.map((c) => html`<li>${c}</li>`)}</ul>` : nothing}
          </div>
        </li>`;
      })}
    </ol>
    ${v.url ? html`<div class="handout-link">
      ${v.qr ? html`<div class="handout-qr">${qrSvg(v.qr, v.qrLabel)}</div>` : nothing}
      <p>${t.link} <span class="handout-url">${v.url}</span></p>
    </div>` : nothing}
    <p class="handout-date"></p>
  </article>`;
}

/**
 * Writes the date into `handout` ("Printed on 30 November 2026"), just before it prints: the handout is in every
 * routine, and a date formatter is costly to make on a slow phone, so it is made only for printing.
 */
export function stampDate(handout: Element | null | undefined, t: RoutineText['handout'], lang: string): void {
  const line = handout?.querySelector('.handout-date');
  if (line) line.textContent = fill(t.printed, { date: new Intl.DateTimeFormat(intlLang(lang), { dateStyle: 'long' }).format(new Date()) }, lang);
}

/** The handout's own look: compact, black on white (the highlighted muscle keeps its outline). */
export const handoutStyles = css`
  .handout {
    color: #000;
    background: #fff;
    font-size: 10pt;
    line-height: 1.3;
    --_accent-fill: #bbb;
    --_border: #000;
  }
  .handout h1, .handout h2, .handout h3, .handout h4, .handout h5, .handout h6 {
    margin: 0;
  }
  .handout [part~='handout-heading'] {
    font-size: 16pt;
  }
  .handout [part~='handout-name'] {
    font-size: 12pt;
  }
  .handout p {
    margin: 0.3em 0;
  }
  .handout-safety {
    border: 1.5pt solid #000;
    padding: 0.3em 0.5em;
  }
  .handout-items {
    list-style: none;
    margin: 0.5em 0;
    padding: 0;
  }
  .handout-item {
    display: grid;
    grid-template-columns: 3.2cm minmax(0, 1fr);
    gap: 0.8em;
    padding: 0.4em 0;
    border-block-start: 0.75pt solid #000;
    break-inside: avoid;
  }
  .handout-drawing .gk-illustration {
    max-inline-size: 3.2cm;
    color: #000;
  }
  .handout-dose {
    font-weight: 700;
  }
  .handout-steps, .handout-cautions {
    margin: 0;
    padding-inline-start: 1.3em;
  }
  .handout-take-care {
    font-weight: 700;
  }
  .handout-link {
    display: flex;
    align-items: center;
    gap: 1em;
    break-inside: avoid;
  }
  .handout-qr {
    flex: none;
    inline-size: 3cm;
  }
  .handout-qr .qr {
    display: block;
    inline-size: 100%;
  }
  .handout-url {
    overflow-wrap: anywhere;
  }
  /* On screen the handout is only in the frame Print handout makes; in print it stands in for the routine. */
  .gk > .handout {
    display: none;
  }
  .handout-frame {
    position: fixed;
    inset-inline-end: 0;
    inset-block-end: 0;
    inline-size: 0;
    block-size: 0;
    border: 0;
  }
  @media print {
    .gk > :not(.handout) {
      display: none !important;
    }
    .gk > .handout {
      display: block;
    }
  }
`;

/**
 * Prints a copy of `content` alone, from a hidden same-origin frame in `root` (one at a time: a new print replaces the
 * last frame). Its styles are adopted, not inline, so a strict Content-Security-Policy allows them.
 */
export async function printAlone(root: ShadowRoot, content: Element, styles: readonly CSSResult[], lang: string, title: string): Promise<void> {
  root.querySelector('iframe.handout-frame')?.remove();
  const frame = document.createElement('iframe');
  frame.className = 'handout-frame';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = title;
  root.append(frame);
  const win = frame.contentWindow!;
  const doc = win.document;
  doc.documentElement.lang = lang;
  doc.title = title;
  const sheet = new (win as Window & typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(styles.map((s) => s.cssText).join('\n') + '@page { margin: 1.5cm; } body { margin: 0; }');
  doc.adoptedStyleSheets = [sheet];
  doc.body.append(doc.importNode(content, true));
  await new Promise((resolve) => requestAnimationFrame(resolve));
  win.focus();
  win.print();
}
