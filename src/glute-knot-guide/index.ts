import { GluteKnotGuide } from './glute-knot-guide.js';

export { GluteKnotGuide };
export { guideSections } from './glute-knot-guide.js';
export type { GuideContentOverride, GuideSectionId } from './glute-knot-guide.js';

GluteKnotGuide.define();

declare global {
  interface HTMLElementTagNameMap {
    'glute-knot-guide': GluteKnotGuide;
  }
}
