import type { RedFlags } from '../types.js';

export const redFlags: RedFlags = {
  emergencyNumber: '112 en la UE y España, 911 en EE. UU. y gran parte de Latinoamérica, 999 en el Reino Unido',
  note: { text: "Estas son señales de alarma, no un diagnóstico. No quieren decir que tengas algo grave. Te ayudan a saber con qué rapidez debes buscar atención.", sources: ['S41'] },
  emergency: {
    title: 'Busca ayuda de emergencia ahora',
    action: "Llama al {emergencyNumber}, o ve a urgencias ahora mismo. Estas señales son poco frecuentes, pero los nervios de la base de la columna (la llamada cola de caballo) pueden necesitar tratamiento rápido.",
    items: [
      { text: "Entumecimiento u hormigueo alrededor del ano y las nalgas, los genitales o la parte interna de los muslos. Puede que lo notes distinto al limpiarte después de ir al baño.", sources: ['S35', 'S36'] },
      { text: "Dificultad nueva para empezar a orinar, para cortar el chorro o para notar que sale la orina.", sources: ['S35', 'S36'] },
      { text: "Escapes de orina o de heces (caca), no poder aguantar las heces, o no saber si tienes la vejiga llena.", sources: ['S36'] },
      { text: "Dolor parecido a la ciática en las dos piernas a la vez.", sources: ['S34'] },
      { text: "Debilidad o entumecimiento en las dos piernas que es fuerte o va a peor.", sources: ['S34'] },
      { text: "Problemas nuevos para tener una erección o para eyacular, o menos sensibilidad en los genitales durante las relaciones sexuales.", sources: ['S35', 'S36'] },
      { text: "Dolor fuerte después de una caída grave o un accidente, sobre todo si luego no puedes ponerte de pie, caminar o apoyar el peso en la pierna.", sources: ['S40', 'S42'] },
      { text: "Un niño o una niña con cojera o dolor de cadera, y además fiebre.", sources: ['S42'] },
    ],
  },
  urgent: {
    title: 'Consulta a tu médico de familia hoy o mañana',
    action: "Llama a tu centro de salud o a tu línea local de atención urgente (en el Reino Unido, el NHS 111). Intenta que te atiendan el mismo día o, como muy tarde, al día siguiente.",
    items: [
      { text: "Fiebre alta (38 °C o más) junto con dolor de espalda, de nalga o de cadera.", sources: ['S37', 'S39', 'S40'] },
      { text: "Perder peso sin intentarlo.", sources: ['S39', 'S40'] },
      { text: "Has tenido cáncer alguna vez y ahora tienes un dolor nuevo en la espalda o en la nalga.", sources: ['S39', 'S40'] },
      { text: "Dolor que empeora en reposo, que te despierta por la noche o que no te deja meterte en la cama.", sources: ['S37', 'S39'] },
      { text: "Sentirte mal en general, además del dolor.", sources: ['S35', 'S39'] },
      { text: "Debilidad nueva en una pierna, por ejemplo si el pie se te engancha o se arrastra, o un cambio en tu forma de caminar.", sources: ['S39', 'S40'] },
      { text: "Tu espalda tiene una forma distinta, o le ha salido un bulto o una hinchazón.", sources: ['S37'] },
      { text: "Dolor nuevo mientras tomas corticoides (esteroides) durante mucho tiempo, o después de una enfermedad o una infección grave.", sources: ['S39', 'S40'] },
      { text: "Dolor de espalda por primera vez si tienes menos de unos 20 años o más de unos 55.", sources: ['S39', 'S40'] },
    ],
  },
  routine: {
    title: 'Pide cita con tu médico de familia o un fisioterapeuta',
    action: "Pide una cita con un médico de familia (médico de cabecera) o con un fisioterapeuta. Pueden buscar otras causas y ayudarte a decidir qué hacer.",
    items: [
      { text: "Dolor que no mejora después de unas semanas de cuidados en casa.", sources: ['S34'] },
      { text: "Dolor que no deja de empeorar o que te dificulta la vida diaria.", sources: ['S34', 'S42'] },
      { text: "Dolor muscular que no se va con descanso, masaje y otros cuidados en casa.", sources: ['S1', 'S2'] },
      { text: "Dolor fuerte o que dura mucho tiempo. No te limites a aguantarlo.", sources: ['S7'] },
      { text: "Dolor de cadera que apareció poco a poco, que no mejora con el descanso o que te hace cojear.", sources: ['S42'] },
      { text: "Dolor, hormigueo o entumecimiento que baja por una pierna. Una revisión puede distinguir un nudo de un problema de un nervio en la columna.", sources: ['S10', 'S16', 'S34'] },
    ],
  },
  stop: {
    title: 'Para y pide consejo',
    action: "Deja el estiramiento o el automasaje. Consulta a un médico de familia o a un fisioterapeuta antes de volver a intentarlo.",
    items: [
      { text: "Te duele. Un estiramiento debe notarse como tensión, no como dolor.", sources: ['S44', 'S53'] },
      { text: "Notas un pinzamiento, o que la rodilla se fuerza.", sources: ['S53', 'S52'] },
      { text: "Notas hormigueo, entumecimiento, ardor o como una descarga eléctrica que baja por la pierna.", sources: ['S68', 'S54'] },
      { text: "Tus síntomas empeoran, o te aparecen otros nuevos.", sources: ['S54', 'S55'] },
      { text: "En la zona hay una herida abierta, un hueso roto, un moretón o una hinchazón recientes, o sabes que tienes ahí un coágulo de sangre.", sources: ['S63', 'S66'] },
    ],
  },
};
