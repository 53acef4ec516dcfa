import type { MuscleId } from '../../content/types.js';

/**
 * The drawing of `<glute-muscle-map>`: the hips seen from behind in a
 * 250 × 220 box, body centred on x = 100, muscles on the right side (the
 * viewer's right), names in a column at x = 186. Integer coordinates only.
 */

export interface MuscleShape {
  /** Outline of the muscle. */
  d: string;
  /** Deep muscles are outlined with dashes. */
  deep?: true;
  /** Leader line from the shape to its name. */
  lead: string;
  /** Baseline of the name beside the picture. */
  y: number;
}

export const muscleShapes: Record<MuscleId, MuscleShape> = {
  'gluteus-maximus': {
    d: 'M104 52Q140 62 170 100L173 148Q148 174 112 162Q100 140 102 108Z',
    lead: 'M162 140L182 148',
    y: 152,
  },
  'gluteus-medius': {
    d: 'M108 46Q140 30 164 56Q178 78 170 100Q140 62 104 52Z',
    lead: 'M150 42L182 30',
    y: 34,
  },
  'gluteus-minimus': {
    d: 'M124 58Q148 44 162 62Q170 80 166 98Q148 72 124 58Z',
    deep: true,
    lead: 'M160 70L182 70',
    y: 74,
  },
  piriformis: {
    d: 'M104 82Q136 88 162 104Q166 110 160 113Q134 106 104 100Z',
    deep: true,
    lead: 'M160 108L182 110',
    y: 114,
  },
};

/** Where each muscle's knots tend to send pain, drawn on the same side. */
export const zones: Record<MuscleId, string> = {
  // Sacrum, sit bone and tailbone, over the lower buttock.
  'gluteus-maximus': 'M100 64Q114 66 116 100Q136 124 136 152Q122 170 106 154Q98 124 100 64Z',
  // Low back, sacrum, across the buttock; side of the hip and top of the thigh.
  'gluteus-medius': 'M100 12Q126 10 124 42Q158 66 176 106Q180 140 166 150Q140 120 112 120Q100 110 100 12Z',
  // Outer thigh toward the knee (front fibres) and back of the thigh toward the calf (back fibres).
  'gluteus-minimus': 'M148 118Q174 116 176 150L170 216H156Q158 160 148 118ZM116 150Q134 142 140 160V216H124Q120 182 116 150Z',
  // SI joint, buttock, back of the hip and the upper back of the thigh.
  piriformis: 'M102 52Q122 58 126 84Q160 92 172 116Q162 132 142 134L138 196H122Q120 150 112 130Q100 100 102 52Z',
};

/** Arrows at the bottom edge for zones that carry on down the leg. */
export const zoneArrows: Partial<Record<MuscleId, string>> = {
  'gluteus-minimus': 'M163 204V216M158 211L163 216L168 211M132 204V216M127 211L132 216L137 211',
};

/** Skin outline: waist, hips, both buttocks and the tops of the thighs, cut off at the bottom. */
export const skin = 'M52 4C46 40 22 66 22 104S30 170 34 218M94 218L98 154Q100 146 102 154L106 218M148 4C154 40 178 66 178 104S170 170 166 218';
/** The same outline closed, for the fill. */
export const skinFill = 'M52 4H148C154 40 178 66 178 104S170 170 166 218H106L102 154Q100 146 98 154L94 218H34C30 170 22 140 22 104S46 40 52 4Z';
/** The crease between the buttocks and the gluteal folds. */
export const creases = 'M100 112V146M60 168Q78 176 96 166M140 168Q122 176 104 166';
/** Bones: the spine, the rims of the pelvis, the sacrum and the bony bump at the side of each hip. */
export const bones = 'M100 4V40M38 56Q60 26 90 40M162 56Q140 26 110 40M88 40H112L104 100L100 110L96 100ZM166 102Q174 110 166 118M34 102Q26 110 34 118';
/** The sciatic nerve: out from under piriformis and down the back of the thigh. */
export const nerve = 'M112 104Q122 110 124 140Q126 180 130 218';
/** Where the nerve's name sits and its leader line. */
export const nerveLabel = { lead: 'M126 186L182 190', y: 194 };
