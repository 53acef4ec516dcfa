import { html, nothing, type TemplateResult } from 'lit';

/**
 * A heading of the given level (1–6, clamped) as a real `<hN>`, so it fits the page's outline; one static template
 * per level (a dynamic tag would need `lit/static-html.js` in every bundle for six lines).
 */
export function heading(level: number, body: unknown, part: string, focusable = false): TemplateResult {
  const tabindex = focusable ? '-1' : nothing;
  switch (Math.min(6, Math.max(1, level))) {
    case 1: return html`<h1 part=${part} tabindex=${tabindex}>${body}</h1>`;
    case 2: return html`<h2 part=${part} tabindex=${tabindex}>${body}</h2>`;
    case 3: return html`<h3 part=${part} tabindex=${tabindex}>${body}</h3>`;
    case 4: return html`<h4 part=${part} tabindex=${tabindex}>${body}</h4>`;
    case 5: return html`<h5 part=${part} tabindex=${tabindex}>${body}</h5>`;
    default: return html`<h6 part=${part} tabindex=${tabindex}>${body}</h6>`;
  }
}
