import type { CitedText } from '../types.js';

export const symptoms: CitedText[] = [
  { text: "Other problems, such as a trapped nerve or a hip or tendon problem, can cause the same feelings. A GP or physiotherapist can tell them apart.", sources: ['S30', 'S33', 'S34'] },
  { text: "A small, hard lump in a tight band of muscle that hurts when you press it.", sources: ['S3', 'S1'] },
  { text: "A deep ache in the buttock that does not fade the way normal soreness does.", sources: ['S1'] },
  { text: "Pain away from the knot, such as in the low back, the side of the hip or the back of the thigh.", sources: ['S1', 'S3', 'S13'] },
  { text: "Pain that runs down the side or back of the leg, even to the ankle. It can feel like sciatica. Get it checked if it lasts.", sources: ['S16', 'S34'] },
  { text: "Stiff hips. The muscle may not stretch as far as it used to.", sources: ['S4', 'S5'] },
  { text: "Pain when you sit for a long time, get up from a chair, walk or lie on the sore side.", sources: ['S16'] },
  { text: "A limp, or weakness when you lift your leg out to the side. A limp or new weakness needs checking by a GP or physiotherapist.", sources: ['S18', 'S33'] },
  { text: "Poor sleep and feeling tired because of the pain.", sources: ['S1'] },
  { text: "Tingling, pins and needles or numbness down the back of the leg. A tight piriformis can cause this, but so can a problem in the spine. Get it checked.", sources: ['S28', 'S34'] },
];
