import type { CitedText } from '../types.js';

export const prevention: CitedText[] = [
  { text: "No single habit is proven to stop knots. These tips tackle the things known to set them off or keep them going.", sources: ['S5', 'S1', 'S9'] },
  { text: "Break up sitting. Get up and walk every 15 to 20 minutes. Put a timer across the room so you have to stand to turn it off.", sources: ['S10', 'S70'] },
  { text: "Sit less through the day. Stand for phone calls, switch between sitting and standing to work, and walk over to talk to people.", sources: ['S71', 'S69'] },
  { text: "Take your wallet or phone out of your back pocket before you sit. It can press on the sciatic nerve and on knots.", sources: ['S68', 'S10'] },
  { text: "Change position often and try not to slump. If you sit all day for work, ask for a check of your desk and chair.", sources: ['S72', 'S11'] },
  { text: "In bed, put a pillow between your knees when you lie on your side. On your back, put it under your knees.", sources: ['S10', 'S34'] },
  { text: "Work your hip muscles with strength exercises on at least 2 days a week. Also aim for 150 minutes of moderate activity each week.", sources: ['S69', 'S2'] },
  { text: "Build up training slowly, and warm up for 5 to 10 minutes before you exercise or stretch.", sources: ['S70', 'S33', 'S44'] },
  { text: "Look after yourself as a whole: manage stress, sleep well and stay active.", sources: ['S6', 'S1'] },
];
