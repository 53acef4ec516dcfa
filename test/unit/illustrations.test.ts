import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figure, thickness } from '../../src/illustrations/figure.js';
import { poses } from '../../src/illustrations/poses.js';
import { joints, lengths, limb, smooth, turn, type Pt } from '../../src/illustrations/skeleton.js';

const dist = (a: Pt, b: Pt) => Math.hypot(a[0] - b[0], a[1] - b[1]);
/** Standing upright, arms down, feet forward. */
const standing = [80, 50, -90, -90, 90, 90, 90, 90, 90, 90, 90, 90, 0, 90, 90, 0];

describe('pose geometry', () => {
  it('keeps every segment its length, whatever the angles', () => {
    for (const pose of Object.values(poses)) {
      const j = joints(pose.at);
      assert.ok(Math.abs(dist(j.hip, j.neck) - lengths.torso) < 1e-9);
      assert.ok(Math.abs(dist(j.shoulder, j.elbow) - lengths.upperArm) < 1e-9);
      assert.ok(Math.abs(dist(j.elbow, j.wrist) - lengths.forearm) < 1e-9);
      if (!pose.short) {
        assert.ok(Math.abs(dist(j.hip, j.knee) - lengths.thigh) < 1e-9);
        assert.ok(Math.abs(dist(j.farKnee, j.farAnkle) - lengths.shin) < 1e-9);
      }
    }
  });

  it('a standing figure has adult proportions: legs about half its height, the head about an eighth', () => {
    const ys = figure(standing, 'glute').flatMap((o) => o.points.map((p) => p[1]));
    const height = Math.max(...ys) - Math.min(...ys);
    assert.ok(height > 84 && height < 92, `height ${height}`);
    const j = joints(standing);
    assert.ok(Math.abs((Math.max(...ys) - j.hip[1]) / height - 0.5) < 0.06);
    assert.ok(Math.abs((lengths.head * 2) / height - 1 / 7.5) < 0.03);
  });

  it('limbs have volume: at least 6% of a standing figure’s height wide, tapering from the body out', () => {
    const ys = figure(standing, 'glute').flatMap((o) => o.points.map((p) => p[1]));
    const height = Math.max(...ys) - Math.min(...ys);
    for (const [name, [top, bottom]] of Object.entries(thickness)) {
      assert.ok(2 * Math.min(top, bottom) >= 0.06 * height, name);
      assert.ok(top >= bottom, name);
    }
    const outline = limb([0, 0], [20, 0], 5, 3);
    const ysOf = (x0: number, x1: number) => outline.filter(([x]) => x >= x0 && x <= x1).map(([, y]) => Math.abs(y));
    assert.ok(Math.max(...ysOf(-1, 1)) >= 5 - 1e-9 && Math.max(...ysOf(19, 21)) <= 3 + 1e-9);
  });

  it('turns points about a pivot', () => {
    const p = turn([10, 0], [0, 0], 90);
    assert.ok(Math.abs(p[0]) < 1e-9 && Math.abs(p[1] - 10) < 1e-9);
    const q = turn([3, 4], [1, 1], 360);
    assert.ok(dist(q, [3, 4]) < 1e-9);
  });

  it('outlines are closed smooth paths', () => {
    const d = smooth([[0, 0], [10, 0], [10, 10], [0, 10]]);
    assert.match(d, /^M0 0(C[-\d. ]+){4}Z$/);
  });

  it('the still picture (the pose’s angles) is the position that names the exercise', () => {
    const deg = (a: Pt, b: Pt) => (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
    const bridge = joints(poses['glute-bridge'].at);
    assert.ok(bridge.hip[1] < bridge.shoulder[1] - 7, 'bridge: hips lifted');
    assert.ok(Math.abs(deg(bridge.shoulder, bridge.hip) - deg(bridge.hip, bridge.knee)) < 3, 'bridge: shoulders, hips, knees in line');
    const clam = joints(poses.clamshell.at, 4, poses.clamshell.short);
    assert.ok(clam.knee[1] < clam.farKnee[1] - 10, 'clamshell: top knee open');
    const raise = joints(poses['side-lying-leg-raise'].at, 4);
    assert.ok(raise.ankle[1] < raise.hip[1] - 15, 'leg raise: top leg raised');
    for (const id of ['glute-bridge', 'clamshell', 'side-lying-leg-raise'] as const) {
      // Every turn moves away from the named position: the bridge's hips down, the knee or the leg down.
      for (const m of poses[id].moves ?? []) assert.ok(m.turn && Math.abs(m.turn[0]) >= 20, id);
    }
  });

  it('every pose draws a trunk, a head, four limbs with hands and feet, and a highlight', () => {
    for (const [id, pose] of Object.entries(poses)) {
      const outlines = figure(pose.at, pose.hi ?? 'glute', pose.side, pose.short);
      const count = (layer: string) => outlines.filter((o) => o.layer === layer).length;
      // Lying on one side, seen from the front, the bottom arm and leg are drawn with the trunk, not faint.
      assert.equal(count('far'), pose.side ? 0 : 6, id);
      assert.equal(count('near'), 6, id);
      assert.equal(count('body'), pose.side ? 9 : 3, id);
      assert.ok(count('hi') >= 1, id);
    }
  });
});
