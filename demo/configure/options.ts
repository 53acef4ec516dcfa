/**
 * The options of each element, as a form needs them, read from `custom-elements.json`: one description that the
 * configurator's controls and the WordPress blocks' sidebars are both generated from. Nothing here names an
 * attribute except `lists`, which ties an attribute to the single list of its allowed values (the exercise ids, the
 * guide's sections, …), so an attribute added to an element appears here by itself.
 */

/** The manifest's shape, as far as this module reads it. */
export interface Manifest { modules: { declarations?: Declaration[] }[] }
interface Member { name: string; description?: string; default?: string; type?: { text: string } }
interface Declaration {
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: Member[];
  cssProperties?: Member[];
}

/**
 * How a value is chosen: a checkbox (`boolean`), a number in a range (`number`), one of `values` (`choice`), any
 * number of `values` in order, comma-separated (`list`), or free text (`text`).
 */
export type OptionKind = 'boolean' | 'number' | 'choice' | 'list' | 'text';

/** One attribute of an element, described for a form. */
export interface ElementOption {
  /** The attribute, e.g. `hold`. */
  attribute: string;
  kind: OptionKind;
  /** A label made from the attribute's name: `lead-in` → "Lead in". */
  label: string;
  /** The manifest's description (Markdown, as written in the JSDoc). */
  description: string;
  /** The manifest's default, as a person reads it (quotes removed), when there is one. */
  default?: string;
  /** The allowed values of a `choice` or `list`. */
  values?: readonly string[];
  /** The range of a `number`, read from its description ("5–300"). */
  min?: number;
  max?: number;
}

/** A CSS custom property of an element. */
export interface StyleOption { property: string; description: string; default?: string }

/** An element, described for a form. */
export interface ElementDescription {
  tag: string;
  /** The first sentence of the element's description. */
  summary: string;
  options: ElementOption[];
  styles: StyleOption[];
}

/** The lists an attribute's values come from, by attribute name; `multiple` for a comma-separated list. */
export type ValueLists = Record<string, { values: readonly string[]; multiple?: boolean }>;

const label = (name: string) => name.charAt(0).toUpperCase() + name.slice(1).replaceAll('-', ' ');
/** The first sentence of a description: up to a stop followed by a capital (so not at "e.g." or "i.e."), or all of it. */
export const firstSentence = (text = '') =>
  (/^[\s\S]*?(?<!\b(?:e\.g|i\.e))[.!?](?=\s+[A-Z("]|$)/.exec(text.trim())?.[0] ?? text.trim()).replace(/\s+/g, ' ');

/** The default as a person reads it: `'auto'` → `auto`; none for `undefined` or an empty string. */
function readDefault(value: string | undefined): string | undefined {
  if (value === undefined || value === 'undefined') return undefined;
  const bare = value.replace(/^(['"])(.*)\1$/, '$2');
  return bare === '' ? undefined : bare;
}

/** The option for one attribute. */
export function describeOption(member: Member, lists: ValueLists = {}): ElementOption {
  const type = member.type?.text ?? 'string';
  const description = member.description ?? '';
  const option: ElementOption = { attribute: member.name, kind: 'text', label: label(member.name), description };
  const fallback = readDefault(member.default);
  if (fallback !== undefined) option.default = fallback;
  const list = lists[member.name];
  const literals = [...type.matchAll(/'([^']*)'/g)].map((m) => m[1]).filter(Boolean);
  if (type === 'boolean') option.kind = 'boolean';
  else if (list) Object.assign(option, { kind: list.multiple ? 'list' : 'choice', values: list.values });
  else if (literals.length) Object.assign(option, { kind: 'choice', values: literals });
  else if (/\bnumber\b/.test(type)) {
    option.kind = 'number';
    const range = /(-?\d+)\s*[–-]\s*(-?\d+)/.exec(description);
    if (range) Object.assign(option, { min: Number(range[1]), max: Number(range[2]) });
  }
  return option;
}

/** Every element of the manifest, in its order, with its options and CSS custom properties. */
export function describeElements(manifest: Manifest, lists: ValueLists = {}): ElementDescription[] {
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d): d is Declaration & { tagName: string } => Boolean(d.tagName))
    .map((d) => ({
      tag: d.tagName,
      summary: firstSentence(d.summary ?? d.description),
      options: (d.attributes ?? []).map((a) => describeOption(a, lists)),
      styles: (d.cssProperties ?? []).map((p) => ({ property: p.name, description: p.description ?? '', ...(readDefault(p.default) ? { default: readDefault(p.default) } : {}) })),
    }));
}
