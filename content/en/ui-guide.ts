import type { GuideText, TableText } from '../ui-guide-types.js';

/** English strings for `<causes-table>`. */
export const tableText: TableText = {
  caption: 'Common causes of glute knots, and what helps',
  note: 'These are likely triggers, based mostly on experience.',
  columns: {
    cause: 'Cause',
    description: 'How it leads to knots',
    helps: 'What helps',
  },
  highlighted: '(highlighted)',
};

/** English strings for `<glute-knot-guide>`. The health facts come from the other modules in this folder. */
export const guideText: GuideText = {
  date: '{day} {month} {year}',
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  navLabel: 'On this page',
  disclaimer: 'This is general information, not medical advice. It cannot diagnose you. Last reviewed {date}.',
  sections: {
    what: { heading: 'What is a knot in the glutes?', nav: 'What a knot is' },
    who: { heading: 'Who gets them?', nav: 'Who gets them' },
    causes: { heading: 'What causes them?', nav: 'Causes' },
    symptoms: { heading: 'Signs and symptoms', nav: 'Signs' },
    'see-a-professional': { heading: 'When to get help', nav: 'When to get help' },
    treatments: { heading: 'What can help', nav: 'What can help' },
    prevention: { heading: 'How to lower your risk', nav: 'Prevention' },
    faq: { heading: 'Questions people ask', nav: 'Questions' },
    sources: { heading: 'Sources', nav: 'Sources' },
  },
  evidenceHeading: 'How sure are we?',
  musclesHeading: 'The muscles involved',
  muscleLabels: {
    where: 'Where it is',
    does: 'What it does',
    knots: 'Where knots form',
    referral: 'Where you may feel the pain',
  },
  howHeading: 'How to do it',
  safetyLabel: 'Take care:',
  stretchesHeading: 'Stretches to try',
  releasesHeading: 'Guided self-massage',
  strengthHeading: 'Exercises to keep your hips strong',
  akaLabel: 'Also called:',
  stepsHeading: 'Steps',
  cautionsHeading: 'Take care',
  timerPlaceholder: 'Timer for {name}',
  tableSources: 'Sources for the table:',
  citeLabel: 'source',
  sourcesIntro: 'The numbers in square brackets in the text point to these sources.',
};
