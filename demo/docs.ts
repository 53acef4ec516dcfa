// The docs page: API tables and a live playground for each element, built from custom-elements.json.
import '../src/index.js';
import '../src/locales/es.js';
import { render } from 'lit';
import { optionControl } from './configure/controls.js';
import { valueLists } from './configure/lists.js';
import { describeElements, type Manifest } from './configure/options.js';

interface Described { name: string; description?: string; type?: { text: string }; default?: string; fieldName?: string }
interface Declaration {
  tagName?: string; summary?: string; description?: string;
  attributes?: Described[]; events?: Described[]; cssParts?: Described[]; cssProperties?: Described[]; slots?: Described[];
}

const root = document.querySelector<HTMLElement>('#elements')!;
const make = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) => {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
};

function table(caption: string, rows: Described[], columns: [string, (d: Described) => string][]): Node {
  if (!rows.length) return document.createDocumentFragment();
  const head = make('tr', {}, ...columns.map(([label]) => make('th', { scope: 'col' }, label)));
  const body = rows.map((row) => make('tr', {}, ...columns.map(([, get]) => make('td', {}, get(row)))));
  return make('div', { className: 'table-wrap' }, make('table', {}, make('caption', {}, caption), make('thead', {}, head), make('tbody', {}, ...body)));
}

const samples: Record<string, Record<string, string>> = {
  'stretch-timer': { stretch: 'pigeon-pose', hold: '10', reps: '2', rest: '5' },
  'stretch-routine': { hold: '10', reps: '1' },
  'causes-table': { highlight: 'stress' },
  'glute-muscle-map': { muscle: 'gluteus-medius' },
  'glute-knot-guide': { sections: 'what,see-a-professional', 'heading-level': '3' },
};

const manifest = await (await fetch(new URL('../custom-elements.json', import.meta.url))).json();
const described = describeElements(manifest as Manifest, valueLists);
const declarations: Declaration[] = manifest.modules.flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? []).filter((d: Declaration) => d.tagName);
root.textContent = '';
for (const d of declarations) {
  const tag = d.tagName!;
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(samples[tag] ?? {})) element.setAttribute(name, value);
  const log = make('pre', { className: 'log' });
  for (const event of d.events ?? []) {
    element.addEventListener(event.name, (e) => {
      const detail = (e as CustomEvent).detail;
      log.textContent = `${event.name}${detail === undefined ? '' : ` ${JSON.stringify(detail)}`}\n${log.textContent}`;
    });
  }
  // The same controls as the configurator's, from the same description of the manifest.
  const form = make('form', {});
  form.setAttribute('aria-label', `${tag} attributes`);
  const options = described.find((x) => x.tag === tag)?.options ?? [];
  const draw = () => render(options.map((o) => optionControl(o, element.getAttribute(o.attribute) ?? undefined, (c) => {
    if (!('attribute' in c)) return;
    if (c.value === undefined) element.removeAttribute(c.attribute);
    else element.setAttribute(c.attribute, c.value);
    draw();
  }, tag)), form);
  draw();
  root.append(make('section', { className: 'element' },
    make('h2', {}, `<${tag}>`),
    make('p', {}, d.summary ?? d.description ?? ''),
    make('div', { className: 'play' }, form, make('div', {}, element, make('h3', {}, 'Events'), log)),
    table('Attributes', d.attributes ?? [], [['Attribute', (a) => a.name], ['Type', (a) => a.type?.text ?? ''], ['Description', (a) => a.description ?? '']]),
    table('Events', d.events ?? [], [['Event', (e) => e.name], ['Description', (e) => e.description ?? '']]),
    table('CSS parts', d.cssParts ?? [], [['Part', (p) => p.name], ['Description', (p) => p.description ?? '']]),
    table('CSS custom properties', d.cssProperties ?? [], [['Property', (p) => p.name], ['Description', (p) => p.description ?? '']]),
    table('Slots', d.slots ?? [], [['Slot', (s) => s.name || '(default)'], ['Description', (s) => s.description ?? '']]),
  ));
}
