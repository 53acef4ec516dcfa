/**
 * The guide's markup, section by section, from what the element has worked out (`SectionContext`). Plain functions
 * of their input: the element keeps the state, the controllers and the lifecycle.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { redFlagLevels } from '../../content/ids.js';
import type { CitedText, ExerciseKind, GuideContent, RedFlagLevel, Stretch, Treatment } from '../../content/types.js';
import type { GuideSectionId, GuideText } from '../../content/ui-guide-types.js';
import type { Theme } from '../core/base.js';
import { cautionsFor } from '../core/cautions.js';
import { heading } from '../core/heading.js';
import { fill, fillWith } from '../core/text.js';
import { illustrationFor } from '../illustrations/index.js';
// The classes of the tags used below (no side effects: the guide's static define() registers them); imported so
// that the template checker knows the tags.
import '../causes-table/causes-table.js';
import '../glute-muscle-map/glute-muscle-map.js';
import '../stretch-timer/stretch-timer.js';

export interface SectionContext {
  data: GuideContent;
  t: GuideText;
  order: readonly GuideSectionId[];
  /** Level of the section headings. */
  level: number;
  theme: Theme;
  noTimers: boolean;
  /** Stretch ids whose timers exist (scrolled near). */
  awake: ReadonlySet<string>;
  /** The causes are the default ones: the table then shows its own, in the reader's language. */
  defaultCauses: boolean;
  emergencyNumber: string;
  /** Source id → its number in the list of sources. */
  sourceNumbers: ReadonlyMap<string, number>;
}

export class GuideSections {
  constructor(private readonly c: SectionContext) {}

  /** The markup of section `id`; `lead`: only its opening part, for the first paint (the rest follows right after). */
  section(id: GuideSectionId, lead = false): unknown {
    const { data } = this.c;
    switch (id) {
      case 'what': return this.what(lead);
      case 'who': return this.citedList(data.intro.who);
      case 'causes': return this.causes();
      case 'symptoms': return this.citedList(data.symptoms);
      case 'treatments': return data.treatments.map((treatment) => this.treatment(treatment));
      case 'prevention': return [this.citedList(data.prevention), this.exercises('strength', this.c.t.strengthHeading, 1)];
      case 'see-a-professional': return this.redFlags();
      case 'faq': return this.faq();
      case 'sources': return this.sources();
    }
  }

  /** The short "Get help now if…" box: the main emergency signs, the number and a link to the full list. */
  helpBox(): TemplateResult {
    const box = this.c.data.redFlags.box;
    return html`
      <aside class="help-box" part="help-box" id="help-box" tabindex="-1" aria-labelledby="help-box-title">
        <p class="help-title" id="help-box-title"><strong>${box.title}</strong></p>
        <ul>${box.items.map((item) => html`<li>${item.text}</li>`)}</ul>
        <p class="action">${fillWith(box.action, { emergencyNumber: this.number() })}</p>
        ${this.c.order.includes('see-a-professional') ? html`<p class="more">${fillWith(box.more, { section: this.helpLink() })}</p>` : nothing}
      </aside>
    `;
  }

  /** `[1, 4]` links to the numbered sources, or nothing when the sources section is not shown. */
  private cite(ids: readonly string[] | undefined): unknown {
    if (!ids?.length || !this.c.order.includes('sources')) return nothing;
    const numbers = [...new Set(ids.map((id) => this.c.sourceNumbers.get(id)).filter((n): n is number => n !== undefined))]
      .sort((a, b) => a - b);
    if (!numbers.length) return nothing;
    return html` <span class="cite">[${numbers.map((n, i) => html`${i ? ', ' : ''}<a href="#source-${n}"><span class="visually-hidden">${this.c.t.citeLabel} </span>${n}</a>`)}]</span>`;
  }

  /** A link to "When to get help"; where a site leaves that section out, to the "Get help now if…" box at the top. */
  private helpLink(): TemplateResult {
    const name = this.c.t.sections['see-a-professional'].heading;
    return html`<a href=${this.c.order.includes('see-a-professional') ? '#see-a-professional' : '#help-box'}>${name}</a>`;
  }

  private number(): TemplateResult {
    return html`<strong class="number">${this.c.emergencyNumber}</strong>`;
  }

  /** Content text with its placeholders filled: `{help}` links to "When to get help", `{emergencyNumber}` is the site's number. */
  private prose(value: string): unknown[] {
    return fillWith(value, { help: this.helpLink(), emergencyNumber: this.c.emergencyNumber });
  }

  private citedList(items: readonly CitedText[]): TemplateResult {
    return html`<ul>${items.map((item) => html`<li>${this.prose(item.text)}${this.cite(item.sources)}</li>`)}</ul>`;
  }

  private sub(depth: number, body: unknown): TemplateResult {
    return heading(this.c.level + depth, body, 'subheading');
  }

  /** What a knot is; `lead`: without the muscles (their map and cards), which are below the first screen. */
  private what(lead: boolean): TemplateResult {
    const { what, evidence } = this.c.data.intro;
    const { t } = this.c;
    return html`
      ${what.map((p) => html`<p>${p.text}${this.cite(p.sources)}</p>`)}
      <div class="note">
        ${this.sub(1, t.evidenceHeading)}
        <p>${evidence.text}${this.cite(evidence.sources)}</p>
      </div>
      ${lead ? nothing : this.muscles()}
    `;
  }

  private muscles(): TemplateResult {
    const { muscles } = this.c.data.intro;
    const { t } = this.c;
    const labels = t.muscleLabels;
    return html`
      ${this.sub(1, t.musclesHeading)}
      <glute-muscle-map class="map" theme=${this.c.theme}></glute-muscle-map>
      <div class="cards">
        ${muscles.map((m) => html`
          <div class="card">
            ${this.sub(2, m.name)}
            <dl>
              <dt>${labels.where}</dt><dd>${m.where}</dd>
              <dt>${labels.does}</dt><dd>${m.does}</dd>
              <dt>${labels.knots}</dt><dd>${m.knots}</dd>
              <dt>${labels.referral}</dt><dd>${m.referral}${this.cite(m.sources)}</dd>
            </dl>
          </div>`)}
      </div>
    `;
  }

  private causes(): TemplateResult {
    const { causes } = this.c.data;
    return html`
      <causes-table theme=${this.c.theme} .causes=${this.c.defaultCauses ? undefined : causes}></causes-table>
      ${this.c.order.includes('sources')
        ? html`<p class="table-sources">${this.c.t.tableSources}${this.cite(causes.flatMap((cause) => cause.sources))}</p>`
        : nothing}
    `;
  }

  private treatment(treatment: Treatment): TemplateResult {
    const { t, data } = this.c;
    return html`
      <div class="treatment">
        ${this.sub(1, treatment.name)}
        <p>${this.prose(treatment.summary)}${this.cite(treatment.sources)}</p>
        <p class="list-label">${t.howHeading}</p>
        <ol>${treatment.how.map((step) => html`<li>${this.prose(step)}</li>`)}</ol>
        <p class="safety"><strong>${t.safetyLabel}</strong> ${this.prose(treatment.safety)}</p>
        ${treatment.hipPrecaution ? html`<p class="safety">${data.safety.hip.text}${this.cite(data.safety.hip.sources)}</p>` : nothing}
        ${treatment.id === 'stretching' ? this.exercises('stretch', t.stretchesHeading, 2)
          : treatment.id === 'self-myofascial-release' ? this.exercises('release', t.releasesHeading, 2) : nothing}
      </div>
    `;
  }

  /** The guided exercises of one kind, under `heading` at `depth`, each one level below. */
  private exercises(kind: ExerciseKind, heading: string, depth: number): TemplateResult | typeof nothing {
    const list = this.c.data.stretches.filter((s) => s.kind === kind);
    return list.length ? html`
      <div class="stretches">
        ${this.sub(depth, heading)}
        ${list.map((stretch) => this.stretch(stretch, depth + 1))}
      </div>` : nothing;
  }

  private stretch(stretch: Stretch, depth: number): TemplateResult {
    const { t, data, noTimers, awake, theme } = this.c;
    const shared = { nerve: data.safety.nerve.text, hip: data.safety.hip.text };
    return html`
      <div class="stretch" data-stretch=${stretch.id}>
        <div class="stretch-text">
          ${this.sub(depth, stretch.name)}
          ${noTimers ? html`<div class="figure">${illustrationFor(stretch.id, stretch.illustrationAlt)}</div>` : nothing}
          <p>${stretch.summary}${this.cite(stretch.sources)}</p>
          ${stretch.aka.length ? html`<p class="aka">${t.akaLabel} ${stretch.aka.join(', ')}</p>` : nothing}
          <p class="list-label">${t.stepsHeading}</p>
          <ol>${stretch.steps.map((step) => html`<li>${step}</li>`)}</ol>
          <p class="list-label">${t.cautionsHeading}</p>
          <ul>${cautionsFor(stretch, shared).map((caution) => html`<li>${caution}</li>`)}</ul>
        </div>
        ${noTimers ? nothing : html`
          <div class="timer-slot" data-key=${stretch.id} ?data-asleep=${!awake.has(stretch.id)}>
            ${awake.has(stretch.id)
              ? html`<stretch-timer stretch=${stretch.id} label=${stretch.name} hold=${stretch.hold} reps=${ifDefined(stretch.reps)}
                rest=${ifDefined(stretch.rest)} sides=${stretch.sides} theme=${theme}></stretch-timer>`
              : html`<div class="timer-placeholder" part="timer-placeholder" aria-hidden="true">${fill(t.timerPlaceholder, { name: stretch.name })}</div>`}
          </div>`}
      </div>
    `;
  }

  private redFlags(): TemplateResult {
    const flags = this.c.data.redFlags;
    const level = (id: (typeof redFlagLevels)[number], group: RedFlagLevel) => html`
      <div class="red-flag ${id}" part="red-flag red-flag-${id}" data-level=${id}>
        ${this.sub(1, group.title)}
        <p class="action">${fillWith(group.action, { emergencyNumber: this.number() })}</p>
        ${this.citedList(group.items)}
      </div>`;
    return html`
      <p class="flag-note">${flags.note.text}${this.cite(flags.note.sources)}</p>
      ${redFlagLevels.map((id) => level(id, flags[id]))}
    `;
  }

  private faq(): TemplateResult {
    const { faq } = this.c.data;
    return html`
      ${faq.map((item) => html`
        <details part="faq-item" data-faq=${item.id}>
          <summary>${item.question}</summary>
          <p>${this.prose(item.answer)}${this.cite(item.sources)}</p>
        </details>`)}
      <div class="print-only">
        ${faq.map((item) => html`<p class="question">${item.question}</p><p>${this.prose(item.answer)}${this.cite(item.sources)}</p>`)}
      </div>
    `;
  }

  private sources(): TemplateResult {
    return html`
      <p>${this.c.t.sourcesIntro}</p>
      <ol class="sources" part="sources">
        ${this.c.data.sources.map((source, i) => html`
          <li id="source-${i + 1}" tabindex="-1"><cite>${source.title}</cite>. ${source.publisher}. <a class="url" href=${source.url}>${source.url}</a></li>`)}
      </ol>
    `;
  }
}
