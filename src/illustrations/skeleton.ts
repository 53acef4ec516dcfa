/**
 * The one 2D skeleton behind every exercise drawing, as pure geometry (no Lit, no DOM): a pose's angles become joint
 * positions, and each body part becomes a closed, smooth outline with volume. `render.ts` turns the outlines into SVG.
 *
 * Units are those of the 160 × 100 view box; a standing figure is about 88 tall. Angles are in degrees, measured
 * clockwise on screen from pointing right: 0 right, 90 down, 180 left, -90 up. Every figure is drawn as a person
 * facing right turned in the plane of the picture (a pose may mirror the whole picture).
 */

/** A point `[x, y]` in view-box units. */
export type Pt = readonly [number, number];

/**
 * A pose: where the hip joint is and the direction of every segment, 16 numbers:
 * `[hipX, hipY, torso, head, upperArm, forearm, hand, farUpperArm, farForearm, farHand, thigh, shin, foot,
 * farThigh, farShin, farFoot]`. `torso` points from the hip to the neck, `head` from the neck to the crown, each limb
 * segment from its upper joint to its lower one, `foot` from the ankle to the toes.
 */
export type Angles = readonly number[];

/** Foreshortening: leg segments that point toward the viewer (a crossed leg), drawn this fraction of their length. */
export type Shortened = Readonly<Partial<Record<'thigh' | 'shin' | 'farThigh' | 'farShin', number>>>;

/** The named parts of the figure: what a motion moves and what a highlight belongs to. */
export type Part = 'torso' | 'head' | 'arm' | 'forearm' | 'farArm' | 'farForearm' | 'thigh' | 'shin' | 'farThigh' | 'farShin';

/** Depth layer of an outline: far-side limbs, the trunk and head, near-side limbs, the highlighted muscle. */
export type Layer = 'far' | 'body' | 'near' | 'hi';

/** One outline of the figure. */
export interface Outline {
  part: Part;
  layer: Layer;
  points: Pt[];
}

/** Segment lengths (view-box units), in adult proportions for a figure about 88 tall. */
export const lengths = { torso: 27, neck: 4.5, head: 7, upperArm: 15, forearm: 13, thigh: 21, shin: 20 } as const;

const rad = Math.PI / 180;

/** The point `length` units from `from` in direction `angle`. */
export const step = (from: Pt, angle: number, length: number): Pt =>
  [from[0] + length * Math.cos(angle * rad), from[1] + length * Math.sin(angle * rad)];

/** `p` turned by `angle` degrees about `pivot`. */
export const turn = (p: Pt, pivot: Pt, angle: number): Pt => {
  const c = Math.cos(angle * rad);
  const s = Math.sin(angle * rad);
  const x = p[0] - pivot[0];
  const y = p[1] - pivot[1];
  return [pivot[0] + x * c - y * s, pivot[1] + x * s + y * c];
};

/**
 * The joints of a pose, from its angles. `spread` moves the far hip and shoulder that far behind the near ones (a
 * figure lying on its side, seen from the front); `short` foreshortens leg segments.
 */
export const joints = (a: Angles, spread = 0, short: Shortened = {}) => {
  const hip: Pt = [a[0], a[1]];
  const farHip = step(hip, a[2] - 90, spread);
  const neck = step(hip, a[2], lengths.torso);
  const shoulder = step(hip, a[2], lengths.torso - 4.5);
  const farShoulder = step(shoulder, a[2] - 90, spread);
  const head = step(step(neck, a[3], lengths.neck), a[3], lengths.head);
  const limb = (i: number, top: Pt, upper: number, lower: number, k0 = 1, k1 = 1) => {
    const mid = step(top, a[i], upper * k0);
    return [mid, step(mid, a[i + 1], lower * k1)] as const;
  };
  const [elbow, wrist] = limb(4, shoulder, lengths.upperArm, lengths.forearm);
  const [farElbow, farWrist] = limb(7, farShoulder, lengths.upperArm, lengths.forearm);
  const [knee, ankle] = limb(10, hip, lengths.thigh, lengths.shin, short.thigh, short.shin);
  const [farKnee, farAnkle] = limb(13, farHip, lengths.thigh, lengths.shin, short.farThigh, short.farShin);
  return { hip, farHip, neck, shoulder, farShoulder, head, elbow, wrist, farElbow, farWrist, knee, ankle, farKnee, farAnkle };
};

/** The joints of a pose by name. */
export type Joints = ReturnType<typeof joints>;

/**
 * Local outline points `[u0, v0, u1, v1, …]` (u along `angle`, v across it: to the right of the direction of travel)
 * placed at `origin`. `mirror` flips v.
 */
export const place = (origin: Pt, angle: number, local: readonly number[], mirror = 1): Pt[] => {
  const out: Pt[] = [];
  for (let i = 0; i < local.length; i += 2) {
    out.push(turn([origin[0] + local[i], origin[1] + mirror * local[i + 1]], origin, angle));
  }
  return out;
};

/**
 * A limb segment from `a` to `b` with volume: rounded ends of radius `r0` and `r1`, sides swelling by `front` and
 * `back` at a third of the way down (muscle bellies), so it tapers like a limb.
 */
export const limb = (a: Pt, b: Pt, r0: number, r1: number, front = 0.6, back = 0.6): Pt[] => {
  const angle = Math.atan2(b[1] - a[1], b[0] - a[0]) / rad;
  const l = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const k = 0.7;
  const m = (r0 + r1) / 2;
  return place(a, angle, [
    -r0, 0, -r0 * k, -r0 * k, 0, -r0, l * 0.35, -m - front, l, -r1, l + r1 * k, -r1 * k,
    l + r1, 0, l + r1 * k, r1 * k, l, r1, l * 0.35, m + back, 0, r0, -r0 * k, r0 * k,
  ]);
};

const f = (n: number) => Math.round(n * 10) / 10;

/** A smooth closed SVG path through `points` (a Catmull-Rom spline as cubic Béziers), one decimal place. */
export const smooth = (points: readonly Pt[]): string => {
  const n = points.length;
  const at = (i: number) => points[(i + n) % n];
  let d = `M${f(points[0][0])} ${f(points[0][1])}`;
  for (let i = 0; i < n; i++) {
    const [p0, p1, p2, p3] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
    d += `C${f(p1[0] + (p2[0] - p0[0]) / 6)} ${f(p1[1] + (p2[1] - p0[1]) / 6)} ${f(p2[0] - (p3[0] - p1[0]) / 6)} ${f(p2[1] - (p3[1] - p1[1]) / 6)} ${f(p2[0])} ${f(p2[1])}`;
  }
  return `${d}Z`;
};
