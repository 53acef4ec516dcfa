/** WCAG 2.x colour contrast from computed CSS colours, for the focus-ring tests. */

export type Rgba = [number, number, number, number];

/**
 * Parses a computed colour: `rgb()`/`rgba()` (every browser's form for plain colours) or `color(srgb r g b / a)` (the
 * computed form of `color-mix(in srgb, …)` in Chromium and Firefox); `none` (an SVG paint) is transparent. Throws on anything else, so a colour the test
 * cannot read fails loudly instead of measuring as black.
 */
export function parseColor(value: string): Rgba {
  const v = value.trim();
  if (v === 'transparent' || v === 'none') return [0, 0, 0, 0];
  let m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(v);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3]), alpha(m[4])];
  m = /^color\(srgb\s+([-\d.e]+)\s+([-\d.e]+)\s+([-\d.e]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/.exec(v);
  if (m) return [Number(m[1]) * 255, Number(m[2]) * 255, Number(m[3]) * 255, alpha(m[4])];
  throw new Error(`cannot read the colour "${value}"`);
}

function alpha(a: string | undefined): number {
  if (a === undefined) return 1;
  return a.endsWith('%') ? Number(a.slice(0, -1)) / 100 : Number(a);
}

/** `top` painted over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as Rgba;
}

/** WCAG relative luminance of an opaque colour. */
export function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = Math.min(255, Math.max(0, c)) / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two opaque colours, 1 to 21. */
export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The parent in the flat tree: the parent element, else the host of the shadow root. */
export function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The opaque colour behind `el` (what its focus ring is drawn on): the background colours of its ancestors, across
 * shadow roots, painted in turn over `page`.
 */
export function backdrop(el: Element, page: Rgba): Rgba {
  const layers: Rgba[] = [];
  for (let node = parentAcrossShadow(el); node; node = parentAcrossShadow(node)) {
    const bg = parseColor(getComputedStyle(node).backgroundColor);
    if (bg[3] > 0) layers.push(bg);
  }
  return layers.reduceRight((below, layer) => over(layer, below), page);
}

/** `#rrggbb` of an opaque colour, for messages. */
export const hex = ([r, g, b]: Rgba): string =>
  `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
