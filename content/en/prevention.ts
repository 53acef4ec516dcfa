import type { CitedText } from '../types.js';

export const prevention: CitedText[] = [
  { text: "No single habit is proven to stop knots. These tips target the things thought to set them off or keep them going.", sources: ['S5', 'S1', 'S9'] },
  { text: "Break up long spells of sitting. Get up and move about often through the day.", sources: ['S69', 'S70'] },
  { text: "Sit less in total, even if you also exercise. For example, stand up while you talk on the phone.", sources: ['S70', 'S69'] },
  { text: "Take your wallet or phone out of your back pocket before you sit. It can press on the sciatic nerve and on knots.", sources: ['S68'] },
  { text: "Change position often and try not to slump. If you sit all day for work, ask for a check of your desk and chair.", sources: ['S72'] },
  { text: "In bed, put a pillow between your knees when you lie on your side. On your back, put it under your knees.", sources: ['S34'] },
  { text: "Work your hip muscles with strength exercises on at least 2 days a week. Also aim for 150 minutes a week of moderate activity: enough to raise your heart rate while you can still talk.", sources: ['S69', 'S1'] },
  { text: "Build up training slowly, and warm up for 5 to 10 minutes before you exercise or stretch.", sources: ['S70', 'S33', 'S44'] },
  { text: "Look after yourself as a whole: manage stress, sleep well and stay active.", sources: ['S6', 'S1'] },
];
