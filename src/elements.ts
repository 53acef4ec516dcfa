/**
 * The elements of glute-knots, by their default tags: each is an npm entry (`glute-knots/<tag>.js` defines it,
 * `glute-knots/<tag>.class.js` only exports its class) and a folder `src/<tag>/`. The build, the size and speed
 * scripts, the package check, the demo and the tests read this list.
 */
export const elements = ['stretch-timer', 'causes-table', 'glute-knot-guide', 'glute-muscle-map', 'stretch-routine'] as const;

export type ElementTag = (typeof elements)[number];
