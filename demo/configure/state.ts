/**
 * The configurator's choices in its own address (the fragment), so a configuration can be sent to someone: `#element=
 * stretch-timer&a.stretch=clamshell&a.hold=45&s.--gk-color-accent=%23c00&lang=es&source=cdn&page=dark`. Reading is
 * strict: an unknown element, attribute, style or value is dropped, so a hand-edited link cannot break the page.
 */
import { elements, type ElementTag } from '../../src/elements.js';
import { languages, type Language } from './lists.js';
import type { ElementDescription } from './options.js';
import type { Choices } from './snippet.js';

/** Everything the fragment keeps: the code's choices, plus the preview's page colour. */
export interface State extends Choices { page: 'light' | 'dark' }

export const defaultFolder = '/glute-knots/';

/** The state a bare visit starts from. */
export const initialState = (tag: ElementTag = 'stretch-timer'): State =>
  ({ tag, attributes: {}, styles: {}, lang: 'en', source: 'self', script: 'element', folder: defaultFolder, page: 'light' });

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  (allowed as readonly string[]).includes(value ?? '') ? (value as T) : fallback;

/** The fragment for a state (without the `#`); defaults are left out. */
export function writeFragment(state: State): string {
  const params = new URLSearchParams({ element: state.tag });
  for (const [name, value] of Object.entries(state.attributes)) params.set(`a.${name}`, value);
  for (const [name, value] of Object.entries(state.styles)) if (value) params.set(`s.${name}`, value);
  if (state.lang !== 'en') params.set('lang', state.lang);
  if (state.source !== 'self') params.set('source', state.source);
  if (state.script !== 'element') params.set('script', state.script);
  if (state.folder !== defaultFolder) params.set('folder', state.folder);
  if (state.page !== 'light') params.set('page', state.page);
  return params.toString();
}

/** The state in a fragment, keeping only what `described` allows. */
export function readFragment(fragment: string, described: readonly ElementDescription[]): State {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const state = initialState(pick(params.get('element'), elements, 'stretch-timer'));
  const element = described.find((d) => d.tag === state.tag);
  for (const [key, value] of params) {
    const [kind, name] = [key.slice(0, 2), key.slice(2)];
    const option = element?.options.find((o) => o.attribute === name);
    if (kind === 'a.' && option && (option.kind !== 'choice' || option.values?.includes(value))) state.attributes[name] = option.kind === 'boolean' ? '' : value.slice(0, 500);
    if (kind === 's.' && element?.styles.some((s) => s.property === name)) state.styles[name] = value.slice(0, 200);
  }
  state.lang = pick<Language>(params.get('lang'), languages, 'en');
  state.source = pick(params.get('source'), ['self', 'cdn'] as const, 'self');
  state.script = pick(params.get('script'), ['element', 'library'] as const, 'element');
  state.folder = params.get('folder')?.slice(0, 300) || defaultFolder;
  state.page = pick(params.get('page'), ['light', 'dark'] as const, 'light');
  return state;
}
