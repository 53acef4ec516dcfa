import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import * as en from '../../content/en/index.js';
import { guideText } from '../../content/en/ui-guide.js';
import { contentSections, guideSections } from '../../content/ids.js';
import { joinContent } from '../../content/join.js';
import type { ContentText, GuideContent } from '../../content/types.js';
import type { GuideSectionId, GuideText } from '../../content/ui-guide-types.js';
import { idList, numberInRange, text, warnOnce } from '../core/attributes.js';
import { GkElement } from '../core/base.js';
import { defineElement } from '../core/define.js';
import { heading } from '../core/heading.js';
import { InPageLinksController } from '../core/in-page-links-controller.js';
import { LazyMountController } from '../core/lazy-mount-controller.js';
import { fillWith, formatDate } from '../core/text.js';
import { themeStyles } from '../core/theme.styles.js';
import { CausesTable } from '../causes-table/causes-table.js';
import { GluteMuscleMap } from '../glute-muscle-map/glute-muscle-map.js';
import { StretchTimer } from '../stretch-timer/stretch-timer.js';
import { illustrationStyles } from '../illustrations/index.js';
import { mergeContentOverride, type GuideContentOverride } from './content-override.js';
import { guideStyles } from './glute-knot-guide.styles.js';
import { FirstPaintController } from './first-paint-controller.js';
import { GuideSections } from './sections.js';

export { guideSections } from '../../content/ids.js';

/** Sections with things to try at home: whenever one is shown, the short "Get help now if…" box shows at the top. */
const selfCareSections: readonly GuideSectionId[] = ['treatments', 'prevention', 'faq'];

export type { GuideContentOverride, GuideSectionId };

/**
 * The whole guide to knots in the glute muscles: what they are, who gets them,
 * causes, signs, what helps (with a timer for each stretch), prevention, when
 * to get help, questions and the sources behind every fact. Every fact links
 * to its numbered source. Text comes from the content modules and can be
 * replaced, part by part, with the `content` property. To paint sooner, its first paint holds the top and the first
 * section (when that fills the screen) and the other sections follow right after; `updateComplete` resolves once every
 * section has rendered.
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
 */
export class GluteKnotGuide extends GkElement {
  static override styles = [themeStyles, illustrationStyles, guideStyles];
  /**
   * Registers the element as `tag` (default `glute-knot-guide`) in `registry` (default `customElements`); never throws. It also registers the elements it uses inside, under their default tags. Importing `glute-knots/glute-knot-guide.js` calls this; `glute-knots/glute-knot-guide.class.js` only exports the class, for a page that needs another tag.
   */
  static override define(tag = 'glute-knot-guide', registry?: CustomElementRegistry): void {
    StretchTimer.define(undefined, registry); // the tags this element uses inside
    CausesTable.define(undefined, registry); // the tags this element uses inside
    GluteMuscleMap.define(undefined, registry); // the tags this element uses inside
    defineElement(this, tag, registry);
  }

  static override get properties(): PropertyDeclarations {
    return {
      sections: {},
      headingLevel: { attribute: 'heading-level' },
      noTimers: { type: Boolean, attribute: 'no-timers' },
      emergencyNumber: { attribute: 'emergency-number' },
      content: { attribute: false },
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

  /** Level of the section headings, 1–6, to fit the page's outline; headings inside sections go one level deeper each, up to 6. @default 2 */
  declare headingLevel?: number | string;

  /** Leave the stretch timers out (the stretches' steps are still shown). */
  noTimers = false;

  /**
   * The local emergency number, as text, e.g. `000 in Australia`; used in the "Get help now if…" box and the emergency
   * signs. Default in English: "999 in the UK, 911 in the US, 112 in the EU"; in Spanish: "the emergency number of
   * your country (112 in Spain and the EU; 911 in the US and Mexico)". Set it for your country.
   */
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

  /** The default content in the reader's language. */
  private defaults: GuideContent = en.content;
  /** What is shown: the defaults with the site's valid parts merged over them. */
  private data: GuideContent = en.content;
  private order: GuideSectionId[] = [...guideSections];
  private level = 2;
  private sourceNumbers = new Map<string, number>();

  /** The stretch timers, created when scrolled near. */
  private readonly timers = new LazyMountController(this);
  /** The first paint holds the top and the first section; the rest follows right after it. */
  private readonly firstPaint = new FirstPaintController(this, () => this.renderRoot.querySelector('section'));

  constructor() {
    super();
    // Contents and source links, and the page's own links to a section. Timers still asleep above the target would
    // grow while the page scrolls past them: they are created first.
    new InPageLinksController(this, async (target) => {
      this.firstPaint.renderWhole();
      await this.updateComplete;
      await this.timers.wakeAbove(target);
      await Promise.all([...this.renderRoot.querySelectorAll('stretch-timer')].map((timer) => (timer as GkElement).updateComplete));
    });
  }

  /** Resolves once every section has rendered: the first render holds only the first section (see `FirstPaintController`). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    if (!this.hasUpdated || this.firstPaint.whole) return result;
    await this.firstPaint.done;
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('content') || (changed as Map<PropertyKey, unknown>).has('locale')) {
      this.defaults = joinContent(Object.fromEntries(contentSections.map((key) => [key, this.localized(key, en[key])])) as unknown as ContentText);
      this.data = mergeContentOverride(this.defaults, this.content, (key, message) => warnOnce(this, key, message));
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

  /** The guide's strings in the reader's language. */
  private get t(): GuideText {
    return this.localized('guide', guideText);
  }

  protected override render() {
    const t = this.t;
    const { reviewed } = this.data;
    const date = formatDate(reviewed, t.date, t.months);
    const sections = new GuideSections({
      data: this.data,
      t,
      order: this.order,
      level: this.level,
      theme: this.checkedTheme,
      noTimers: this.noTimers,
      awake: this.timers.awake,
      defaultCauses: this.data.causes === this.defaults.causes,
      emergencyNumber: text(this, 'emergency-number', this.emergencyNumber) ?? this.data.redFlags.emergencyNumber,
      sourceNumbers: this.sourceNumbers,
    });
    return html`
      <div class="gk" part="base">
        <slot name="header"></slot>
        <p class="disclaimer" part="disclaimer">${fillWith(t.disclaimer, { date: html`<time datetime=${reviewed}>${date}</time>` })}</p>
        ${this.order.some((id) => selfCareSections.includes(id)) ? sections.helpBox() : nothing}
        ${this.order.length > 1 ? html`
          <nav part="nav" aria-labelledby="nav-label">
            <p id="nav-label" class="nav-label">${t.navLabel}</p>
            <ol>${this.order.map((id) => html`<li><a href="#${id}">${t.sections[id].nav}</a></li>`)}</ol>
          </nav>` : nothing}
        ${this.order.map((id, i) => html`
          <section id=${id} part="section section-${id}">
            ${heading(this.level, t.sections[id].heading, 'heading', true)}
            ${this.firstPaint.whole || i === 0 ? sections.section(id, !this.firstPaint.whole) : nothing}
          </section>`)}
        <slot name="footer"></slot>
      </div>
    `;
  }
}
