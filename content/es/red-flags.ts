import type { RedFlagsText } from '../types.js';
import { emergencyNumber, helpBox } from './help.js';

export const redFlags: RedFlagsText = {
  emergencyNumber,
  note: "Estas son señales de alarma, no un diagnóstico. No siempre quieren decir que tengas algo grave, pero te indican con qué rapidez debes buscar atención. Si tienes una señal de emergencia, no esperes a ver si se pasa.",
  emergency: {
    title: 'Busca ayuda de emergencia ahora',
    action: "Llama al {emergencyNumber} o ve a urgencias ahora mismo. No esperes a tener una cita. Algunas de estas señales se deben a la presión sobre los nervios de la base de la columna (síndrome de la cola de caballo), que necesita tratamiento rápido.",
    items: {
      'saddle-numbness': "Entumecimiento u hormigueo alrededor del ano y las nalgas, los genitales o la parte interna de los muslos. Puede que lo notes distinto al limpiarte después de ir al baño.",
      'cannot-pee': 'No puedes orinar en absoluto.',
      'bladder-change': "Dificultad nueva para empezar a orinar, para cortar el chorro o para notar que sale la orina.",
      leaking: "Escapes de orina o de heces (caca), no poder aguantar las heces, o no saber si tienes la vejiga llena.",
      'both-legs-pain': "Dolor parecido a la ciática en las dos piernas a la vez.",
      'both-legs-weak': "Debilidad o entumecimiento en las dos piernas, intensos o que van a peor.",
      'sexual-function': "Problemas nuevos para tener una erección o para eyacular, o menos sensibilidad en los genitales durante las relaciones sexuales.",
      'clot-breathless': "La pantorrilla o la pierna hinchada y dolorida, junto con falta de aire o dolor en el pecho. Puede que un coágulo de sangre haya llegado a los pulmones.",
      'cannot-stand': "No puedes ponerte de pie ni apoyar el peso en la pierna después de una caída, aunque sea leve, o tienes un dolor fuerte después de un accidente grave.",
      'minor-fall': "Un dolor fuerte y nuevo después de una caída o un golpe leves, si eres una persona mayor, tienes los huesos débiles (osteoporosis) o tomas corticoides (esteroides) durante mucho tiempo.",
    },
  },
  today: {
    title: 'Busca atención médica hoy',
    action: "Llama a tu médico de familia (médico de cabecera) y pide que te atienda hoy. Si no consigues cita para hoy, llama a tu línea local de atención urgente (en el Reino Unido, el NHS 111).",
    items: {
      clot: "Señales de un coágulo de sangre en la pierna: la pantorrilla o la pierna hinchada, caliente, roja o más oscura, y que duele o molesta al tocarla. Suele afectar a una sola pierna.",
      'leg-weakness-worse': "Debilidad en una pierna que va a peor, por ejemplo si el pie se te engancha o se arrastra cada vez más.",
      fever: "Fiebre (38 °C / 100,4 °F o más) junto con dolor de espalda, de nalga o de cadera.",
      'weak-immune': "Fiebre o un dolor nuevo si tienes las defensas bajas (el sistema inmunitario débil), por ejemplo por quimioterapia, por el VIH o por medicamentos que las bajan. Lo mismo si te inyectas drogas.",
      'weak-bones': "Tienes los huesos débiles (osteoporosis) y un dolor nuevo y fuerte en la espalda o en la nalga.",
      'child-fever': "Un niño o una niña con cojera o dolor de cadera, y además fiebre.",
    },
  },
  urgent: {
    title: "Consulta a tu médico de familia hoy o mañana",
    action: "Llama a tu médico de familia. Intenta que te atiendan el mismo día o, como muy tarde, al día siguiente. Si no consigues cita, llama a tu línea local de atención urgente (en el Reino Unido, el NHS 111).",
    items: {
      'leg-weakness': "Debilidad nueva en una pierna, por ejemplo si el pie se te engancha, o un cambio en tu forma de caminar.",
      'cough-sneeze': "Dolor que empeora al toser, estornudar o hacer fuerza en el baño.",
      'weight-loss': 'Perder peso sin intentarlo.',
      cancer: "Has tenido cáncer alguna vez y ahora tienes un dolor nuevo en la espalda o en la nalga.",
      'night-pain': "Dolor que empeora en reposo, que te despierta por la noche o que no te deja meterte en la cama.",
      unwell: "Sentirte mal en general, además del dolor.",
      'back-shape': "Tu espalda tiene una forma distinta, o le ha salido un bulto o una hinchazón.",
      steroids: "Dolor nuevo mientras tomas corticoides (esteroides), como pastillas de prednisolona, durante mucho tiempo, o después de una enfermedad o una infección grave.",
    },
  },
  routine: {
    title: "Pide cita con tu médico de familia o un fisioterapeuta",
    action: "Pide una cita con un médico de familia (médico de cabecera) o con un fisioterapeuta. Pueden buscar otras causas y ayudarte a decidir qué hacer.",
    items: {
      'no-better': "Dolor que no mejora después de unas semanas de cuidados en casa.",
      'getting-worse': "Dolor que no deja de empeorar o que te dificulta la vida diaria.",
      'not-easing': "Dolor muscular que no se va con descanso, masaje y otros cuidados en casa.",
      severe: "Dolor fuerte o que dura mucho tiempo. No te limites a aguantarlo.",
      'one-leg': "Dolor, hormigueo o entumecimiento que baja por una pierna. Una revisión puede distinguir un nudo de un problema de un nervio en la columna.",
      age: "Dolor de espalda por primera vez si tienes menos de unos 20 años o más de unos 55.",
    },
  },
  stop: {
    title: 'Para y pide consejo',
    action: "Deja el estiramiento o el automasaje, y consulta a un médico de familia o a un fisioterapeuta antes de volver a intentarlo. Si solo notas una pequeña molestia, no hace falta parar: afloja.",
    items: {
      'sharp-pain': "Dolor agudo, o dolor que aumenta mientras mantienes la postura. Un estiramiento debe notarse como tensión, no como dolor.",
      pinching: "Notas un pinzamiento, o que la rodilla se fuerza.",
      nerve: "Notas hormigueo, entumecimiento, ardor o como una descarga eléctrica que baja por la pierna.",
      worse: "Tus síntomas empeoran, o te aparecen otros nuevos.",
      skin: "En la zona hay una herida abierta, un moretón o una hinchazón recientes, o un coágulo de sangre ya conocido. Si puede ser un coágulo nuevo, haz que lo revisen hoy mismo.",
    },
  },
  box: helpBox,
};
