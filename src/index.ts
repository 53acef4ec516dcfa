/** The whole library: importing this defines every element. */
export * from './stretch-timer/index.js';
export { define } from './core/define.js';
