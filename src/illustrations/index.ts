import type { TemplateResult } from 'lit';
import type { StretchId } from '../../content/types.js';
import { chairFigureFour } from './chair-figure-four.js';
import { figureFour } from './figure-four.js';
import { kneeToOppositeShoulder } from './knee-to-opposite-shoulder.js';
import { pigeonPose } from './pigeon-pose.js';
import { seatedForwardBend } from './seated-forward-bend.js';

export { chairFigureFour, figureFour, kneeToOppositeShoulder, pigeonPose, seatedForwardBend };

/** Every stretch drawing by stretch id. Importing this module carries all five. */
export const illustrations: Record<StretchId, (alt: string) => TemplateResult> = {
  'pigeon-pose': pigeonPose,
  'figure-four': figureFour,
  'chair-figure-four': chairFigureFour,
  'seated-forward-bend': seatedForwardBend,
  'knee-to-opposite-shoulder': kneeToOppositeShoulder,
};

/** The drawing for a stretch, named by `alt` (use the stretch's `illustrationAlt` from content). */
export const illustrationFor = (id: StretchId, alt: string): TemplateResult => illustrations[id](alt);

export { illustrationStyles } from './styles.js';
