import * as all from './sources.js';
import type { Source } from './types.js';

const number = (source: Source) => Number(source.id.slice(1));

/** Every source, in the order of their ids (S1, S3, S4 …): the guide's numbered list. */
export const sources: Source[] = /* @__PURE__ */ Object.values(all).sort((a, b) => number(a) - number(b));
