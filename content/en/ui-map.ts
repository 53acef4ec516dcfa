import type { MapText } from '../ui-map-types.js';

/** English strings for `<glute-muscle-map>`. */
export const mapText: MapText = {
  groupLabel: 'Glute muscles: choose one',
  caption: 'The hips seen from behind. The muscles are drawn on the right side of the body.',
  shortNames: {
    'gluteus-maximus': 'Maximus',
    'gluteus-medius': 'Medius',
    'gluteus-minimus': 'Minimus',
    piriformis: 'Piriformis',
  },
  nerve: 'Sciatic nerve',
  legend: {
    nerve: 'Sciatic nerve',
    deep: 'Dashed outline: a deep muscle, under the others',
    zone: 'Dotted area: where pain may spread',
  },
  prompt: 'Choose a muscle in the picture to see what it does, where its knots sit and where they may send pain.',
  headings: {
    where: 'Where it is',
    does: 'What it does',
    knots: 'Where knots sit',
    referral: 'Where pain may spread',
  },
  sources: 'Sources:',
  sourceLink: 'Source: {title}, {publisher}',
  listLabel: 'The glute muscles in words',
};
