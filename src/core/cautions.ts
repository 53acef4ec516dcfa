import type { SafetyText } from '../../content/types.js';

/** What an exercise says about its own safety. */
export interface HasCautions {
  cautions?: readonly string[];
  hipPrecaution?: boolean;
}

/**
 * The cautions to show with an exercise, the shared ones first: the nerve "stop" line (with every stretch, not with
 * a treatment, whose own text covers it), the hip-replacement line where the position needs it, then its own.
 */
export function cautionsFor(item: HasCautions, shared: SafetyText, { nerve = true } = {}): string[] {
  return [...(nerve ? [shared.nerve] : []), ...(item.hipPrecaution ? [shared.hip] : []), ...(item.cautions ?? [])];
}
