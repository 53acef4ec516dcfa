import type { SymptomsText } from '../types.js';

export const symptoms: SymptomsText = {
  'look-alikes': "Other problems, such as a trapped nerve or a hip or tendon problem, can cause the same feelings. A GP or physiotherapist can tell them apart.",
  lump: "A small, hard lump in a tight band of muscle that hurts when you press it.",
  'deep-ache': "A deep ache in the buttock that does not fade the way normal soreness does.",
  'referred-pain': "Pain away from the knot, such as in the low back, the side of the hip or the back of the thigh.",
  'leg-pain': "Pain that runs down the side or back of the leg, even to the ankle. It can feel like sciatica. Get it checked if it lasts.",
  stiffness: "Stiff hips. The muscle may not stretch as far as it used to.",
  'sitting-pain': "Pain when you sit for a long time, get up from a chair, walk or lie on the sore side.",
  limp: "A limp, or weakness when you lift your leg out to the side. A limp or new weakness needs checking by a GP or physiotherapist.",
  'poor-sleep': "Poor sleep and feeling tired because of the pain.",
  tingling: "Tingling, pins and needles or numbness down the back of the leg. A tight piriformis can cause this, but so can a problem in the spine. Get it checked.",
};
