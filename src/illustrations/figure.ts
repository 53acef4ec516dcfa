/**
 * The house style's body, as outlines of the one skeleton (pure geometry): trunk, neck, head, two-segment arms and legs
 * with hands and feet, and the highlighted muscle. Far-side limbs have the same shapes on their own layer; lying on one
 * side, seen from the front, the bottom arm and leg are as near as the top ones and are drawn with the trunk.
 */
import { type Angles, joints, limb, type Outline, type Part, place, type Pt, type Shortened } from './skeleton.js';

/** The muscle region drawn in the accent colour: the buttock (gluteus maximus, piriformis beneath it), the outer hip
 * (gluteus medius, seen on a side-lying figure), the buttock and the lower back, or those and the back of the thigh. */
export type Highlight = 'glute' | 'side' | 'back' | 'ham';

// Local outlines, `[u, v, …]` (u along the part, v across it; for the trunk and head +v is the front of the body).
const TRUNK = [
  -2.5, -5.5, 2, -7.8, 9, -5.8, 15, -5.6, 21, -6.6, 26, -4.2, 28, -0.5,
  26.5, 3.8, 21, 6.6, 15, 5.6, 8, 6, 2.5, 5.8, -2, 3.6, -4, -1.5,
];
/** The trunk seen from the front, for a figure lying on its side: the hip and the ribs show, the waist dips. */
const TRUNK_SIDE = [
  -3, -6, 3, -7.8, 10, -5.4, 18, -6.6, 24, -6.8, 28, -3.5, 28.5, 0,
  27, 4.5, 21, 6.4, 13, 5.6, 4, 6.4, -2.5, 4.5, -4, -1,
];
const HEAD = [7.2, 0, 5.2, -4.9, 0.5, -6.5, -4.4, -5.1, -6.9, -1.2, -6.1, 3.2, -3, 5.5, -0.4, 7.5, 3, 6.1, 5.8, 3.5];
/** The head seen from the front (a figure lying on its side). */
const ROUND = [7, 0, 5, -4.8, 0, -6.6, -5, -4.8, -7, 0, -5, 4.8, 0, 6.6, 5, 4.8];
const HAND = [-1, -2.4, 3.5, -2.7, 6.5, -2, 7.8, 0, 6, 2.4, 2.5, 2.8, -1, 2.2];
const FOOT = [-2.5, -2.8, 2, -1.8, 7, 0.6, 10.5, 1.8, 10.2, 3.8, 4, 3.8, -2.6, 3.6, -4, 1];
const GLUTE = [-4, -3.5, -2.5, -7, 2, -8.6, 6.5, -7.2, 7.5, -3.8, 4, -1.4, -1, -1.2];
const BACK = [-4, -3.5, -2.5, -7, 2, -8.6, 7, -6.6, 14, -5.4, 14.5, -2.8, 7, -2.6, 4, -1.4, -1, -1.2];
const HAM = [0, -3, 8, -4, 17, -3, 17, 0, 8, 0.5, 0, 0.5];

/** Radii `[top, bottom]` of the limb segments: every limb is at least 6% of a standing figure's height wide. */
export const thickness = { upperArm: [3.3, 2.8], forearm: [2.9, 2.8], thigh: [5.6, 3.7], shin: [3.6, 2.8] } as const;
const { upperArm, forearm, thigh, shin } = thickness;

const angleOf = (a: Pt, b: Pt) => (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;

/**
 * The outlines of a figure in `pose`, back to front: far arm and leg, trunk and head, near leg and arm, highlight.
 * `side` draws the trunk as seen from the front (a figure lying on its side); `short` foreshortens leg segments.
 */
export const figure = (a: Angles, highlight: Highlight, side = false, short: Shortened = {}): Outline[] => {
  const j = joints(a, side ? 4 : 0, short);
  const out: Outline[] = [];
  const add = (part: Part, layer: Outline['layer'], points: Pt[]) => out.push({ part, layer, points });
  const arm = (far: boolean, elbow: Pt, wrist: Pt, hand: number) => {
    const layer = far ? (side ? 'body' : 'far') : 'near';
    add(far ? 'farArm' : 'arm', layer, limb(far ? j.farShoulder : j.shoulder, elbow, ...upperArm, 0.5, 0.4));
    add(far ? 'farForearm' : 'forearm', layer, limb(elbow, wrist, ...forearm, 0.5, 0.2));
    add(far ? 'farForearm' : 'forearm', layer, place(wrist, hand, HAND));
  };
  const leg = (far: boolean, knee: Pt, ankle: Pt, foot: number) => {
    const layer = far ? (side ? 'body' : 'far') : 'near';
    add(far ? 'farThigh' : 'thigh', layer, limb(far ? j.farHip : j.hip, knee, ...thigh, 0.7, 0.8));
    add(far ? 'farShin' : 'shin', layer, limb(knee, ankle, ...shin, 0, 1.4));
    add(far ? 'farShin' : 'shin', layer, place(ankle, foot, FOOT));
  };
  arm(true, j.farElbow, j.farWrist, a[9]);
  leg(true, j.farKnee, j.farAnkle, a[15]);
  add('torso', 'body', place(j.hip, a[2], side ? TRUNK_SIDE : TRUNK));
  add('head', 'body', limb(j.neck, j.head, 3, 3, 0, 0));
  add('head', 'body', place(j.head, a[3], side ? ROUND : HEAD));
  leg(false, j.knee, j.ankle, a[12]);
  arm(false, j.elbow, j.wrist, a[6]);
  if (highlight === 'side') add('torso', 'hi', place(j.hip, a[2], [-4, -4, 1, -7.4, 7, -6, 8, -3, 2, -2.6], -1));
  else add('torso', 'hi', place(j.hip, a[2], highlight === 'glute' ? GLUTE : BACK));
  if (highlight === 'ham') add('thigh', 'hi', place(j.hip, angleOf(j.hip, j.knee), HAM));
  return out;
};
