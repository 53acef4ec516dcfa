import type { CausesText } from '../types.js';

export const causes: CausesText = {
  overuse: {
    name: 'Overuse',
    description: "Doing the same movement many times, as in running or cycling, tires the muscle. Poor technique, or a sudden jump in how much you do, adds strain. Tired, strained muscles may be more likely to form knots.",
    helps: "Build up your training slowly and leave time to recover. Warm up for 5 to 10 minutes before you exercise or stretch.",
  },
  'poor-posture': {
    name: 'Poor posture',
    description: "Slumping in a chair puts extra load on the buttock muscles. So does standing on one leg for a long time, or walking unevenly. Some experts think a small difference in leg length can do the same.",
    helps: "Change position often: no one way of sitting is best for everyone. If you sit all day, ask for a check of your desk and chair. A physiotherapist can check how you walk and your leg length.",
  },
  inactivity: {
    name: 'Inactivity',
    description: "Sitting for hours keeps your weight on the buttock muscles. It is thought to be a common trigger for knots. Muscles that are not used also get weaker, and weak muscles are linked to knots.",
    helps: "Get up and move about often. Do exercises that work your hip muscles on at least 2 days a week.",
  },
  injury: {
    name: 'Injury',
    description: "A fall, a blow to the buttock or even bracing to stop a fall can strain the muscles. Knots can follow this kind of strain.",
    helps: "If you cannot stand or walk after a fall, get medical help straight away. Then return to activity slowly, a bit more each week.",
  },
  stress: {
    name: 'Stress',
    description: "Stress and worry can make your muscles tense. This tension may help set off knots.",
    helps: "Find ways to relax, keep good sleep habits and stay active. Experts advise all three to help prevent muscle pain.",
  },
};
