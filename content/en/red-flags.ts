import type { RedFlagsText } from '../types.js';
import { emergencyNumber, helpBox } from './help.js';

export const redFlags: RedFlagsText = {
  emergencyNumber,
  note: "These are warning signs, not a diagnosis. They do not always mean something serious, but they tell you how fast to get checked. Do not wait to see if emergency signs go away.",
  emergency: {
    title: 'Get emergency help now',
    action: "Call {emergencyNumber}, or go to the emergency department now. Do not wait for an appointment. Some of these signs come from pressure on the nerves at the base of the spine (cauda equina syndrome), which needs treatment fast.",
    items: {
      'saddle-numbness': "Numbness or pins and needles around your bottom, genitals or inner thighs. It may feel different when you wipe after the toilet.",
      'cannot-pee': 'You cannot pee at all.',
      'bladder-change': "New trouble starting to pee, stopping the flow or feeling it pass.",
      leaking: "Leaking pee or poo, not being able to hold in poo, or not knowing if your bladder is full.",
      'both-legs-pain': "Pain like sciatica in both legs at the same time.",
      'both-legs-weak': "Weakness or numbness in both legs that is bad or getting worse.",
      'sexual-function': "New problems getting an erection or ejaculating, or less feeling in the genitals during sex.",
      'clot-breathless': "A swollen, painful calf or leg along with breathlessness or chest pain. A blood clot may have moved to the lungs.",
      'cannot-stand': "You cannot stand or put weight on your leg after any fall, or you have bad pain after a serious accident.",
      'minor-fall': "New bad pain after a small fall or knock, if you are older, have weak bones (osteoporosis) or take steroid medicine long term.",
    },
  },
  today: {
    title: 'Get help today',
    action: "Call a GP (your family doctor) and ask to be seen today. If you cannot get an appointment today, call your local urgent care line (in the UK, NHS 111).",
    items: {
      clot: "Signs of a blood clot in the leg: a calf or leg that is swollen, warm, red or darker, and painful or tender. It is usually only one leg.",
      'leg-weakness-worse': "Weakness in a leg that is getting worse, such as your foot catching or dragging more and more.",
      fever: "A high temperature (38 °C or 100.4 °F, or more) along with back, buttock or hip pain.",
      'weak-immune': "A fever or new pain when your immune system is weak, for example from chemotherapy, HIV or medicine that lowers it. The same applies if you inject drugs.",
      'weak-bones': "You have weak bones (osteoporosis) and new, severe back or buttock pain.",
      'child-fever': "A child with a limp or hip pain and a fever.",
    },
  },
  urgent: {
    title: 'Contact a GP today or tomorrow',
    action: "Call a GP. Aim to be seen the same day, or the next day at the latest. If you cannot get an appointment, call your local urgent care line (in the UK, NHS 111).",
    items: {
      'leg-weakness': "New weakness in a leg, such as your foot catching, or a change in how you walk.",
      'cough-sneeze': "Pain that gets worse when you cough, sneeze or strain on the toilet.",
      'weight-loss': 'Losing weight without trying.',
      cancer: "You have had cancer at any time, and now have new back or buttock pain.",
      'night-pain': "Pain that is worse when you rest, wakes you at night or stops you getting into bed.",
      unwell: "Feeling unwell in yourself along with the pain.",
      'back-shape': "Your back looks a different shape, or has a new lump or swelling.",
      steroids: "New pain while you take steroid medicine, such as prednisolone tablets, for a long time, or after a serious illness or infection.",
    },
  },
  routine: {
    title: 'Book a GP or physiotherapist',
    action: "Book a visit with a GP or physiotherapist. They can look for other causes and help you plan what to do.",
    items: {
      'no-better': "Pain that is no better after a few weeks of self-care.",
      'getting-worse': "Pain that keeps getting worse or gets in the way of daily life.",
      'not-easing': "Muscle pain that does not go away with rest, massage and other home care.",
      severe: "Pain that is severe or lasts a long time. Do not just put up with it.",
      'one-leg': "Pain, tingling or numbness down one leg. A check can tell a knot from a nerve problem in the spine.",
      age: "Back pain for the first time when you are under about 20 or over about 55.",
    },
  },
  stop: {
    title: 'Stop and get advice',
    action: "Stop the stretch or self-massage, and ask a GP or physiotherapist before you try it again. If it only feels a little sore, ease off instead.",
    items: {
      'sharp-pain': "Sharp pain, or pain that grows while you hold. A stretch should feel tight, not painful.",
      pinching: "You feel pinching, or strain in your knee.",
      nerve: "You feel tingling, numbness, burning or an electric shock feeling down your leg.",
      worse: "Your symptoms get worse, or new ones start.",
      skin: "The area has an open wound, fresh bruising or swelling, or a known blood clot. If it might be a new clot, get it checked today.",
    },
  },
  box: helpBox,
};
