/**
 * The code the configurator hands over: the script tags (self-hosted or from the CDN with its integrity hash), the
 * reserve-space CSS for the chosen element only, and the tag with its attributes and readable fallback text; also the
 * WordPress shortcode. Pure: every input is an argument, so the tests can check the output as text.
 */
import * as en from '../../content/en/index.js';
import { joinStretches } from '../../content/join.js';
import type { CompleteLocalePack } from '../../content/locale-pack.js';
import { es } from '../../src/locales/es.js';
import type { ElementTag } from '../../src/elements.js';
import { doseText } from '../../src/stretch-routine/template.js';
import { defaultPlan, itemsOf, parseStretchList, resolveSteps } from '../../src/stretch-routine/plan.js';
import { builtInById } from '../../src/stretch-timer/exercise.js';
import type { Language } from './lists.js';
import { wordpressNames } from './platforms.js';

/** What a person chose in the configurator. */
export interface Choices {
  tag: ElementTag;
  /** Attributes as set: a boolean attribute that is on is `''`; an attribute left at its default is absent. */
  attributes: Record<string, string>;
  /** CSS custom properties set on the tag, e.g. `--gk-color-accent`. */
  styles: Record<string, string>;
  lang: Language;
  /** `self`: files uploaded to the site's own `folder`; `cdn`: the versioned CDN address, pinned by its hash. */
  source: 'self' | 'cdn';
  /** The element's own script, or the whole library (for a page with several elements). */
  script: 'element' | 'library';
  folder: string;
}

/** What the code needs besides the choices: the version, `dist/integrity.json` and `demo/reserve.css`. */
export interface Build { version: string; integrity: Record<string, string>; reserveCss: string }

const packs: Record<Language, CompleteLocalePack> = { en: en as unknown as CompleteLocalePack, es };
const escapeText = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replaceAll('"', '&quot;');
const end = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);

/** The words people see inside the tag before the script runs, or without JavaScript, in the chosen language. */
export function fallbackText(tag: ElementTag, attributes: Record<string, string>, lang: Language): string {
  const t = packs[lang] ?? packs.en;
  const builtIns = joinStretches(t.stretches);
  const number = (name: string) => (attributes[name] && Number.isInteger(Number(attributes[name])) ? Number(attributes[name]) : undefined);
  const view = { t: t.routine, timer: t.timer, lang };
  switch (tag) {
    case 'stretch-timer': {
      const exercise = builtInById(builtIns, attributes.stretch);
      const name = attributes.label || exercise?.name || t.timer.genericName;
      const sides = attributes.sides === 'one' || attributes.sides === 'both' ? attributes.sides : exercise?.sides ?? 'both';
      const [step] = resolveSteps([{ stretch: exercise?.id ?? 'pigeon-pose', hold: number('hold'), reps: number('reps'), sides }], () => exercise, { restBetween: 0 });
      return `${name}: ${end(doseText(view, step))}`; // as the WordPress plugin writes it
    }
    case 'stretch-routine': {
      const entries = attributes.stretches === undefined ? defaultPlan.map((stretch) => ({ stretch })) : parseStretchList(attributes.stretches, () => undefined);
      const steps = resolveSteps(itemsOf(entries), (item) => ('stretch' in item ? builtInById(builtIns, item.stretch) : undefined),
        { hold: number('hold'), reps: number('reps'), restBetween: 0 });
      const lines = steps.map((step) => `${step.exercise?.name ?? ''}: ${end(doseText(view, step))}`);
      return [end(attributes.heading || t.routine.handout.title), ...lines].join(' ');
    }
    case 'causes-table':
      return end(attributes.caption || t.table.caption);
    case 'glute-muscle-map':
      return t.map.caption;
    case 'glute-knot-guide': {
      const chosen = (attributes.sections ?? '').split(',').map((s) => s.trim()).filter((s) => s in t.guide.sections);
      const ids = (chosen.length ? chosen : Object.keys(t.guide.sections)) as (keyof typeof t.guide.sections)[];
      return ids.map((id) => end(t.guide.sections[id].heading)).join(' ');
    }
  }
}

/** The tag with its attributes (a boolean one bare), `lang` unless English, the chosen styles, and the fallback text. */
export function elementTag(choices: Pick<Choices, 'tag' | 'attributes' | 'styles' | 'lang'>): string {
  const attributes = Object.entries(choices.attributes).map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`));
  if (choices.lang !== 'en') attributes.push(` lang="${choices.lang}"`);
  const style = Object.entries(choices.styles).filter(([, v]) => v.trim()).map(([p, v]) => `${p}: ${v.trim()}`).join('; ');
  if (style) attributes.push(` style="${escapeAttribute(style)}"`);
  return `<${choices.tag}${attributes.join('')}>${escapeText(fallbackText(choices.tag, choices.attributes, choices.lang))}</${choices.tag}>`;
}

/** The lines of `demo/reserve.css` for one element, inside their `@media` rules. */
export function reserveCssFor(tag: ElementTag, reserveCss: string): string {
  const blocks = [...reserveCss.matchAll(/(@media[^{]+)\{([^]*?)\n\}/g)].flatMap(([, media, body]) => {
    const rules = body.split('\n').map((l) => l.trim()).filter((l) => l.startsWith(`${tag}:`) || l.startsWith(`${tag}[`));
    return rules.length ? [`${media.trim()} {\n${rules.map((r) => `  ${r}`).join('\n')}\n}`] : [];
  });
  return blocks.join('\n');
}

/** The CDN address of a file in `dist/`, for a version. */
export const cdnUrl = (version: string, file: string) => `https://cdn.jsdelivr.net/npm/glute-knots@${version}/dist/${file}`;

/** The files of `dist/` the code loads: the element's (or the library's) script, then the language pack if any. */
export function scriptFiles(choices: Pick<Choices, 'script' | 'tag' | 'lang'>): string[] {
  const files = [choices.script === 'library' ? 'glute-knots.iife.js' : `${choices.tag}.iife.js`];
  if (choices.lang !== 'en') files.push(`locales/${choices.lang}.iife.js`);
  return files;
}

/** The uploaded files' folder as an address from the site's root (`js` → `/js/`), so it works on every page. */
export function folderOf(folder: string): string {
  const trimmed = folder.trim();
  const rooted = /^(https?:)?\/\//.test(trimmed) || trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
  return rooted.endsWith('/') ? rooted : `${rooted}/`;
}

/** The script tags: the element's (or the library's) script, then the Spanish pack when Spanish is chosen. */
export function scriptTags(choices: Choices, build: Build): string {
  const folder = folderOf(choices.folder);
  return scriptFiles(choices).map((file) => {
    if (choices.source === 'self') return `<script src="${escapeAttribute(folder + file)}" defer></script>`;
    const hash = build.integrity[file];
    return `<script src="${cdnUrl(build.version, file)}"${hash ? ` integrity="${hash}" crossorigin="anonymous"` : ''} defer></script>`;
  }).join('\n');
}

/** The whole snippet to paste. */
export function snippet(choices: Choices, build: Build): string {
  const css = reserveCssFor(choices.tag, build.reserveCss);
  return [
    `<!-- glute-knots ${build.version}: the script once per page, then the tag -->`,
    scriptTags(choices, build),
    ...(css ? ['<style>', css, '</style>'] : []),
    elementTag(choices),
  ].join('\n');
}

/** The WordPress shortcode for the same choices (`[stretch_timer stretch="pigeon-pose" sound]`); styles have no place there. */
export function shortcode(choices: Pick<Choices, 'tag' | 'attributes'>): string {
  const attributes = Object.entries(choices.attributes).map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${value.replaceAll('"', '')}"`));
  return `[${wordpressNames(choices.tag).shortcode}${attributes.join('')}]`;
}

/** A whole example page around the snippet, for "Download an example page". */
export function examplePage(choices: Choices, build: Build): string {
  return `<!doctype html>
<html lang="${choices.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>glute-knots: ${choices.tag}</title>
</head>
<body>
<main style="max-width: 46rem; margin: 0 auto; padding: 1rem;">
${choices.source === 'self' ? `<!-- Put this page on your site (or a local web server) with the script files in ${folderOf(choices.folder)}: opened
     straight from your disk, the browser cannot find them and shows only the text inside the tag. -->
` : ''}${snippet(choices, build)}
</main>
</body>
</html>
`;
}
