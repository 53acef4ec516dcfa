/**
 * A pose per exercise: the skeleton's angles, the props, the highlighted muscle and any motion. Angle order (see
 * `Angles` in `skeleton.ts`): hip x, hip y, torso, head, near arm (upper, fore, hand), far arm, near leg (thigh,
 * shin, foot), far leg. Every figure faces right; lying figures have their head on the left.
 */
import type { Pose } from './render.js';

/** The exercise ids that have a drawing (the content's exercise ids). */
export type DrawingId =
  | 'pigeon-pose' | 'figure-four' | 'chair-figure-four' | 'seated-forward-bend' | 'knee-to-opposite-shoulder'
  | 'foam-roller-release' | 'massage-ball-release' | 'standing-figure-four' | 'glute-bridge' | 'clamshell'
  | 'side-lying-leg-raise' | 'supine-piriformis' | 'childs-pose';

/** Every exercise's pose, by exercise id. */
export const poses: Record<DrawingId, Pose> = {
  // Front shin folded under the body, back leg long behind, trunk upright, hands down to the floor.
  'pigeon-pose': {
    at: [70, 84, -78, -75, 50, 72, 0, 60, 78, 0, 20, 175, 170, 165, 178, 185],
    props: [['mat']],
  },
  // On the back; the far leg held up like a table top, the near ankle crossed over its knee, hands pull the thigh in.
  'figure-four': {
    at: [80, 86, 180, 180, -35, -10, -20, -40, -15, -20, -15, -137, -120, -60, 0, -85],
    short: { thigh: 0.85 },
    props: [['mat']],
  },
  // Sitting on a chair, one ankle on the other knee, leaning forward with a long back.
  'chair-figure-four': {
    at: [52, 70, -55, -40, 75, -15, 0, 80, 10, 0, -20, -4, 40, 0, 90, 0],
    short: { thigh: 0.75, shin: 0.65 },
    props: [['chair', 34, 76, -1]],
  },
  // Sitting on the floor with straight legs, folding forward from the hips, hands to the feet.
  'seated-forward-bend': {
    at: [46, 88, -35, -20, 25, 8, -70, 27, 10, -70, 3, 2, -80, 3, 2, -80],
    hi: 'ham',
    props: [['mat']],
  },
  // On the back, one leg long, the other knee pulled in toward the opposite shoulder with both hands.
  'knee-to-opposite-shoulder': {
    at: [80, 86, 180, 180, -75, -20, -10, -70, -30, -10, -120, 30, -40, 0, 0, -85],
    props: [['mat']],
  },
  // Sitting on a roller, one ankle over the other knee, leaning back on the hands; rolls slowly back and forth.
  'foam-roller-release': {
    at: [61, 73, -130, -95, 105, 100, 110, 100, 95, 110, -30, 5, 40, -8, 85, 0],
    short: { thigh: 0.75, shin: 0.6 },
    props: [['roller', 60, 86]],
    moves: [{ parts: 'roller', shift: [-3, 0] }, { parts: 'all', shift: [-6, 0] }],
  },
  // Sitting, leaning back on the hands, a ball under one buttock.
  'massage-ball-release': {
    at: [58, 78, -115, -95, 105, 100, 100, 100, 95, 100, -25, 75, 0, -20, 70, 0],
    props: [['ball', 55, 88]],
  },
  // Standing on one bent leg, the other ankle crossed over that knee, hips back, a hand on a chair back.
  'standing-figure-four': {
    at: [63.8, 62.5, -50, -45, 5, -25, 60, 80, 10, 0, 10, 15, 60, 25, 110, 0],
    short: { thigh: 0.7, shin: 0.6 },
    props: [['chair', 103, 70, -1]],
  },
  // On the back, knees bent, feet flat, hips lifted; lowers and lifts.
  'glute-bridge': {
    at: [84, 73, 145, 180, 20, 0, 0, 22, 0, 0, -10, 80, 0, -12, 82, 0],
    props: [['mat']],
    moves: [{ parts: 'torso', turn: [25, 'shoulder'] }, { parts: 'thigh', turn: [-27, 'knee'] }, { parts: 'farThigh', turn: [-27, 'farKnee'] }],
  },
  // On one side, seen from the front: knees bent toward the viewer, feet together, the top knee lifted; closes and opens.
  clamshell: {
    at: [88, 85, 180, 195, -10, 10, 0, 180, 180, 180, -45, 35, 0, 0, 0, 0],
    side: true,
    hi: 'side',
    short: { thigh: 0.7, shin: 0.75, farThigh: 0.7, farShin: 0.7 },
    props: [['mat']],
    moves: [{ parts: 'thigh shin', squash: [0.35, 'hip'] }],
  },
  // On one side, the bottom leg long on the floor, the top leg straight and lifted; lowers and lifts.
  'side-lying-leg-raise': {
    at: [88, 85, 180, 195, -10, 10, 0, 180, 180, 180, -30, -30, -100, 0, 0, -90],
    side: true,
    hi: 'side',
    props: [['mat']],
    moves: [{ parts: 'thigh shin', turn: [26, 'hip'] }],
  },
  // On the back, one foot planted outside the other knee, that knee drawn across the body by the hand.
  'supine-piriformis': {
    at: [80, 86, 180, 180, -25, -10, -20, 5, 0, 0, -55, 67, 10, 0, 0, -85],
    props: [['mat']],
  },
  // Kneeling, hips back toward the heels, arms long on the floor in front, forehead down.
  'childs-pose': {
    at: [63.5, 80, 16, 25, -12, 12, 15, -10, 14, 15, 28, 178, 180, 30, 178, 182],
    props: [['mat']],
  },
};
