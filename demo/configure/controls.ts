/**
 * The configurator's form controls, one per described option (see options.ts): a checkbox, a number box with its
 * range, a select (the exercise list shows the chosen exercise's drawing), checkboxes for a list, or a text box; and a
 * text box (with a colour picker for colours) per CSS custom property. Each is labelled, with its description linked
 * by `aria-describedby`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import * as en from '../../content/en/index.js';
import { illustrationFor } from '../../src/illustrations/index.js';
import { firstSentence, type ElementOption, type StyleOption } from './options.js';

/** A change of one attribute (`undefined`: back to its default) or one style. */
export type Change = { attribute: string; value: string | undefined } | { style: string; value: string };

const names = new Map(en.content.stretches.map((s) => [s.id as string, s]));
/** What a person reads for a value: the English name of an exercise, guide section, cause or muscle, with its id. */
const readable = new Map<string, string>([
  ...en.content.stretches.map((s) => [s.id, s.name] as const),
  ...Object.entries(en.guide.sections).map(([id, words]) => [id, words.nav] as const),
  ...Object.entries(en.causes).map(([id, words]) => [id, words.name] as const),
  ...Object.entries(en.intro.muscles).map(([id, words]) => [id, words.name] as const),
]);
const valueLabel = (v: string) => (readable.has(v) ? `${readable.get(v)} (${v})` : v);
const id = (prefix: string, name: string) => `${prefix}-${name.replace(/[^a-z0-9-]/gi, '')}`;

/** Markdown's `code` and line breaks, as the manifest's descriptions carry them. */
function describe(text: string): TemplateResult[] {
  return text.replace(/\s+/g, ' ').split(/(`[^`]+`)/).map((part) => (part.startsWith('`') ? html`<code>${part.slice(1, -1)}</code>` : html`${part}`));
}

/** The description's first sentence, under the control (the API page has the rest). */
const hint = (option: { description: string }, key: string) =>
  (option.description ? html`<small class="hint" id=${key}>${describe(firstSentence(option.description))}</small>` : nothing);

/**
 * The control of one attribute, showing `value` (absent: the default). Its id is `<prefix>-<attribute>` (a page with
 * several forms gives each its own prefix).
 */
export function optionControl(option: ElementOption, value: string | undefined, change: (c: Change) => void, prefix = 'opt'): TemplateResult {
  const key = id(prefix, option.attribute);
  const set = (v: string | undefined) => change({ attribute: option.attribute, value: v === '' ? undefined : v });
  const described = option.description ? `${key}-hint` : undefined;
  switch (option.kind) {
    case 'boolean':
      return html`<div class="control check">
        <input type="checkbox" id=${key} .checked=${value !== undefined} aria-describedby=${described ?? nothing}
          @change=${(e: Event) => change({ attribute: option.attribute, value: (e.target as HTMLInputElement).checked ? '' : undefined })} />
        <label for=${key}>${option.label}</label>${hint(option, `${key}-hint`)}
      </div>`;
    case 'number':
      return html`<div class="control">
        <label for=${key}>${option.label}${option.min !== undefined ? html` <span class="range">(${option.min}–${option.max})</span>` : nothing}</label>
        <input type="number" id=${key} inputmode="numeric" step="1" min=${option.min ?? nothing} max=${option.max ?? nothing}
          .value=${value ?? ''} placeholder=${option.default ?? ''} aria-describedby=${described ?? nothing}
          @input=${(e: Event) => {
            // Only a whole number in range reaches the code; while the box holds anything else it says so, and the
            // code keeps the last good value.
            const input = e.target as HTMLInputElement;
            input.setAttribute('aria-invalid', String(!input.validity.valid));
            if (input.validity.valid) set(input.value.trim());
          }} />
        ${option.min !== undefined ? html`<small class="invalid-note">A whole number from ${option.min} to ${option.max}.</small>` : nothing}
        ${hint(option, `${key}-hint`)}
      </div>`;
    case 'choice': {
      const exercise = option.attribute === 'stretch' ? names.get(value ?? '') : undefined;
      return html`<div class="control">
        <label for=${key}>${option.label}</label>
        <select id=${key} aria-describedby=${described ?? nothing} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${value === undefined}>${option.default ? `Default (${option.default})` : 'Default'}</option>
          ${option.values?.map((v) => html`<option value=${v} ?selected=${v === value}>${valueLabel(v)}</option>`)}
        </select>
        ${exercise ? html`<div class="drawing">${illustrationFor(exercise.id, exercise.illustrationAlt)}</div>` : nothing}
        ${hint(option, `${key}-hint`)}
      </div>`;
    }
    case 'list': {
      const chosen = new Set((value ?? '').split(/[\s,]+/).filter(Boolean));
      const toggle = (v: string, on: boolean) => {
        const next = option.values!.filter((x) => (x === v ? on : chosen.has(x)));
        set(next.join(', '));
      };
      return html`<fieldset class="control list" aria-describedby=${described ?? nothing}>
        <legend>${option.label}</legend>
        ${option.values?.map((v) => html`<label class="check"><input type="checkbox" .checked=${chosen.has(v)}
          @change=${(e: Event) => toggle(v, (e.target as HTMLInputElement).checked)} />${valueLabel(v)}</label>`)}
        ${hint(option, `${key}-hint`)}
        <small class="hint">None ticked: the default.</small>
      </fieldset>`;
    }
    default:
      return html`<div class="control">
        <label for=${key}>${option.label}</label>
        <input type="text" id=${key} .value=${value ?? ''} placeholder=${option.default ?? ''} aria-describedby=${described ?? nothing}
          @input=${(e: Event) => set((e.target as HTMLInputElement).value)} />
        ${hint(option, `${key}-hint`)}
      </div>`;
  }
}

/** Any CSS colour as `#rrggbb`, as a colour picker shows it (the accent's default green when it is not a colour). */
function toHex(value: string): string {
  const context = document.createElement('canvas').getContext('2d');
  if (!context || !value.trim()) return '#0a6b57';
  context.fillStyle = '#0a6b57';
  context.fillStyle = value.trim();
  return /^#[0-9a-f]{6}$/i.test(context.fillStyle) ? context.fillStyle : '#0a6b57';
}

/** The control of one CSS custom property: text, with a colour picker beside it for a colour. */
export function styleControl(style: StyleOption, value: string, change: (c: Change) => void): TemplateResult {
  const key = id('style', style.property);
  const set = (v: string) => change({ style: style.property, value: v });
  const colour = style.property.includes('color');
  return html`<div class="control">
    <label for=${key}><code>${style.property}</code></label>
    <span class="style-row">
      <input type="text" id=${key} .value=${value} placeholder=${style.default ?? 'from your theme'}
        aria-describedby=${`${key}-hint`} @input=${(e: Event) => set((e.target as HTMLInputElement).value)} />
      ${colour ? html`<input type="color" aria-label=${`Pick ${style.property}`} .value=${toHex(value)}
        @input=${(e: Event) => set((e.target as HTMLInputElement).value)} />` : nothing}
    </span>
    ${hint(style, `${key}-hint`)}
  </div>`;
}
