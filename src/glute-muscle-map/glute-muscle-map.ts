import { html, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import { introData, muscleIds } from '../../content/data.js';
import { muscles } from '../../content/en/intro.js';
import { joinMuscles } from '../../content/join.js';
import { mapText } from '../../content/en/ui-map.js';
import type { Muscle, MuscleId, Source } from '../../content/types.js';
import type { MapText } from '../../content/ui-map-types.js';
import { oneOf, textAttribute } from '../core/attributes.js';
import { GkElement } from '../core/base.js';
import { defineElement } from '../core/define.js';
import { emit } from '../core/events.js';
import { fill } from '../core/text.js';
import { themeStyles } from '../core/theme.styles.js';
import { mapStyles } from './glute-muscle-map.styles.js';
import { bones, creases, muscleShapes, nerve, nerveLabel, skin, skinFill, zoneArrows, zones } from './shapes.js';

export interface MuscleSelectDetail {
  muscle: MuscleId;
}

/** Mirrors a shape onto the other buttock (the drawing is centred on x = 100). */
const MIRROR = 'matrix(-1 0 0 1 200 0)';

/** The English words the map shows: the muscles part of the intro section. */
const englishMuscles = { muscles };

/** A source the muscles cite, by id: the map's bundle holds only those, not the guide's whole list. */
const citedSource = (id: string): Source | undefined => introData.muscles.flatMap((m) => m.sources).find((s) => s.id === id);

/**
 * The glute muscles seen from behind: gluteus maximus, medius and minimus,
 * piriformis and the sciatic nerve. Choose a muscle (click, tap, or Tab then
 * the arrow keys) to see what it does, where its knots usually sit and where
 * they tend to send pain, with that area drawn on the body. The same facts are
 * always there as a list for screen readers; in a container narrower than
 * 320 px the list replaces the picture.
 *
 * @customElement glute-muscle-map
 * @summary Back view of the hips: pick a glute muscle to see its knots and where they send pain.
 *
 * @fires {CustomEvent<MuscleSelectDetail>} muscle-select - A person chose a muscle: `detail: {muscle}` (the muscle id). Not fired when the `muscle` attribute is set by script.
 *
 * @csspart base - The outer wrapper (the container for container queries).
 * @csspart figure - The picture, its key and caption.
 * @csspart panel - Facts about the chosen muscle.
 * @csspart list - The text version: every muscle as a list item (visually hidden unless the container is narrower than 320 px).
 *
 * @cssprop [--gk-map-size=26em] - Largest width of the picture.
 * @cssprop --gk-color-pain - Colour of the area where pain may spread (default: the danger colour).
 */
export class GluteMuscleMap extends GkElement {
  static override styles = [themeStyles, mapStyles];
  /**
   * Registers the element as `tag` (default `glute-muscle-map`) in `registry` (default `customElements`); never throws. Importing `glute-knots/glute-muscle-map.js` calls this; `glute-knots/glute-muscle-map.class.js` only exports the class, for a page that needs another tag.
   */
  static override define(tag = 'glute-muscle-map', registry?: CustomElementRegistry): void {
    defineElement(this, tag, registry);
  }

  static override get properties(): PropertyDeclarations {
    return {
      muscle: { reflect: true, converter: textAttribute('') },
      selected: { state: true, attribute: false },
    };
  }

  /**
   * The chosen muscle: `gluteus-maximus`, `gluteus-medius`, `gluteus-minimus`
   * or `piriformis`. Empty (default) shows a prompt. Reflects, so it changes
   * when a person picks a muscle. An unknown id warns and shows none chosen.
   */
  muscle = '';

  private selected: MuscleId | '' = '';

  /** The map's strings in the reader's language. */
  private get t(): MapText {
    return this.localized('map', mapText);
  }

  /** The muscles' facts in the reader's language. */
  private get muscles(): Muscle[] {
    return joinMuscles(this.localized('intro', englishMuscles).muscles);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('muscle')) this.selected = oneOf<MuscleId | ''>(this, 'muscle', this.muscle, muscleIds, '');
  }

  private get radios(): SVGGElement[] {
    return [...(this.renderRoot.querySelectorAll<SVGGElement>('[role="radio"]') ?? [])];
  }

  /** Chooses `id` as a person did: updates `muscle`, fires `muscle-select` if it changed, and optionally moves focus. */
  private choose(id: MuscleId, focus: boolean): void {
    const changed = id !== this.selected;
    this.muscle = id;
    this.selected = id;
    if (focus) this.radios[muscleIds.indexOf(id)]?.focus();
    if (changed) emit<MuscleSelectDetail>(this, 'muscle-select', { muscle: id });
  }

  private onKeyDown = (event: KeyboardEvent): void => {
    const radio = (event.target as Element).closest?.('[role="radio"]');
    const from = radio ? this.radios.indexOf(radio as SVGGElement) : -1;
    if (from < 0) return;
    const last = muscleIds.length - 1;
    let to: number;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        to = from === last ? 0 : from + 1;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        to = from === 0 ? last : from - 1;
        break;
      case 'Home':
        to = 0;
        break;
      case 'End':
        to = last;
        break;
      case ' ':
      case 'Spacebar':
      case 'Enter':
        to = from;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.choose(muscleIds[to], true);
  };

  protected override render() {
    const chosen = this.muscles.find((m) => m.id === this.selected);
    return html`
      <div class="gk" part="base">
        <div class="layout">
          <figure class="figure" part="figure">
            ${this.renderPicture(chosen)}
            <ul class="legend">
              <li><svg viewBox="0 0 24 8" aria-hidden="true" stroke-width="1.5" stroke-linecap="round"><path class="nerve" d="M2 4H22"/></svg>${this.t.legend.nerve}</li>
              <li><svg viewBox="0 0 24 8" aria-hidden="true" stroke-width="1.5"><path class="muscle deep" d="M2 4H22"/></svg>${this.t.legend.deep}</li>
              ${chosen ? html`<li><svg viewBox="0 0 24 8" aria-hidden="true" stroke-linecap="round"><rect class="zone" x="2" y="1" width="20" height="6" rx="2"/></svg>${this.t.legend.zone}</li>` : nothing}
            </ul>
            <figcaption>${this.t.caption}</figcaption>
          </figure>
          <section class="panel" part="panel">
            ${chosen ? this.renderFacts(chosen, true) : html`<p class="prompt">${this.t.prompt}</p>`}
          </section>
        </div>
        <ul class="list" part="list" aria-label=${this.t.listLabel}>
          ${this.muscles.map((m) => html`<li>${this.renderFacts(m, false)}</li>`)}
        </ul>
      </div>
    `;
  }

  private renderPicture(chosen: Muscle | undefined) {
    const focusable = chosen?.id ?? muscleIds[0];
    const shape = (m: Muscle) => {
      const s = muscleShapes[m.id];
      const on = m.id === chosen?.id;
      return svg`<g role="radio" class="pick" aria-label=${m.name} aria-checked=${on ? 'true' : 'false'}
          tabindex=${m.id === focusable ? '0' : '-1'} data-muscle=${m.id} @click=${() => this.choose(m.id, false)}>
          <path class="muscle${s.deep ? ' deep' : ''}" d="${s.d}"/>
          <path class="lead" d="${s.lead}"/>
          <text x="186" y=${s.y} aria-hidden="true">${this.t.shortNames[m.id]}</text>
        </g>`;
    };
    // The names column has room for about ten letters: a longer nerve name ("Nervio ciático") takes two lines.
    const words = this.t.nerve.trim().split(/\s+/);
    const nerveName = words.length > 1 && this.t.nerve.length > 10 ? [words.slice(0, -1).join(' '), words[words.length - 1]] : [this.t.nerve];
    return html`<svg class="map" viewBox="0 0 250 220" fill="none" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" role="radiogroup" aria-label=${this.t.groupLabel} @keydown=${this.onKeyDown}>
      <path class="skin-fill" d="${skinFill}"/>
      <path class="bone" d="${bones}"/>
      <path class="skin" d="${skin + creases}"/>
      <g class="ghost" transform=${MIRROR}>
        <path d="${muscleShapes['gluteus-medius'].d}"/>
        <path d="${muscleShapes['gluteus-maximus'].d}"/>
      </g>
      ${this.muscles.map(shape)}
      <path class="nerve" d="${nerve}"/>
      <path class="lead" d="${nerveLabel.lead}"/>
      <text class="nerve-name" x="186" y=${nerveLabel.y} aria-hidden="true">${nerveName[0]}${nerveName[1] ? svg`<tspan x="186" dy="1.1em">${nerveName[1]}</tspan>` : nothing}</text>
      ${chosen ? svg`<path class="zone" d="${zones[chosen.id]}"/>${zoneArrows[chosen.id] ? svg`<path class="zone-arrow" d="${zoneArrows[chosen.id]!}"/>` : nothing}` : nothing}
    </svg>`;
  }

  /** Name and facts of one muscle, with its sources: links in the panel, or in the list when the list is what people see. */
  private renderFacts(m: Muscle, links: boolean) {
    const h = this.t.headings;
    return html`
      <p class="name">${m.name}</p>
      <dl>
        <dt>${h.where}</dt><dd>${m.where}</dd>
        <dt>${h.does}</dt><dd>${m.does}</dd>
        <dt>${h.knots}</dt><dd>${m.knots}</dd>
        <dt>${h.referral}</dt><dd>${m.referral}</dd>
      </dl>
      <p class="sources">${this.t.sources} ${links ? this.renderLinks(m) : html`<span class="src-links">${this.renderLinks(m)}</span><span class="src-text">${this.publishers(m).join(', ')}</span>`}</p>
    `;
  }

  private publishers(m: Muscle): string[] {
    return m.sources.map((id) => citedSource(id)?.publisher ?? id);
  }

  /** Each source as a link named by its publisher; the accessible name adds the title. */
  private renderLinks(m: Muscle) {
    return m.sources.map((id, i) => {
      const source = citedSource(id);
      const sep = i < m.sources.length - 1 ? ', ' : '';
      if (!source) return html`${id}${sep}`;
      const label = fill(this.t.sourceLink, { id, title: source.title, publisher: source.publisher });
      return html`<a href=${source.url} aria-label=${label} rel="noreferrer">${source.publisher}</a>${sep}`;
    });
  }
}
