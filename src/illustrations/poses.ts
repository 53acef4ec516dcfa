/**
 * A pose per exercise: the skeleton's angles, the props, the highlighted muscle and any motion. Angle order (see
 * `Angles` in `skeleton.ts`): hip x, hip y, torso, head, near arm (upper, fore, hand), far arm, near leg (thigh,
 * shin, foot), far leg. Every figure faces right; lying figures have their head on the left. A pose's angles are the
 * position that names the exercise: the still picture, and where any motion starts and returns to.
 */
import type { Pose } from './render.js';

/** The exercise ids that have a drawing (the content's exercise ids). */
export type DrawingId =
  | 'pigeon-pose' | 'figure-four' | 'chair-figure-four' | 'seated-forward-bend' | 'knee-to-opposite-shoulder'
  | 'foam-roller-release' | 'massage-ball-release' | 'standing-figure-four' | 'glute-bridge' | 'clamshell'
  | 'side-lying-leg-raise' | 'supine-piriformis' | 'childs-pose';

/** Every exercise's pose, by exercise id. */
export const poses: Record<DrawingId, Pose> = {
  // Low on the mat: the far (right) knee forward, its shin folded back across in front of the hips (foreshortened), the
  // near (left) leg long and straight behind, top of the foot down; trunk upright leaning a little forward, hands down.
  'pigeon-pose': {
    at: [70, 85.5, -76, -80, 82, 76, 0, 84, 80, 0, 170, 179, 180, 12, 180, 200],
    short: { farShin: 0.5 },
    props: [['mat']],
  },
  // On the back; the far leg held up like a table top, the near ankle crossed over its knee, hands pull the thigh in.
  'figure-four': {
    at: [80, 86, 180, 180, -55, -8, -10, -50, -15, -15, -40, -148, -160, -105, 0, -80],
    short: { thigh: 0.75 },
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
    at: [80, 86, 180, 180, -80, -15, -20, -72, -20, -30, -125, 15, 10, 0, 0, -85],
    props: [['mat']],
  },
  // Sitting on a roller under the buttock, one ankle over the other knee, leaning well back on straight arms angled back
  // to the hands flat on the floor behind; rolls slowly back and forth.
  'foam-roller-release': {
    at: [64, 78, -145, -95, 120, 118, 160, 118, 115, 160, -30, 5, 40, -15, 65, 0],
    short: { thigh: 0.75, shin: 0.6 },
    props: [['roller', 60, 88]],
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
  // On the back, feet flat under the knees, hips lifted so shoulders, hips and knees make one line (as high as the
  // shins allow), arms flat on the floor; the still picture is the lifted position, the motion lowers and lifts.
  'glute-bridge': {
    at: [84, 78.5, 158, 180, 16, 0, 0, 14, 0, 0, -22, 92, 0, -24, 95, 0],
    props: [['mat']],
    moves: [{ parts: 'torso', turn: [21, 'shoulder'] }, { parts: 'thigh', turn: [-21, 'knee'] }, { parts: 'farThigh', turn: [-21, 'farKnee'] }],
  },
  // On one side, seen from the front, head on the lower arm: knees bent, feet together, the top knee swung open about the
  // hip (the front view of a turn about the hip-foot axis); closes onto the bottom knee and opens.
  clamshell: {
    at: [88, 85, 180, 180, -5, 3, 0, 180, 180, 180, -55, 117, 160, 8, 175, 160],
    side: true,
    hi: 'side',
    short: { thigh: 0.85, shin: 0.8, farThigh: 0.7, farShin: 0.6 },
    props: [['mat']],
    moves: [{ parts: 'thigh shin', turn: [55, 'hip'] }],
  },
  // On one side, the bottom knee bent on the floor, the top leg straight and lifted; lowers and lifts.
  'side-lying-leg-raise': {
    at: [88, 85, 180, 180, -10, 10, 0, 180, 180, 180, -30, -30, -100, 8, 175, 160],
    side: true,
    hi: 'side',
    short: { farThigh: 0.7, farShin: 0.6 },
    props: [['mat']],
    moves: [{ parts: 'thigh shin', turn: [26, 'hip'] }],
  },
  // On the back, one foot planted outside the other knee, that knee drawn across the body by the hand.
  'supine-piriformis': {
    at: [80, 86, 180, 180, -27, -27, -35, 15, 0, 0, -50, 72, 0, 0, 0, -85],
    props: [['mat']],
  },
  // Kneeling, shins flat (knees in front, feet behind, soles up), bottom back on the heels, trunk folded over the thighs
  // (highest at the hips), head down on the floor, elbows and forearms along the floor, hands past the head.
  'childs-pose': {
    at: [60, 78, 8, 15, 42, 2, 0, 38, 0, 0, 36, 180, 180, 37, 180, 180],
    hi: 'back',
    props: [['mat']],
  },
};
