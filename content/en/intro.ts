import type { IntroText } from '../types.js';

/** The four muscles, on their own so that `<glute-muscle-map>` carries only these words. */
export const muscles: IntroText['muscles'] = {
  'gluteus-maximus': {
    name: 'Gluteus maximus',
    where: "The biggest buttock muscle. It sits just under the skin and gives the buttock its shape.",
    does: "It swings your leg back. It works hard when you climb stairs or stand up from a chair.",
    knots: "Knots can form in many parts of this big muscle. They can make it hard to sit in comfort.",
    referral: "Pain tends to stay close by. It is felt over the flat bone at the base of the spine (the sacrum), the sit bone and the tailbone.",
  },
  'gluteus-medius': {
    name: 'Gluteus medius',
    where: "A fan-shaped muscle in the upper, outer buttock. It lies just below the rim of the pelvis, the bony ridge at your belt line.",
    does: "It lifts your leg out to the side. It keeps your hips level when you walk or stand on one leg.",
    knots: "Experts describe three common spots: at the front, middle and back of the muscle.",
    referral: "Pain tends to spread to the low back, the sacrum and across the buttock. It can also reach the side of the hip and the top of the thigh.",
  },
  'gluteus-minimus': {
    name: 'Gluteus minimus',
    where: "The smallest and deepest of the three. It lies under gluteus medius, at the side of the hip.",
    does: "It helps lift your leg out to the side. It helps keep your hips level as you walk.",
    knots: "Knots lie deep, under gluteus medius. They sit between the rim of the pelvis and the bony bump on the outside of the hip. Because they are so deep, they are easy to miss.",
    referral: "Pain can travel down the outer thigh and past the knee as far as the ankle. Or it can run down the back of the thigh into the calf. This can feel a lot like sciatica, the pain of an irritated sciatic nerve.",
  },
  piriformis: {
    name: 'Piriformis',
    where: "A small, deep muscle under gluteus maximus. It runs from the base of the spine to the top of the thigh bone. The sciatic nerve, the big nerve that runs down the back of the leg, passes just below it.",
    does: "It turns your leg outward and helps lift it to the side.",
    knots: "Knots sit deep in the buttock, under gluteus maximus.",
    referral: "Pain can spread over the buttock and round to the back of the hip. It can also reach the low back, where the spine meets the pelvis, and the back of the thigh. A tight piriformis may also press on the sciatic nerve. This can cause tingling or numbness down the leg.",
  },
};

export const intro: IntroText = {
  what: {
    definition: "A knot is a small, tight, sore spot in a muscle. Doctors call it a myofascial trigger point. It is thought to sit in a band of muscle that feels hard, like a rope. It hurts when you press it, and it can hurt when you move.",
    'referred-pain': "Knots can cause referred pain: pain felt away from the knot itself. So a knot in your buttock can make your low back, hip or leg hurt. Pressing on the knot may set off this pain or make the muscle twitch.",
    'how-it-feels': "Some knots hurt all the time. Others only hurt when you press them. A muscle with knots often feels stiff and will not stretch as far as usual.",
  },
  evidence: "Doctors and physiotherapists look for knots by pressing on the muscle. But two examiners often disagree, and no routine test can confirm a knot. Experts still debate what knots are and how best to treat them. Much of the advice here comes from experience, not strong proof.",
  muscles,
  who: {
    'repeated-movement': "People who do the same movement again and again, at work, in sport or in hobbies such as running.",
    'long-sitting': "People who sit for hours, such as office workers, drivers and cyclists.",
    falls: "People who have had a fall, such as landing hard on their bottom.",
    'low-back-pain': "People with low back pain. Knots in gluteus medius are common in this group.",
  },
};
