import type { PreventionText } from '../types.js';

export const prevention: PreventionText = {
  'no-single-habit': "No single habit is proven to stop knots. These tips target the things thought to set them off or keep them going.",
  'break-up-sitting': "Break up long spells of sitting. Get up and move about often through the day.",
  'sit-less': "Sit less in total, even if you also exercise. For example, stand up while you talk on the phone.",
  'back-pocket': "Take your wallet or phone out of your back pocket before you sit. It can press on the sciatic nerve and on knots.",
  'change-position': "Change position often and try not to slump. If you sit all day for work, ask for a check of your desk and chair.",
  pillows: "In bed, put a pillow between your knees when you lie on your side. On your back, put it under your knees.",
  strength: "Work your hip muscles with strength exercises on at least 2 days a week. Also aim for 150 minutes a week of moderate activity: enough to raise your heart rate while you can still talk.",
  'build-up': "Build up training slowly, and warm up for 5 to 10 minutes before you exercise or stretch.",
  'whole-self': "Look after yourself as a whole: manage stress, sleep well and stay active.",
};
