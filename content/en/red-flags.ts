import type { RedFlags } from '../types.js';

export const redFlags: RedFlags = {
  emergencyNumber: '999 in the UK, 911 in the US, 112 in the EU',
  note: { text: "These are warning signs, not a diagnosis. They do not always mean something serious, but they tell you how fast to get checked. Do not wait to see if emergency signs go away.", sources: ['S110', 'S39'] },
  emergency: {
    title: 'Get emergency help now',
    action: "Call {emergencyNumber}, or go to the emergency department now. Do not wait for an appointment. Some of these signs come from pressure on the nerves at the base of the spine (cauda equina syndrome), which needs treatment fast.",
    items: [
      { id: 'saddle-numbness', text: "Numbness or pins and needles around your bottom, genitals or inner thighs. It may feel different when you wipe after the toilet.", sources: ['S105', 'S104'] },
      { id: 'cannot-pee', text: "You cannot pee at all.", sources: ['S102'] },
      { id: 'bladder-change', text: "New trouble starting to pee, stopping the flow or feeling it pass.", sources: ['S105', 'S104'] },
      { id: 'leaking', text: "Leaking pee or poo, not being able to hold in poo, or not knowing if your bladder is full.", sources: ['S36', 'S104'] },
      { id: 'both-legs-pain', text: "Pain like sciatica in both legs at the same time.", sources: ['S144', 'S143'] },
      { id: 'both-legs-weak', text: "Weakness or numbness in both legs that is bad or getting worse.", sources: ['S144', 'S143'] },
      { id: 'sexual-function', text: "New problems getting an erection or ejaculating, or less feeling in the genitals during sex.", sources: ['S105', 'S104'] },
      { id: 'clot-breathless', text: "A swollen, painful calf or leg along with breathlessness or chest pain. A blood clot may have moved to the lungs.", sources: ['S112', 'S114'] },
      { id: 'cannot-stand', text: "You cannot stand or put weight on your leg after any fall, or you have bad pain after a serious accident.", sources: ['S102'] },
      { id: 'minor-fall', text: "New bad pain after a small fall or knock, if you are older, have weak bones (osteoporosis) or take steroid medicine long term.", sources: ['S102', 'S110'] },
    ],
  },
  today: {
    title: 'Get help today',
    action: "Call a GP (your family doctor) and ask to be seen today. If you cannot get an appointment today, call your local urgent care line (in the UK, NHS 111).",
    items: [
      { id: 'clot', text: "Signs of a blood clot in the leg: a calf or leg that is swollen, warm, red or darker, and painful or tender. It is usually only one leg.", sources: ['S112', 'S114'] },
      { id: 'leg-weakness-worse', text: "Weakness in a leg that is getting worse, such as your foot catching or dragging more and more.", sources: ['S39', 'S102'] },
      { id: 'fever', text: "A high temperature (38 °C or 100.4 °F, or more) along with back, buttock or hip pain.", sources: ['S37', 'S39', 'S110'] },
      { id: 'weak-immune', text: "A fever or new pain when your immune system is weak, for example from chemotherapy, HIV or medicine that lowers it. The same applies if you inject drugs.", sources: ['S110'] },
      { id: 'weak-bones', text: "You have weak bones (osteoporosis) and new, severe back or buttock pain.", sources: ['S110', 'S106'] },
      { id: 'child-fever', text: "A child with a limp or hip pain and a fever.", sources: ['S152'] },
    ],
  },
  urgent: {
    title: 'Contact a GP today or tomorrow',
    action: "Call a GP. Aim to be seen the same day, or the next day at the latest. If you cannot get an appointment, call your local urgent care line (in the UK, NHS 111).",
    items: [
      { id: 'leg-weakness', text: "New weakness in a leg, such as your foot catching, or a change in how you walk.", sources: ['S39', 'S40'] },
      { id: 'cough-sneeze', text: "Pain that gets worse when you cough, sneeze or strain on the toilet.", sources: ['S145'] },
      { id: 'weight-loss', text: "Losing weight without trying.", sources: ['S39', 'S40'] },
      { id: 'cancer', text: "You have had cancer at any time, and now have new back or buttock pain.", sources: ['S39', 'S40'] },
      { id: 'night-pain', text: "Pain that is worse when you rest, wakes you at night or stops you getting into bed.", sources: ['S37', 'S39'] },
      { id: 'unwell', text: "Feeling unwell in yourself along with the pain.", sources: ['S105', 'S39'] },
      { id: 'back-shape', text: "Your back looks a different shape, or has a new lump or swelling.", sources: ['S37'] },
      { id: 'steroids', text: "New pain while you take steroid medicine, such as prednisolone tablets, for a long time, or after a serious illness or infection.", sources: ['S39', 'S40'] },
    ],
  },
  routine: {
    title: 'Book a GP or physiotherapist',
    action: "Book a visit with a GP or physiotherapist. They can look for other causes and help you plan what to do.",
    items: [
      { id: 'no-better', text: "Pain that is no better after a few weeks of self-care.", sources: ['S34'] },
      { id: 'getting-worse', text: "Pain that keeps getting worse or gets in the way of daily life.", sources: ['S34'] },
      { id: 'not-easing', text: "Muscle pain that does not go away with rest, massage and other home care.", sources: ['S1'] },
      { id: 'severe', text: "Pain that is severe or lasts a long time. Do not just put up with it.", sources: ['S7'] },
      { id: 'one-leg', text: "Pain, tingling, numbness or weakness down one leg. A check can tell a knot from a nerve problem in the spine.", sources: ['S16', 'S34'] },
      { id: 'age', text: "Back pain for the first time when you are under about 20 or over about 55.", sources: ['S39', 'S110'] },
    ],
  },
  stop: {
    title: 'Stop and get advice',
    action: "Stop the stretch or self-massage, and ask a GP or physiotherapist before you try it again. If it only feels a little sore, ease off instead.",
    items: [
      { id: 'sharp-pain', text: "Sharp pain, or pain that grows while you hold. A stretch should feel tight, not painful.", sources: ['S44', 'S53'] },
      { id: 'pinching', text: "You feel pinching, or strain in your knee.", sources: ['S53', 'S52'] },
      { id: 'nerve', text: "You feel tingling, numbness, burning or an electric shock feeling down your leg.", sources: ['S68', 'S54'] },
      { id: 'worse', text: "Your symptoms get worse, or new ones start.", sources: ['S54', 'S55'] },
      { id: 'skin', text: "The area has an open wound, fresh bruising or swelling, or a known or possible blood clot.", sources: ['S63', 'S66'] },
    ],
  },
  box: {
    title: 'Get help now if you have',
    action: 'Call {emergencyNumber}, or go to the emergency department.',
    items: [
      { text: "Numbness around your bottom or genitals", sources: ['S105', 'S104'] },
      { text: "New trouble peeing or pooing, or you cannot pee", sources: ['S102', 'S104'] },
      { text: "Weakness, numbness or sciatica in both legs", sources: ['S144', 'S143'] },
      { text: "A swollen, painful leg with breathlessness or chest pain", sources: ['S112'] },
      { text: "You cannot stand or put weight on your leg after a fall", sources: ['S102'] },
    ],
    more: 'All warning signs: {section}',
  },
};
