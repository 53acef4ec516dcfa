import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import * as en from '../../content/en/index.js';
import { joinContent } from '../../content/join.js';
import { guideText } from '../../content/en/ui-guide.js';
import { contentSections, redFlagLevels } from '../../content/ids.js';
import type { CitedText, ContentText, GuideContent, RedFlagLevel, Source, Stretch, Treatment } from '../../content/types.js';
import type { GuideSectionId, GuideText } from '../../content/ui-guide-types.js';
import { droppedEmergencySigns, validateContent } from '../../content/validate.js';
import { idList, numberInRange, text, warnOnce } from '../core/attributes.js';
import { GkElement } from '../core/base.js';
import { cautionsFor } from '../core/cautions.js';
import { fill } from '../core/text.js';
import { themeStyles } from '../core/theme.styles.js';
import '../causes-table/index.js';
import '../glute-muscle-map/index.js';
import '../stretch-timer/index.js';
import { illustrationFor, illustrationStyles } from '../illustrations/index.js';
import { guideStyles } from './glute-knot-guide.styles.js';

/** The section ids, in their default order: when to get help comes before anything to try at home. */
export const guideSections = [
  'what',
  'who',
  'causes',
  'symptoms',
  'see-a-professional',
  'treatments',
  'prevention',
  'faq',
  'sources',
] as const satisfies readonly GuideSectionId[];

/** Sections with things to try at home: whenever one is shown, the short "Get help now if…" box shows at the top. */
const selfCareSections: readonly GuideSectionId[] = ['treatments', 'prevention', 'faq'];

export type { GuideSectionId };

/** A site's sources added to the defaults: one with a default's id takes its place, new ones go at the end. */
function withSources(defaults: readonly Source[], added: readonly unknown[]): unknown[] {
  const idOf = (item: unknown) => (item as { id?: unknown } | null)?.id;
  const byId = new Map(added.map((item) => [idOf(item), item]));
  const defaultIds = new Set<unknown>(defaults.map((source) => source.id));
  return [...defaults.map((source) => byId.get(source.id) ?? source), ...added.filter((item) => !defaultIds.has(idOf(item)))];
}

/** What the `content` property takes: any top-level parts of the guide's content, each replacing the default part. */
export type GuideContentOverride = Partial<GuideContent>;

const contentKeys = Object.keys(en.content) as (keyof GuideContent)[];

/** A heading of the given level (1–6) as a real `<hN>`; one static template per level. */
function heading(level: number, body: unknown, part: string, focusable = false): TemplateResult {
  const tabindex = focusable ? '-1' : nothing;
  switch (Math.min(6, Math.max(1, level))) {
    case 1: return html`<h1 part=${part} tabindex=${tabindex}>${body}</h1>`;
    case 2: return html`<h2 part=${part} tabindex=${tabindex}>${body}</h2>`;
    case 3: return html`<h3 part=${part} tabindex=${tabindex}>${body}</h3>`;
    case 4: return html`<h4 part=${part} tabindex=${tabindex}>${body}</h4>`;
    case 5: return html`<h5 part=${part} tabindex=${tabindex}>${body}</h5>`;
    default: return html`<h6 part=${part} tabindex=${tabindex}>${body}</h6>`;
  }
}

/** Splits `template` at each `{key}` of `values` and puts that value (text or a template) in its place. */
function fillWith(template: string, values: Record<string, unknown>): unknown[] {
  return template.split(/\{(\w+)\}/).map((part, i) => (i % 2 === 0 ? part : part in values ? values[part] : `{${part}}`));
}

type LitLike = Element & { updateComplete: Promise<unknown> };

/** The Navigation API (`window.navigation`), where the browser has it: it tells Back and Forward from new links. */
const navigationApi = (): EventTarget | undefined => (window as Window & { navigation?: EventTarget }).navigation;

/**
 * The whole guide to knots in the glute muscles: what they are, who gets them,
 * causes, signs, what helps (with a timer for each stretch), prevention, when
 * to get help, questions and the sources behind every fact. Every fact links
 * to its numbered source. Text comes from the content modules and can be
 * replaced, part by part, with the `content` property.
 *
 * @customElement glute-knot-guide
 * @summary A complete, cited guide to glute knots, with stretch timers.
 *
 * @slot header - Above the guide, e.g. a gym's own introduction.
 * @slot footer - Below the guide, e.g. a gym's call to action.
 *
 * @csspart base - The outer wrapper (the container for container queries).
 * @csspart disclaimer - The "not medical advice / last reviewed" line.
 * @csspart help-box - The short "Get help now if…" box near the top: the main emergency signs, the emergency number and a link to "When to get help". Shown whenever treatments, prevention or questions are.
 * @csspart nav - The contents list.
 * @csspart section - Every section; each also has `section-<id>`, e.g. `section-faq`.
 * @csspart heading - Every section heading.
 * @csspart subheading - Every heading inside a section.
 * @csspart red-flag - Each group of warning signs; each also has `red-flag-<level>`: `emergency`, `today`, `urgent`, `routine`, `stop`.
 * @csspart faq-item - Each question's `<details>`.
 * @csspart timer-placeholder - The space a stretch timer fills once it is scrolled near.
 * @csspart sources - The numbered list of sources.
 *
 * @cssprop --gk-font - Font family, e.g. `Georgia, serif` (default: the page's font). Set the size with `font-size` on the element.
 * @cssprop --gk-color-text - Text colour (default: inherited).
 * @cssprop --gk-color-muted - Secondary text colour.
 * @cssprop --gk-color-accent - Accent: links, the disclaimer's edge and focus rings.
 * @cssprop --gk-color-surface - Background of notes and cards.
 * @cssprop --gk-color-border - Borders.
 * @cssprop --gk-color-danger - Edge and tint of the emergency and urgent warning signs.
 * @cssprop --gk-radius - Corner radius.
 * @cssprop --gk-space - Base spacing unit.
 */
export class GluteKnotGuide extends GkElement {
  static override styles = [themeStyles, illustrationStyles, guideStyles];
  static override get properties(): PropertyDeclarations {
    return {
      sections: {},
      headingLevel: { attribute: 'heading-level' },
      noTimers: { type: Boolean, attribute: 'no-timers' },
      emergencyNumber: { attribute: 'emergency-number' },
      content: { attribute: false },
      awake: { state: true, attribute: false },
    };
  }

  /**
   * Which sections to show, comma-separated, in the order given: `what`, `who`, `causes`, `symptoms`,
   * `see-a-professional`, `treatments`, `prevention`, `faq`, `sources` (the default order). Unknown ids warn and are
   * skipped; empty (or no valid id) shows every section. Facts link to their sources only when `sources` is shown.
   * Whenever `treatments`, `prevention` or `faq` is shown, a short "Get help now if…" box with the main emergency
   * signs shows at the top; showing `treatments` without `see-a-professional` warns, as readers lose the full list of
   * warning signs.
   */
  declare sections?: string;

  /** Level of the section headings, 1–6 (default 2), to fit the page's outline; headings inside sections go one level deeper each, up to 6. */
  declare headingLevel?: number | string;

  /** Leave the stretch timers out (the stretches' steps are still shown). */
  noTimers = false;

  /** The local emergency number, as text, e.g. `000 in Australia`. Default: "999 in the UK, 911 in the US, 112 in the EU". */
  declare emergencyNumber?: string;

  /**
   * Replaces parts of the content: an object with any of the top-level keys of the default content
   * (`reviewed`, `intro`, `causes`, `symptoms`, `treatments`, `stretches`, `prevention`, `redFlags`, `faq`,
   * `sources`), each replacing that whole part, except `sources`, which are added to the default ones (a source with a
   * default's id, such as `S1`, takes its place; the ids are in content/sources.ts), so a new fact can cite a new
   * source and the default facts keep theirs. Each part is checked with the content validator (every fact needs
   * `sources` that exist; a list needs at least one item); an invalid part warns and the default is used. A `redFlags`
   * part must keep every default emergency sign (matched by `id`; the wording may change): one that drops any is
   * rejected with a warning, and the default warning signs are shown.
   */
  declare content?: GuideContentOverride;

  /** Stretch ids whose timers have been scrolled near and so exist. */
  private awake: ReadonlySet<string> = new Set();

  /** The default content in the reader's language. */
  private defaults: GuideContent = en.content;
  /** What is shown: the defaults with the site's valid parts merged over them. */
  private data: GuideContent = en.content;
  private order: GuideSectionId[] = [...guideSections];
  private level = 2;
  private sourceNumbers = new Map<string, number>();
  private observer: IntersectionObserver | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    navigationApi()?.addEventListener('navigate', this.onNavigate);
    // Re-added to the page: observe again what is still asleep.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    navigationApi()?.removeEventListener('navigate', this.onNavigate);
    this.observer?.disconnect();
    this.observer = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('content') || (changed as Map<PropertyKey, unknown>).has('locale')) {
      this.defaults = this.localizedContent();
      this.data = this.resolveContent();
      this.sourceNumbers = new Map(this.data.sources.map((s, i) => [s.id, i + 1]));
    }
    if (changed.has('sections')) {
      const ids = [...new Set(idList(this, 'sections', this.sections, guideSections))];
      this.order = ids.length ? ids : [...guideSections];
      if (this.order.includes('treatments') && !this.order.includes('see-a-professional')) {
        warnOnce(this, 'sections:help', 'sections shows "treatments" without "see-a-professional": only the short emergency box at the top tells readers when to get help. Add see-a-professional to show every warning sign.');
      }
    }
    if (changed.has('headingLevel')) {
      this.level = numberInRange(this, 'heading-level', this.headingLevel, { min: 1, max: 6, fallback: 2 });
    }
  }

  protected override firstUpdated(): void {
    void this.followInitialHash();
  }

  protected override updated(): void {
    this.observeTimers();
  }

  /** The guide's strings in the reader's language. */
  private get t(): GuideText {
    return this.localized('guide', guideText);
  }

  /** Each part of the default content in the reader's language (English where a language pack lacks it). */
  private localizedContent(): GuideContent {
    return joinContent(Object.fromEntries(contentSections.map((key) => [key, this.localized(key, en[key])])) as unknown as ContentText);
  }

  /** Merges `content` over the defaults one top-level part at a time, keeping only parts that validate. */
  private resolveContent(): GuideContent {
    const raw: unknown = this.content;
    const base = this.defaults;
    if (raw === undefined || raw === null) return base;
    if (typeof raw !== 'object' || Array.isArray(raw)) {
      warnOnce(this, 'content:type', 'content should be an object of content parts; using the default content.');
      return base;
    }
    const override = raw as Record<string, unknown>;
    // Only problems the site's part brings count (a language pack's own gaps are reported where it is loaded).
    const known = new Set(validateContent(base));
    // Sources first, so that new facts can cite new sources.
    const keys = Object.keys(override).sort((a, b) => Number(b === 'sources') - Number(a === 'sources'));
    let merged = base;
    for (const key of keys) {
      if (!contentKeys.includes(key as keyof GuideContent)) {
        warnOnce(this, `content:${key}`, `content has an unknown part "${key.slice(0, 40)}"; known parts are ${contentKeys.join(', ')}. Ignoring it.`);
        continue;
      }
      const value = key === 'sources' && Array.isArray(override.sources) ? withSources(merged.sources, override.sources) : override[key];
      const candidate = { ...merged, [key]: value };
      const problems = validateContent(candidate).filter((problem) => !known.has(problem));
      if (key === 'redFlags') problems.push(...droppedEmergencySigns(base.redFlags, value));
      if (problems.length) {
        const shown = problems.slice(0, 3).join('; ') + (problems.length > 3 ? `; and ${problems.length - 3} more` : '');
        warnOnce(this, `content:${key}:${problems.join('|')}`, `content.${key} is not valid (${shown}); using the default ${key}.`);
        continue;
      }
      merged = candidate;
    }
    return merged;
  }

  // ---- Navigation inside the shadow root ----

  /** Set while the browser goes Back or Forward (known through the Navigation API where there is one). */
  private traversing = false;

  /**
   * Contents and source links: hash links do not reach into shadow DOM, so move focus and scroll here. Each adds a
   * history entry, as a link would, so Back returns the reader to where they were.
   */
  private onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.('a');
    const href = link?.getAttribute('href');
    if (!link || !href?.startsWith('#') || !this.shadowRoot!.contains(link)) return;
    // The guide's own ids are plain ASCII, so the href needs no decoding.
    const id = href.slice(1);
    const target = this.shadowRoot!.getElementById(id);
    if (!target) return;
    event.preventDefault();
    history.pushState(null, '', `#${id}`); // before scrolling: the entry we leave keeps the reader's place
    void this.goTo(target);
  };

  private onNavigate = (event: Event): void => {
    this.traversing = (event as Event & { navigationType?: string }).navigationType === 'traverse';
  };

  /**
   * The page's own links to a section (`<a href="#faq">`) and typed hashes. Back and Forward are left to the
   * browser, which puts the reader back where they were (where it cannot tell us, we go to the section).
   */
  private onHashChange = (): void => {
    const traversing = this.traversing;
    this.traversing = false;
    const target = this.hashTarget();
    if (target && !traversing) void this.goTo(target);
  };

  /** The element of the guide that `location.hash` names, unless the page itself has an element with that id. */
  private hashTarget(): HTMLElement | null {
    const id = location.hash.slice(1);
    if (!id || document.getElementById(id)) return null;
    return this.shadowRoot?.getElementById(id) ?? null;
  }

  private async goTo(target: HTMLElement, focus = true): Promise<void> {
    const into = target.localName === 'section' ? target.querySelector<HTMLElement>('[part~="heading"]') ?? target : target;
    if (focus) into.focus({ preventScroll: true });
    // Timers still asleep above the target would grow while we scroll past them: create them first.
    const above = [...this.shadowRoot!.querySelectorAll<HTMLElement>('.timer-slot[data-asleep]')]
      .filter((slot) => slot.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (above.length) {
      this.wake(above.map((slot) => slot.dataset.stretch!));
      await this.updateComplete;
      await Promise.all([...this.shadowRoot!.querySelectorAll('stretch-timer')].map((t) => (t as LitLike).updateComplete));
    }
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    into.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
  }

  /** A page opened at `#faq` (say, after a reload) scrolls to that section if the page itself has no such id. */
  private async followInitialHash(): Promise<void> {
    const target = this.hashTarget();
    if (!target) return;
    // Let the table and the first timers lay out first, so the section does not move afterwards.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    void this.goTo(target, false);
  }

  // ---- Lazy stretch timers ----

  private observeTimers(): void {
    const slots = this.shadowRoot!.querySelectorAll<HTMLElement>('.timer-slot[data-asleep]');
    if (!slots.length) return;
    if (typeof IntersectionObserver === 'undefined') {
      this.wake([...slots].map((slot) => slot.dataset.stretch!));
      return;
    }
    this.observer ??= new IntersectionObserver((entries) => {
      const near = entries.filter((e) => e.isIntersecting).map((e) => e.target as HTMLElement);
      for (const slot of near) this.observer?.unobserve(slot);
      this.wake(near.map((slot) => slot.dataset.stretch!));
    }, { rootMargin: '200px 0px' });
    for (const slot of slots) this.observer.observe(slot);
  }

  private wake(ids: string[]): void {
    if (ids.every((id) => this.awake.has(id))) return;
    this.awake = new Set([...this.awake, ...ids]);
  }

  // ---- Rendering ----

  /** `[1, 4]` links to the numbered sources, or nothing when the sources section is not shown. */
  private cite(ids: readonly string[] | undefined): unknown {
    if (!ids?.length || !this.order.includes('sources')) return nothing;
    const numbers = [...new Set(ids.map((id) => this.sourceNumbers.get(id)).filter((n): n is number => n !== undefined))]
      .sort((a, b) => a - b);
    if (!numbers.length) return nothing;
    return html` <span class="cite">[${numbers.map((n, i) => html`${i ? ', ' : ''}<a href="#source-${n}"><span class="visually-hidden">${this.t.citeLabel} </span>${n}</a>`)}]</span>`;
  }

  private citedList(items: readonly CitedText[], ordered = false): TemplateResult {
    const entries = items.map((item) => html`<li>${this.prose(item.text)}${this.cite(item.sources)}</li>`);
    return ordered ? html`<ol>${entries}</ol>` : html`<ul>${entries}</ul>`;
  }

  private sub(depth: number, body: unknown): TemplateResult {
    return heading(this.level + depth, body, 'subheading');
  }

  /** Whether the short "Get help now if…" box shows: whenever there is something to try at home. */
  private get showsHelpBox(): boolean {
    return this.order.some((id) => selfCareSections.includes(id));
  }

  private get emergencyNumberText(): string {
    return text(this, 'emergency-number', this.emergencyNumber) ?? this.data.redFlags.emergencyNumber;
  }

  /** A link to "When to get help", or its name alone when the site leaves that section out. */
  private helpLink(): TemplateResult {
    const name = this.t.sections['see-a-professional'].heading;
    return this.order.includes('see-a-professional') ? html`<a href="#see-a-professional">${name}</a>` : html`${name}`;
  }

  /** Content text with its placeholders filled: `{help}` links to "When to get help", `{emergencyNumber}` is the site's number. */
  private prose(value: string): unknown[] {
    return fillWith(value, { help: this.helpLink(), emergencyNumber: this.emergencyNumberText });
  }

  private renderHelpBox(): TemplateResult {
    const box = this.data.redFlags.box;
    return html`
      <aside class="help-box" part="help-box" aria-labelledby="help-box-title">
        <p class="help-title" id="help-box-title"><strong>${box.title}</strong></p>
        <ul>${box.items.map((item) => html`<li>${item.text}</li>`)}</ul>
        <p class="action">${fillWith(box.action, { emergencyNumber: html`<strong class="number">${this.emergencyNumberText}</strong>` })}</p>
        ${this.order.includes('see-a-professional') ? html`<p class="more">${fillWith(box.more, { section: this.helpLink() })}</p>` : nothing}
      </aside>
    `;
  }

  protected override render() {
    const t = this.t;
    const reviewed = this.data.reviewed;
    const date = new Intl.DateTimeFormat(t.dateLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${reviewed}T00:00:00Z`));
    return html`
      <div class="gk" part="base" @click=${this.onClick}>
        <slot name="header"></slot>
        <p class="disclaimer" part="disclaimer">${fillWith(t.disclaimer, { date: html`<time datetime=${reviewed}>${date}</time>` })}</p>
        ${this.showsHelpBox ? this.renderHelpBox() : nothing}
        ${this.order.length > 1 ? html`
          <nav part="nav" aria-labelledby="nav-label">
            <p id="nav-label" class="nav-label">${t.navLabel}</p>
            <ol>${this.order.map((id) => html`<li><a href="#${id}">${t.sections[id].nav}</a></li>`)}</ol>
          </nav>` : nothing}
        ${this.order.map((id) => html`
          <section id=${id} part="section section-${id}">
            ${heading(this.level, t.sections[id].heading, 'heading', true)}
            ${this.renderSection(id)}
          </section>`)}
        <slot name="footer"></slot>
      </div>
    `;
  }

  private renderSection(id: GuideSectionId): unknown {
    switch (id) {
      case 'what': return this.renderWhat();
      case 'who': return this.citedList(this.data.intro.who);
      case 'causes': return this.renderCauses();
      case 'symptoms': return this.citedList(this.data.symptoms);
      case 'treatments': return this.data.treatments.map((treatment) => this.renderTreatment(treatment));
      case 'prevention': return this.citedList(this.data.prevention);
      case 'see-a-professional': return this.renderRedFlags();
      case 'faq': return this.renderFaq();
      case 'sources': return this.renderSources();
    }
  }

  private renderWhat(): TemplateResult {
    const { what, evidence, muscles } = this.data.intro;
    const labels = this.t.muscleLabels;
    return html`
      ${what.map((p) => html`<p>${p.text}${this.cite(p.sources)}</p>`)}
      <div class="note">
        ${this.sub(1, this.t.evidenceHeading)}
        <p>${evidence.text}${this.cite(evidence.sources)}</p>
      </div>
      ${this.sub(1, this.t.musclesHeading)}
      <glute-muscle-map class="map" theme=${this.checkedTheme}></glute-muscle-map>
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

  private renderCauses(): TemplateResult {
    const causes = this.data.causes;
    return html`
      <causes-table theme=${this.checkedTheme} .causes=${causes === this.defaults.causes ? undefined : causes}></causes-table>
      ${this.order.includes('sources')
        ? html`<p class="table-sources">${this.t.tableSources}${this.cite(causes.flatMap((c) => c.sources))}</p>`
        : nothing}
    `;
  }

  private renderTreatment(treatment: Treatment): TemplateResult {
    const t = this.t;
    return html`
      <div class="treatment">
        ${this.sub(1, treatment.name)}
        <p>${this.prose(treatment.summary)}${this.cite(treatment.sources)}</p>
        <p class="list-label">${t.howHeading}</p>
        <ol>${treatment.how.map((step) => html`<li>${this.prose(step)}</li>`)}</ol>
        <p class="safety"><strong>${t.safetyLabel}</strong> ${this.prose(treatment.safety)}</p>
        ${treatment.hipPrecaution ? html`<p class="safety">${this.data.safety.hip.text}${this.cite(this.data.safety.hip.sources)}</p>` : nothing}
        ${treatment.id === 'stretching' ? html`
          <div class="stretches">
            ${this.sub(2, t.stretchesHeading)}
            ${this.data.stretches.map((stretch) => this.renderStretch(stretch))}
          </div>` : nothing}
      </div>
    `;
  }

  private renderStretch(stretch: Stretch): TemplateResult {
    const t = this.t;
    return html`
      <div class="stretch" data-stretch=${stretch.id}>
        <div class="stretch-text">
          ${this.sub(3, stretch.name)}
          ${this.noTimers ? html`<div class="figure">${illustrationFor(stretch.id, stretch.illustrationAlt)}</div>` : nothing}
          <p>${stretch.summary}${this.cite(stretch.sources)}</p>
          ${stretch.aka.length ? html`<p class="aka">${t.akaLabel} ${stretch.aka.join(', ')}</p>` : nothing}
          <p class="list-label">${t.stepsHeading}</p>
          <ol>${stretch.steps.map((step) => html`<li>${step}</li>`)}</ol>
          <p class="list-label">${t.cautionsHeading}</p>
          <ul>${cautionsFor(stretch, { nerve: this.data.safety.nerve.text, hip: this.data.safety.hip.text }).map((caution) => html`<li>${caution}</li>`)}</ul>
        </div>
        ${this.noTimers ? nothing : html`
          <div class="timer-slot" data-stretch=${stretch.id} ?data-asleep=${!this.awake.has(stretch.id)}>
            ${this.awake.has(stretch.id)
              ? html`<stretch-timer stretch=${stretch.id} label=${stretch.name} hold=${stretch.hold} sides=${stretch.sides} theme=${this.checkedTheme}></stretch-timer>`
              : html`<div class="timer-placeholder" part="timer-placeholder" aria-hidden="true">${fill(t.timerPlaceholder, { name: stretch.name })}</div>`}
          </div>`}
      </div>
    `;
  }

  private renderRedFlags(): TemplateResult {
    const flags = this.data.redFlags;
    const number = html`<strong class="number">${this.emergencyNumberText}</strong>`;
    const level = (id: (typeof redFlagLevels)[number], group: RedFlagLevel) => html`
      <div class="red-flag ${id}" part="red-flag red-flag-${id}" data-level=${id}>
        ${this.sub(1, group.title)}
        <p class="action">${fillWith(group.action, { emergencyNumber: number })}</p>
        ${this.citedList(group.items)}
      </div>`;
    return html`
      <p class="flag-note">${flags.note.text}${this.cite(flags.note.sources)}</p>
      ${redFlagLevels.map((id) => level(id, flags[id]))}
    `;
  }

  private renderFaq(): TemplateResult {
    return html`
      ${this.data.faq.map((item) => html`
        <details part="faq-item" data-faq=${item.id}>
          <summary>${item.question}</summary>
          <p>${this.prose(item.answer)}${this.cite(item.sources)}</p>
        </details>`)}
      <div class="print-only">
        ${this.data.faq.map((item) => html`<p class="question">${item.question}</p><p>${this.prose(item.answer)}${this.cite(item.sources)}</p>`)}
      </div>
    `;
  }

  private renderSources(): TemplateResult {
    return html`
      <p>${this.t.sourcesIntro}</p>
      <ol class="sources" part="sources">
        ${this.data.sources.map((source, i) => html`
          <li id="source-${i + 1}" tabindex="-1"><cite>${source.title}</cite>. ${source.publisher}. <a class="url" href=${source.url}>${source.url}</a></li>`)}
      </ol>
    `;
  }
}
