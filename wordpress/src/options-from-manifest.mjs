// STAND-IN for the lead's shared `describeElements(manifest, lists)` (demo/configure/options.ts in main, not merged
// into this branch yet). Same signature and result shape, so that at merge the WordPress build can import the shared
// one instead and this file can be deleted: scripts/wordpress.mjs is its only user.
//
// describeElements(manifest, lists) -> [{ tag, summary, options: ElementOption[], cssProperties }] where
// ElementOption = { attribute, kind: 'boolean' | 'number' | 'choice' | 'text' | 'list', label, description,
//                   default?, values?, min?, max? }
// and lists = { exercises, sections, muscles, causes, cues, themes } (the ids each kind of attribute takes).

/** Which list each id-taking attribute draws its values from, and whether it takes one value or several. */
const listAttributes = {
  stretch: ['exercises', 'choice'],
  muscle: ['muscles', 'choice'],
  highlight: ['causes', 'choice'],
  theme: ['themes', 'choice'],
  stretches: ['exercises', 'list'],
  sections: ['sections', 'list'],
  cues: ['cues', 'list'],
};

/** "heading-level" -> "Heading level". */
const labelOf = (attribute) => attribute.charAt(0).toUpperCase() + attribute.slice(1).replace(/-/g, ' ');

/** A manifest default as an attribute value: `'auto'` -> `auto`; none, `undefined` or prose -> undefined. */
function defaultOf(raw) {
  if (raw === undefined) return undefined;
  const quoted = /^(['"])(.*)\1$/.exec(raw.trim());
  if (quoted) return quoted[2];
  if (/^-?\d+(\.\d+)?$/.test(raw.trim()) || raw === 'true' || raw === 'false') return raw.trim();
  return undefined; // e.g. "the stretch's own": a description, not a value
}

/** One attribute of the manifest as an option. */
function optionOf(attr, lists) {
  const type = attr.type?.text ?? 'string';
  const description = (attr.description ?? '').replace(/\s+/g, ' ').trim();
  const option = { attribute: attr.name, kind: 'text', label: labelOf(attr.name), description };
  const dflt = defaultOf(attr.default);
  if (dflt !== undefined && dflt !== '') option.default = dflt;
  const listed = listAttributes[attr.name];
  const literals = [...type.matchAll(/'([^']+)'/g)].map((m) => m[1]);
  if (type === 'boolean') {
    option.kind = 'boolean';
    delete option.default; // a boolean attribute is off unless present
  } else if (listed && lists[listed[0]]) {
    option.kind = listed[1];
    option.values = [...lists[listed[0]]];
  } else if (literals.length) {
    option.kind = 'choice';
    option.values = literals;
  } else if (/\bnumber\b/.test(type)) {
    option.kind = 'number';
    const range = /(\d+)\s*[–-]\s*(\d+)/.exec(description); // "5–300" in the description
    if (range) [option.min, option.max] = [Number(range[1]), Number(range[2])];
  }
  return option;
}

/** Every element of the manifest with its options, in the manifest's order. */
export function describeElements(manifest, lists) {
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  return declarations.map((d) => ({
    tag: d.tagName,
    summary: d.summary ?? '',
    options: (d.attributes ?? []).map((attr) => optionOf(attr, lists)),
    cssProperties: (d.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '', default: p.default })),
  }));
}
