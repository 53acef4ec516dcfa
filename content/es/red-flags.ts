import type { RedFlags } from '../types.js';

export const redFlags: RedFlags = {
  emergencyNumber: 'número de emergencias de tu país (112 en España y la UE; 911 en EE. UU. y México)',
  note: { text: "Estas son señales de alarma, no un diagnóstico. No siempre quieren decir que tengas algo grave, pero te indican con qué rapidez debes buscar atención. Si tienes una señal de emergencia, no esperes a ver si se pasa.", sources: ['S110', 'S39'] },
  emergency: {
    title: 'Busca ayuda de emergencia ahora',
    action: "Llama al {emergencyNumber} o ve a urgencias ahora mismo. No esperes a tener una cita. Algunas de estas señales se deben a la presión sobre los nervios de la base de la columna (síndrome de la cola de caballo), que necesita tratamiento rápido.",
    items: [
      { id: 'saddle-numbness', text: "Entumecimiento u hormigueo alrededor del ano y las nalgas, los genitales o la parte interna de los muslos. Puede que lo notes distinto al limpiarte después de ir al baño.", sources: ['S105', 'S104'] },
      { id: 'cannot-pee', text: "No puedes orinar en absoluto.", sources: ['S102'] },
      { id: 'bladder-change', text: "Dificultad nueva para empezar a orinar, para cortar el chorro o para notar que sale la orina.", sources: ['S105', 'S104'] },
      { id: 'leaking', text: "Escapes de orina o de heces (caca), no poder aguantar las heces, o no saber si tienes la vejiga llena.", sources: ['S36', 'S104'] },
      { id: 'both-legs-pain', text: "Dolor parecido a la ciática en las dos piernas a la vez.", sources: ['S144', 'S143'] },
      { id: 'both-legs-weak', text: "Debilidad o entumecimiento en las dos piernas, intensos o que van a peor.", sources: ['S144', 'S143'] },
      { id: 'sexual-function', text: "Problemas nuevos para tener una erección o para eyacular, o menos sensibilidad en los genitales durante las relaciones sexuales.", sources: ['S105', 'S104'] },
      { id: 'clot-breathless', text: "La pantorrilla o la pierna hinchada y dolorida, junto con falta de aire o dolor en el pecho. Puede que un coágulo de sangre haya llegado a los pulmones.", sources: ['S112', 'S114'] },
      { id: 'cannot-stand', text: "No puedes ponerte de pie ni apoyar el peso en la pierna después de una caída, aunque sea leve, o tienes un dolor fuerte después de un accidente grave.", sources: ['S102'] },
      { id: 'minor-fall', text: "Un dolor fuerte y nuevo después de una caída o un golpe leves, si eres una persona mayor, tienes los huesos débiles (osteoporosis) o tomas corticoides (esteroides) durante mucho tiempo.", sources: ['S102', 'S110'] },
    ],
  },
  today: {
    title: 'Busca atención médica hoy',
    action: "Llama a tu médico de familia (médico de cabecera) y pide que te atienda hoy. Si no consigues cita para hoy, llama a tu línea local de atención urgente (en el Reino Unido, el NHS 111).",
    items: [
      { id: 'clot', text: "Señales de un coágulo de sangre en la pierna: la pantorrilla o la pierna hinchada, caliente, roja o más oscura, y que duele o molesta al tocarla. Suele afectar a una sola pierna.", sources: ['S112', 'S114'] },
      { id: 'leg-weakness-worse', text: "Debilidad en una pierna que va a peor, por ejemplo si el pie se te engancha o se arrastra cada vez más.", sources: ['S39', 'S102'] },
      { id: 'fever', text: "Fiebre (38 °C / 100,4 °F o más) junto con dolor de espalda, de nalga o de cadera.", sources: ['S37', 'S39', 'S110'] },
      { id: 'weak-immune', text: "Fiebre o un dolor nuevo si tienes las defensas bajas (el sistema inmunitario débil), por ejemplo por quimioterapia, por el VIH o por medicamentos que las bajan. Lo mismo si te inyectas drogas.", sources: ['S110'] },
      { id: 'weak-bones', text: "Tienes los huesos débiles (osteoporosis) y un dolor nuevo y fuerte en la espalda o en la nalga.", sources: ['S110', 'S106'] },
      { id: 'child-fever', text: "Un niño o una niña con cojera o dolor de cadera, y además fiebre.", sources: ['S152'] },
    ],
  },
  urgent: {
    title: 'Consulta a tu médico de familia hoy o mañana',
    action: "Llama a tu médico de familia. Intenta que te atiendan el mismo día o, como muy tarde, al día siguiente. Si no consigues cita, llama a tu línea local de atención urgente (en el Reino Unido, el NHS 111).",
    items: [
      { id: 'leg-weakness', text: "Debilidad nueva en una pierna, por ejemplo si el pie se te engancha, o un cambio en tu forma de caminar.", sources: ['S39', 'S40'] },
      { id: 'cough-sneeze', text: "Dolor que empeora al toser, estornudar o hacer fuerza en el baño.", sources: ['S145'] },
      { id: 'weight-loss', text: "Perder peso sin intentarlo.", sources: ['S39', 'S40'] },
      { id: 'cancer', text: "Has tenido cáncer alguna vez y ahora tienes un dolor nuevo en la espalda o en la nalga.", sources: ['S39', 'S40'] },
      { id: 'night-pain', text: "Dolor que empeora en reposo, que te despierta por la noche o que no te deja meterte en la cama.", sources: ['S37', 'S39'] },
      { id: 'unwell', text: "Sentirte mal en general, además del dolor.", sources: ['S105', 'S39'] },
      { id: 'back-shape', text: "Tu espalda tiene una forma distinta, o le ha salido un bulto o una hinchazón.", sources: ['S37'] },
      { id: 'steroids', text: "Dolor nuevo mientras tomas corticoides (esteroides), como pastillas de prednisolona, durante mucho tiempo, o después de una enfermedad o una infección grave.", sources: ['S39', 'S40'] },
    ],
  },
  routine: {
    title: 'Pide cita con tu médico de familia o un fisioterapeuta',
    action: "Pide una cita con un médico de familia (médico de cabecera) o con un fisioterapeuta. Pueden buscar otras causas y ayudarte a decidir qué hacer.",
    items: [
      { id: 'no-better', text: "Dolor que no mejora después de unas semanas de cuidados en casa.", sources: ['S34'] },
      { id: 'getting-worse', text: "Dolor que no deja de empeorar o que te dificulta la vida diaria.", sources: ['S34'] },
      { id: 'not-easing', text: "Dolor muscular que no se va con descanso, masaje y otros cuidados en casa.", sources: ['S1'] },
      { id: 'severe', text: "Dolor fuerte o que dura mucho tiempo. No te limites a aguantarlo.", sources: ['S7'] },
      { id: 'one-leg', text: "Dolor, hormigueo o entumecimiento que baja por una pierna, o debilidad en una pierna. Una revisión puede distinguir un nudo de un problema de un nervio en la columna.", sources: ['S16', 'S34'] },
      { id: 'age', text: "Dolor de espalda por primera vez si tienes menos de unos 20 años o más de unos 55.", sources: ['S39', 'S110'] },
    ],
  },
  stop: {
    title: 'Para y pide consejo',
    action: "Deja el estiramiento o el automasaje, y consulta a un médico de familia o a un fisioterapeuta antes de volver a intentarlo. Si solo notas una pequeña molestia, no hace falta parar: afloja.",
    items: [
      { id: 'sharp-pain', text: "Dolor agudo, o dolor que aumenta mientras mantienes la postura. Un estiramiento debe notarse como tensión, no como dolor.", sources: ['S44', 'S53'] },
      { id: 'pinching', text: "Notas un pinzamiento, o que la rodilla se fuerza.", sources: ['S53', 'S52'] },
      { id: 'nerve', text: "Notas hormigueo, entumecimiento, ardor o como una descarga eléctrica que baja por la pierna.", sources: ['S68', 'S54'] },
      { id: 'worse', text: "Tus síntomas empeoran, o te aparecen otros nuevos.", sources: ['S54', 'S55'] },
      { id: 'skin', text: "En la zona hay una herida abierta, un moretón o una hinchazón recientes, o sabes o sospechas que tienes ahí un coágulo de sangre.", sources: ['S63', 'S66'] },
    ],
  },
  box: {
    title: 'Busca ayuda ahora mismo si tienes',
    action: 'Llama al {emergencyNumber} o ve a urgencias.',
    items: [
      { text: "Entumecimiento alrededor del ano, las nalgas o los genitales", sources: ['S105', 'S104'] },
      { text: "Problemas nuevos para orinar o para hacer caca, o no puedes orinar", sources: ['S102', 'S104'] },
      { text: "Debilidad, entumecimiento o ciática en las dos piernas", sources: ['S144', 'S143'] },
      { text: "La pierna hinchada y dolorida, con falta de aire o dolor en el pecho", sources: ['S112'] },
      { text: "No puedes ponerte de pie ni apoyar el peso en la pierna después de una caída", sources: ['S102'] },
    ],
    more: 'Todas las señales de alarma: {section}',
  },
};
