/**
 * The routine's editor (`editable`): for each exercise, its seconds, rounds and sides, and buttons to move it up or
 * down or remove it; below, a list of the built-in exercises and an Add button. Labelled native controls, so it works
 * by keyboard and screen reader as forms do. Each committed change (a `change` event, not every keystroke) gives the
 * element a new list of entries.
 */
// role="list" stays on lists styled with list-style: none: Safari (VoiceOver) drops their list semantics otherwise.
/* eslint-disable lit-a11y/no-redundant-role */
import { html, type ReactiveElement, type TemplateResult } from 'lit';
import { stretchIds } from '../../content/data.js';
import type { RoutineText, StretchId } from '../../content/types.js';
import { fill } from '../core/text.js';
import { timerLimits } from '../stretch-timer/exercise.js';
import type { Dose, PlanEntry, PlanItem, ResolvedItem, Step } from './plan.js';

/** `detail` of `routine-edit`. */
export interface RoutineEditDetail {
  plan: ResolvedItem[];
}

export interface EditorView {
  t: RoutineText['editor'];
  lang: string;
  entries: readonly PlanEntry[];
  steps: readonly Step[];
  nameOf: (id: StretchId) => string;
  /** The entries after an edit. */
  commit(entries: PlanEntry[]): void;
}

const moved = <T>(list: readonly T[], from: number, to: number): T[] => {
  const copy = [...list];
  copy.splice(to, 0, ...copy.splice(from, 1));
  return copy;
};

/** The entry at `at` with one part of its dose set from a control's value (a bad or empty number leaves the default). */
function withDose(entry: PlanItem, key: keyof Dose, value: string): PlanItem {
  const next: PlanItem = { ...entry };
  if (key === 'sides') next.sides = value === 'one' ? 'one' : 'both';
  else {
    const n = Number(value);
    const { min, max } = timerLimits[key];
    if (value.trim() && Number.isInteger(n)) next[key] = Math.min(max, Math.max(min, n));
    else delete next[key];
  }
  return next;
}

export function editorTemplate(v: EditorView): TemplateResult {
  const { t, entries } = v;
  let run = 0;
  /** Moves an exercise and keeps focus on the button pressed, now in the exercise's new row (the other one at an end). */
  const move = (at: number, to: number, which: 'up' | 'down') => (e: Event) => {
    const root = (e.currentTarget as HTMLElement).getRootNode() as ShadowRoot;
    v.commit(moved(entries, at, to));
    void (root.host as ReactiveElement).updateComplete.then(() => {
      const pressed = root.querySelector<HTMLButtonElement>(`#edit-${to}-${which}`);
      (pressed && !pressed.disabled ? pressed : root.querySelector<HTMLButtonElement>(`#edit-${to}-${which === 'up' ? 'down' : 'up'}`))?.focus();
    });
  };
  const set = (at: number, key: keyof Dose) => (e: Event) =>
    v.commit(entries.map((entry, i) => (i === at && !('unknown' in entry) ? withDose(entry, key, (e.target as HTMLInputElement).value) : entry)));
  const rows = entries.map((entry, at) => {
    const name = 'unknown' in entry ? entry.unknown : v.steps[run]?.exercise?.name ?? '';
    const step = 'unknown' in entry ? undefined : v.steps[run++];
    const id = `edit-${at}`;
    return html`<li>
      <fieldset>
        <legend>${fill(t.itemLabel, { index: at + 1, name }, v.lang)}</legend>
        ${step ? html`
          <label for="${id}-hold">${t.hold}</label>
          <input id="${id}-hold" type="number" inputmode="numeric" min=${timerLimits.hold.min} max=${timerLimits.hold.max} .value=${String(step.hold)} @change=${set(at, 'hold')}>
          <label for="${id}-reps">${t.reps}</label>
          <input id="${id}-reps" type="number" inputmode="numeric" min=${timerLimits.reps.min} max=${timerLimits.reps.max} .value=${String(step.reps)} @change=${set(at, 'reps')}>
          <label for="${id}-sides">${t.sides}</label>
          <select id="${id}-sides" @change=${set(at, 'sides')}>
            <option value="both" ?selected=${step.sides === 'both'}>${t.both}</option>
            <option value="one" ?selected=${step.sides === 'one'}>${t.one}</option>
          </select>` : ''}
        <span class="edit-buttons">
          <button part="button" id="${id}-up" ?disabled=${at === 0} aria-label=${fill(t.up, { name }, v.lang)} @click=${move(at, at - 1, 'up')}>↑</button>
          <button part="button" id="${id}-down" ?disabled=${at === entries.length - 1} aria-label=${fill(t.down, { name }, v.lang)} @click=${move(at, at + 1, 'down')}>↓</button>
          <button part="button" ?disabled=${entries.length === 1} @click=${() => v.commit(entries.filter((_, i) => i !== at))}>${fill(t.remove, { name }, v.lang)}</button>
        </span>
      </fieldset>
    </li>`;
  });
  const add = (e: Event) => {
    const select = (e.currentTarget as HTMLElement).parentElement!.querySelector('select')!;
    v.commit([...entries, { stretch: select.value as StretchId }]);
  };
  return html`
    <section class="editor" part="editor" aria-labelledby="editor-heading">
      <p class="editor-heading" id="editor-heading">${t.heading}</p>
      <ol role="list">${rows}</ol>
      <p class="add">
        <label for="edit-add">${t.addLabel}</label>
        <select id="edit-add">${stretchIds.map((id) => html`<option value=${id}>${v.nameOf(id)}</option>`)}</select>
        <button part="button" @click=${add}>${t.add}</button>
      </p>
    </section>`;
}
