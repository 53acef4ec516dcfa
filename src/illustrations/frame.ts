import { html, type SVGTemplateResult, type TemplateResult } from 'lit';

/**
 * Wraps one drawing: a side view in a 160 × 100 box that scales to its
 * container, named by `alt` (from content). Body lines inherit `currentColor`
 * through the presentation attributes, so they work with no styles at all;
 * `illustrationStyles` adds the accent highlight, floor and furniture.
 */
export const frame = (alt: string, body: SVGTemplateResult): TemplateResult =>
  html`<svg class="gk-illustration" viewBox="0 0 160 100" role="img" aria-label=${alt} fill="none" stroke="currentColor" stroke-width="7" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;
