import type { RedFlags } from '../types.js';

export const redFlags: RedFlags = {
  emergencyNumber: '999 in the UK, 911 in the US, 112 in the EU',
  note: { text: "These are warning signs, not a diagnosis. They do not mean something serious is wrong. They tell you how soon to get checked.", sources: ['S41'] },
  emergency: {
    title: 'Get emergency help now',
    action: "Call {emergencyNumber}, or go to the emergency department now. These signs are rare, but the nerves at the base of the spine may need treatment fast.",
    items: [
      { text: "Numbness or pins and needles around your bottom, genitals or inner thighs. It may feel different when you wipe after the toilet.", sources: ['S35', 'S36'] },
      { text: "New trouble starting to pee, stopping the flow or feeling it pass.", sources: ['S35', 'S36'] },
      { text: "Leaking pee or poo, not being able to hold in poo, or not knowing if your bladder is full.", sources: ['S36'] },
      { text: "Pain like sciatica in both legs at the same time.", sources: ['S34'] },
      { text: "Weakness or numbness in both legs that is bad or getting worse.", sources: ['S34'] },
      { text: "New problems getting an erection or ejaculating, or less feeling in the genitals during sex.", sources: ['S35', 'S36'] },
      { text: "Bad pain after a serious fall or accident, mainly if you then cannot stand, walk or put weight on the leg.", sources: ['S40', 'S42'] },
      { text: "A child with a limp or hip pain and a fever.", sources: ['S42'] },
    ],
  },
  urgent: {
    title: 'Contact a GP today or tomorrow',
    action: "Call your doctor's surgery or your local urgent care line (in the UK, NHS 111). Aim to be seen the same day, or the next day at the latest.",
    items: [
      { text: "A high temperature (38 °C or more) along with back, buttock or hip pain.", sources: ['S37', 'S39', 'S40'] },
      { text: "Losing weight without trying.", sources: ['S39', 'S40'] },
      { text: "You have had cancer at any time, and now have new back or buttock pain.", sources: ['S39', 'S40'] },
      { text: "Pain that is worse when you rest, wakes you at night or stops you getting into bed.", sources: ['S37', 'S39'] },
      { text: "Feeling unwell in yourself along with the pain.", sources: ['S35', 'S39'] },
      { text: "New weakness in a leg, such as your foot catching or dragging, or a change in how you walk.", sources: ['S39', 'S40'] },
      { text: "Your back looks a different shape, or has a new lump or swelling.", sources: ['S37'] },
      { text: "New pain while you take steroids long term, or after a serious illness or infection.", sources: ['S39', 'S40'] },
      { text: "Back pain for the first time when you are under about 20 or over about 55.", sources: ['S39', 'S40'] },
    ],
  },
  routine: {
    title: 'Book a GP or physiotherapist',
    action: "Book a visit with a GP or physiotherapist. They can look for other causes and help you plan what to do.",
    items: [
      { text: "Pain that is no better after a few weeks of self-care.", sources: ['S34'] },
      { text: "Pain that keeps getting worse or gets in the way of daily life.", sources: ['S34', 'S42'] },
      { text: "Muscle pain that does not go away with rest, massage and other home care.", sources: ['S1', 'S2'] },
      { text: "Pain that is severe or lasts a long time. Do not just put up with it.", sources: ['S7'] },
      { text: "Hip pain that came on slowly, does not ease with rest or makes you limp.", sources: ['S42'] },
      { text: "Pain, tingling or numbness down one leg. A check can tell a knot from a nerve problem in the spine.", sources: ['S10', 'S16', 'S34'] },
    ],
  },
  stop: {
    title: 'Stop and get advice',
    action: "Stop the stretch or self-massage. Check with a GP or physiotherapist before you try it again.",
    items: [
      { text: "It hurts. A stretch should feel tight, not painful.", sources: ['S44', 'S53'] },
      { text: "You feel pinching, or strain in your knee.", sources: ['S53', 'S52'] },
      { text: "You feel tingling, numbness, burning or an electric shock feeling down your leg.", sources: ['S68', 'S54'] },
      { text: "Your symptoms get worse, or new ones start.", sources: ['S54', 'S55'] },
      { text: "The area has an open wound, a broken bone, fresh bruising or swelling, or a known blood clot.", sources: ['S63', 'S66'] },
    ],
  },
};
