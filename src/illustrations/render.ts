/**
 * The one renderer: any pose of the skeleton, with its props, in the house style, as a Lit SVG template.
 *
 * House style: solid rounded shapes in `currentColor` (presentation attributes, so a drawing works with no styles at
 * all) in three depths: far-side limbs faint, the trunk and head in a middle tone, near-side limbs strongest. The
 * highlighted muscle is filled with the accent colour and outlined in the text colour, so it also reads in black and
 * white. Props (floor, mat, chair, wall, roller, ball) are outlined in a lighter line.
 *
 * Motion: a pose's angles (`at`) are the position that names the exercise (the bridge's hips up, the clamshell's knee
 * open, the leg raised). A part that a pose moves is drawn at the other end of the motion and carries a `transform`
 * attribute that takes it back to `at`, so with no animation (the default, and always under reduced motion) the still
 * picture is the named position; `illustrationStyles` animates the transform away and back, only on an `svg.moving`.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { figure, type Highlight } from './figure.js';
import { type Angles, type Joints, joints, type Part, type Pt, type Shortened, smooth, turn } from './skeleton.js';

/** The floor line's height in the view box. */
export const FLOOR = 94;

/**
 * A prop: `['mat']` on the floor under the figure; `['chair', x, seatY, back]` with its seat from x to x + 26 and its back on
 * the left (`back` -1) or right (1) edge; `['wall', x]`; `['roller', cx, cy]` (a foam roller seen end on, radius 5);
 * `['ball', cx, cy]` (a massage ball, radius 5). The floor is always drawn.
 */
export type Prop =
  | readonly ['mat']
  | readonly ['chair', number, number, number]
  | readonly ['wall', number]
  | readonly ['roller', number, number]
  | readonly ['ball', number, number];

/**
 * A motion from the still pose (`at`, the named position) to the other end and back: the named parts
 * (space-separated `Part`s, `all`, or `roller` for the prop) turn by `turn` degrees about a joint of the still pose,
 * or come `squash` times as far from it vertically (a limb turning about an axis that lies in the picture, seen from
 * the front), or shift by `shift`.
 */
export interface Move {
  parts: string;
  turn?: readonly [number, keyof Joints];
  squash?: readonly [number, keyof Joints];
  shift?: Pt;
}

/** One exercise's drawing as data. */
export interface Pose {
  /** The skeleton's angles (see `Angles`): the position that names the exercise, the still picture. */
  at: Angles;
  /** The muscle region in the accent colour (default `glute`). */
  hi?: Highlight;
  /** Lying on one side, seen from the front: the trunk's front view, far hip and shoulder behind the near ones. */
  side?: boolean;
  /** Leg segments pointing toward the viewer (a crossed leg), drawn shorter. */
  short?: Shortened;
  props?: readonly Prop[];
  /** Motion away from `at` and back, played while the exercise's timer runs; the still picture is always `at`. */
  moves?: readonly Move[];
}

const f = (n: number) => Math.round(n * 10) / 10;

interface Motion {
  to: (p: Pt) => Pt;
  back: string;
  origin?: string;
}

/** The motion of `part` in `pose`, if any: how to move a point to the end pose, and the attribute that undoes it. */
const motionOf = (pose: Pose, j: Joints, part: string): Motion | undefined => {
  const move = pose.moves?.find((m) => m.parts === 'all' ? part !== 'ball' : m.parts.split(' ').includes(part));
  if (move?.turn) {
    const [angle, about] = move.turn;
    const pivot = j[about];
    return { to: (p) => turn(p, pivot, angle), back: `rotate(${-angle})`, origin: `${f(pivot[0])} ${f(pivot[1])}` };
  }
  if (move?.squash) {
    const [k, about] = move.squash;
    const pivot = j[about];
    return { to: (p) => [p[0], pivot[1] + k * (p[1] - pivot[1])], back: `scale(1 ${f(1 / k)})`, origin: `${f(pivot[0])} ${f(pivot[1])}` };
  }
  if (move?.shift) {
    const [dx, dy] = move.shift;
    return { to: (p) => [p[0] + dx, p[1] + dy], back: `translate(${-dx} ${-dy})` };
  }
  return undefined;
};

const shape = (d: string, m: Motion | undefined, cls?: string) =>
  svg`<path d=${d} class=${m ? `mv ${cls ?? ''}` : cls ?? nothing} transform=${m?.back ?? nothing} transform-origin=${m?.origin ?? nothing}></path>`;

const circle = (c: Pt, r: number, m: Motion | undefined, extra = '') => {
  const [x, y] = m ? m.to(c) : c;
  const arc = (rr: number) => `M${f(x - rr)} ${y}a${rr} ${rr} 0 1 0 ${2 * rr} 0a${rr} ${rr} 0 1 0 ${-2 * rr} 0`;
  return shape(arc(r) + (extra && arc(r * 0.45)), m);
};

const props = (pose: Pose, j: Joints) =>
  (pose.props ?? []).map((p) => {
    switch (p[0]) {
      case 'mat':
        return nothing;
      case 'chair': {
        const [, x, y, back] = p;
        const bx = back < 0 ? x : x + 26;
        return shape(`M${x} ${y}h26M${x + 2} ${y}V${FLOOR}M${x + 24} ${y}V${FLOOR}M${bx} ${y}V${y - 30}`, undefined);
      }
      case 'wall':
        return shape(`M${p[1]} ${FLOOR}V4`, undefined);
      default:
        return circle([p[1], p[2]], p[0] === 'ball' ? 5 : 5, motionOf(pose, j, p[0]), p[0] === 'roller' ? 'x' : '');
    }
  });

const tone = { far: '.3', body: '.52', near: '.75' } as const;

/**
 * Largest scale of the skeleton's units on the view box, and the room a drawing may fill: every drawing is as large as
 * fits, so a lying figure (wide, not tall) uses the width and comes out larger than a standing one.
 */
const SCALE = 1.75;
const WIDTH = 150;
const HEIGHT = 86;

/** The extent `[left, right, top]` of a figure's outlines and its props. */
const extent = (outlines: readonly { points: readonly Pt[] }[], props: readonly Prop[]) => {
  const xs: number[] = [];
  const ys: number[] = [FLOOR];
  for (const o of outlines) {
    for (const [x, y] of o.points) {
      xs.push(x);
      ys.push(y);
    }
  }
  for (const p of props) {
    if (p[0] === 'chair') {
      xs.push(p[1], p[1] + 26);
      ys.push(p[2] - 30);
    } else if (p[0] === 'roller' || p[0] === 'ball') xs.push(p[1] - 5, p[1] + 5);
  }
  return [Math.min(...xs), Math.max(...xs), Math.min(...ys)] as const;
};

/**
 * The drawing of `pose`: its props, then the figure back to front, then the highlight. A `<g>` of SVG content for
 * `frame` (see `index.ts`).
 */
export const renderPose = (pose: Pose): SVGTemplateResult => {
  const j = joints(pose.at, pose.side ? 4 : 0, pose.short);
  const outlines = figure(pose.at, pose.hi ?? 'glute', pose.side, pose.short);
  const layer = (name: keyof typeof tone) => svg`<g fill="currentColor" opacity=${tone[name]}>${outlines
    .filter((o) => o.layer === name)
    .map((o) => {
      const m = motionOf(pose, j, o.part as Part);
      return shape(smooth(m ? o.points.map(m.to) : o.points), m);
    })}</g>`;
  const hi = outlines.filter((o) => o.layer === 'hi').map((o) => {
    const m = motionOf(pose, j, o.part);
    return shape(smooth(m ? o.points.map(m.to) : o.points), m, 'hi');
  });
  // Centred, standing on the floor, as large as fits (at most SCALE) at both ends of its motion.
  const moved = outlines.map((o) => ({ points: o.points.map(motionOf(pose, j, o.part)?.to ?? ((p) => p)) }));
  const [left, right, top] = extent([...outlines, ...moved], pose.props ?? []);
  const k = f(Math.min(SCALE, WIDTH / (right - left), HEIGHT / (FLOOR - top)) * 10) / 10;
  const x0 = f(80 - (k * (left + right)) / 2);
  const mat = pose.props?.some((p) => p[0] === 'mat')
    ? svg`<rect x=${f(x0 + k * left - 6)} y=${FLOOR - 2.5} width=${f(k * (right - left) + 12)} height="3" rx="1.5" fill="currentColor" opacity=".25"/>`
    : nothing;
  return svg`<path class="prop" d="M2 ${FLOOR + 1}H158" stroke="currentColor" stroke-width="2" opacity=".55"/>${mat}
<g transform="matrix(${k} 0 0 ${k} ${x0} ${f(FLOOR * (1 - k))})">
<g class="prop" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" opacity=".55">${props(pose, j)}</g>
${layer('far')}${layer('body')}${layer('near')}<g fill="currentColor" fill-opacity=".3" stroke="currentColor" stroke-width="1.3" stroke-linejoin="round">${hi}</g></g>`;
};
