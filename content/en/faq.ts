import type { FaqText } from '../types.js';

export const faq: FaqText = {
  sciatica: {
    question: "Can a knot in my buttock feel like sciatica?",
    answer: "Yes, it can. Sciatica is pain from an irritated sciatic nerve, the big nerve down the back of the leg. Knots deep in the buttock can send pain down the side or back of the leg in much the same way. The piriformis sits right next to this nerve, and when tight it may irritate it. This can cause tingling or numbness. A problem in the spine can cause the same feelings. Get it checked if it lasts, or if you feel weak or numb. New trouble peeing or pooing, or numbness around your bottom or genitals, is different: get emergency help now ({help}).",
  },
  'how-long': {
    question: 'How long does a knot take to go away?',
    answer: "There is no set time, and it varies from person to person. Rolling can ease stiffness for a short while. Relief may last longer when you also change what keeps the knot going, such as long spells of sitting. For sciatica, not knots, the NHS says pain often gets better in 4 to 6 weeks. If you are no better after a few weeks of self-care, see a GP or physiotherapist.",
  },
  serious: {
    question: "Can a knot be a sign of something serious?",
    answer: "Most of the time, no. Only a few cases of back and leg pain turn out to be serious. But a problem with a nerve, the hip joint or the spine can feel just like a knot. Learn the warning signs that mean you should get help quickly. See a GP if the pain is severe, lasts a long time or keeps coming back.",
  },
  test: {
    question: 'Is there a test that shows a knot?',
    answer: "No. There is no routine blood test or scan that shows a knot. Doctors and physiotherapists ask about your pain and press on the muscle to look for one. But two examiners often disagree about where a knot is, or whether there is one at all.",
  },
  'stretch-hurt': {
    question: 'Should stretching hurt?',
    answer: "No. You should feel a pull or mild tightness, and no more. Pain means you have gone too far, so ease off. Stop and get advice if you feel sharp pain, pinching, or tingling down your leg.",
  },
  'foam-rolling': {
    question: 'Does foam rolling work?',
    answer: "It helps in the short term, mostly in studies of healthy, active people. After rolling, you may be able to move further for a while. It may also ease soreness after hard exercise. Studies lasting a month or more give mixed results, so the long-term benefit is not clear. It seems safe for most people. Do not roll over a wound, a broken bone, a red or swollen area, or a known or possible blood clot. Get a possible clot checked today ({help}). Ask a doctor first if you take blood thinners.",
  },
};
