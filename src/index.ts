/** The whole library: importing this defines every element. */
export * from './stretch-timer/index.js';
export * from './causes-table/index.js';
export * from './glute-knot-guide/index.js';
export * from './glute-muscle-map/index.js';
export * from './stretch-routine/index.js';
export { version } from './core/define.js';
export { elements, type ElementTag } from './elements.js';
export { registerLocale, type LocalePack } from './core/locale.js';
export type { CompleteLocalePack } from '../content/locale-pack.js';
export type { StretchId } from '../content/types.js';
