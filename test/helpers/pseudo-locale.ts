import * as en from '../../content/en/index.js';
import { contentSections, uiSections } from '../../content/ids.js';
import type { CompleteLocalePack, LocalePack } from '../../content/locale-pack.js';
import { sources } from '../../content/source-list.js';
import { clean } from './dom.js';

/** Marks every string: `Hold` becomes `[!! Hold !!]`, placeholders kept, so hard-coded English stands out. */
export function pseudo<T>(value: T): T {
  if (typeof value === 'string') return `[!! ${value} !!]` as T;
  if (Array.isArray(value)) return value.map((v) => pseudo(v)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudo(v)])) as T;
  }
  return value;
}

/** Every section the elements read, in English. */
const english = Object.fromEntries([...uiSections, ...contentSections].map((section) => [section, en[section]])) as unknown as CompleteLocalePack;

/** A pack for every section the elements read, with every string marked. */
export const pseudoPack: LocalePack = pseudo(english);

/**
 * Every piece of text a person can see or hear in `root` (text nodes, names,
 * labels, alternatives), searched through nested shadow roots.
 */
export function readableTexts(root: Node): string[] {
  const out: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      if (parent && !['STYLE', 'SCRIPT'].includes(parent.tagName)) out.push(node.textContent ?? '');
      return;
    }
    if (node instanceof Element) {
      for (const attr of ['aria-label', 'title', 'alt', 'placeholder', 'aria-valuetext', 'aria-roledescription']) {
        const v = node.getAttribute(attr);
        if (v) out.push(v);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return out.map(clean).filter(Boolean);
}

/** Source titles, publishers and addresses are names of real documents: they stay as published. Longest first. */
const sourceData = [...new Set(sources.flatMap((s) => [s.title, s.publisher, s.url]))].sort((a, b) => b.length - a.length);

/** A date written out by `Intl` (the pseudo-locale has no calendar of its own). */
const isDate = (t: string) => /^\d{1,2} \p{L}+ \d{4}$/u.test(t);

/** Texts with letters that are not marked: hard-coded strings. Numbers, times, punctuation, dates and source data pass. */
export function unmarked(texts: string[]): string[] {
  const withoutData = (t: string) => sourceData.reduce((rest, d) => rest.split(d).join(' '), t);
  // A link (the routine's handout prints its plan's address) is an address, not words to translate.
  const isLink = (t: string) => /^\s*https?:\/\/\S+\s*$/.test(t);
  return texts.filter((t) => !t.includes('[!!') && !t.includes('!!]') && !isDate(t) && !isLink(t) && /\p{L}/u.test(withoutData(t)));
}
