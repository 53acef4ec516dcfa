import type { TreatmentsText } from '../types.js';

export const treatments: TreatmentsText = {
  'self-myofascial-release': {
    name: 'Self-massage with a roller or ball',
    summary: "You lie or sit on a foam roller or massage ball so it presses on the tight muscle. This is called self-myofascial release. Studies, mostly in healthy, active people, show it helps you move more freely for a short time. Whether it helps in the long run is not clear.",
    how: [
      "Sit on the roller with your knees bent and your hands on the floor behind you.",
      'Cross one ankle over the other knee.',
      "Roll slowly over the buttock on the crossed-leg side for 30 seconds to 2 minutes.",
      "With a ball, stay on one tight spot for 15 to 60 seconds, or until it eases.",
      "Start gently, on a soft surface. Press only as hard as feels OK.",
      "Do it up to 3 times a day, as long as it does not cause or add pain.",
    ],
    safety: "Stay off bony points, wounds and bruised or swollen areas. Do not roll if you have, or might have, a blood clot: get a possible clot checked today ({help}). Ask a doctor first if you take blood thinners. Move off any spot that sends tingling, numbness or burning down your leg.",
  },
  stretching: {
    name: 'Stretching',
    summary: "Regular stretching can ease tight muscles and help your hips move more freely. The stretches below work on the buttock, the hip and the backs of the legs.",
    how: [
      "Warm up first with 5 to 10 minutes of walking or other light movement.",
      "Stretch until you feel tight, not until it hurts.",
      "Hold each stretch for about 30 seconds and keep breathing. Older adults may hold for 30 to 60 seconds.",
      "Experts advise about 60 seconds in all for each stretch. The timers below run 3 rounds of 30 seconds on each side, a little more than that, so stop after 2 rounds if you wish.",
      'Move slowly. Do not bounce.',
      "Stretch both sides. You can repeat a stretch that helps a sore spot.",
      "Aim for at least 2 or 3 days a week. Every day is best.",
    ],
    safety: "Ease off if you feel pain. If you have an injury or health problem, ask a doctor or physiotherapist which stretches suit you.",
  },
  'massage-therapy': {
    name: 'Massage from a therapist',
    summary: "A trained therapist works the muscle with their hands, or presses on a knot for a while. Many people find this soothing. Studies found firm pressure made knots less tender to touch, but it did not clearly ease pain.",
    how: [
      "Tell the therapist where it hurts and where the pain spreads.",
      "Tell them about any health problems or recent injury, and if you take blood thinners.",
      "Do not have your leg massaged if you have, or might have, a blood clot. Get a possible clot checked today ({help}).",
      "Say if the pressure is too strong. It should feel OK, not sore.",
      "Afterwards the muscle should feel looser, not more sore.",
      "Use massage along with stretching and staying active.",
    ],
    safety: "Skip massage over fresh bruises, swelling or a sore, inflamed area.",
  },
  heat: {
    name: 'Heat',
    summary: "Warmth can soothe sore muscles. NHS advice for sciatica-type pain suggests heat packs. Warm muscles also stretch more easily.",
    how: [
      "Hold a heat pack from a pharmacy on the sore area. Wrap it in a towel first.",
      'Or soak in a warm bath.',
      "Stretch while your muscles are still warm.",
      "See what works for you. Different things help different people.",
    ],
    safety: "Do not use heat on a fresh injury or a swollen area. Do not use it on skin that feels numb, including hot water bottles: numb skin can burn without you noticing. Never fall asleep on a heat pad, and take extra care if you have diabetes or poor blood flow.",
  },
  'physical-therapy': {
    name: 'Physiotherapy',
    summary: "A physiotherapist (physical therapist) is a health expert in how the body moves. They check for other causes of your pain and give you exercises that suit you.",
    how: [
      "See one if your pain is no better after a few weeks of self-care.",
      "They will ask about your pain and check how your muscles and joints move.",
      "They may check how you walk, sit and stand, and your leg length.",
      "You get a plan of stretches and strength exercises to do at home.",
      "Ask which of these stretches are right for you.",
    ],
    safety: "New trouble peeing or pooing, or numbness around your bottom or genitals, cannot wait for an appointment: get emergency help now ({help}). Tell your GP or physio soon about new numbness or weakness in one leg.",
  },
};
