import type { CausesText } from '../types.js';

export const causes: CausesText = {
  overuse: {
    name: 'Uso excesivo',
    description: "Repetir el mismo movimiento muchas veces, como al correr o al ir en bicicleta, cansa el músculo. Una mala técnica, o aumentar de golpe cuánto entrenas, lo fuerza todavía más. Puede que los músculos cansados y forzados tengan más probabilidad de formar nudos.",
    helps: "Aumenta tu entrenamiento poco a poco y deja tiempo para recuperarte. Calienta de 5 a 10 minutos antes de hacer ejercicio o de estirar.",
  },
  'poor-posture': {
    name: 'Mala postura',
    description: "Encorvarte en la silla carga más los músculos de las nalgas. También lo hace estar mucho tiempo de pie apoyando el peso en una sola pierna, o caminar de forma desigual. Algunos expertos creen que una pequeña diferencia en la longitud de las piernas puede tener el mismo efecto.",
    helps: "Cambia de postura a menudo: no hay una forma de sentarse que sea la mejor para todo el mundo. Si pasas el día en una silla, pide que revisen tu mesa y tu silla. Un fisioterapeuta puede revisar cómo caminas y la longitud de tus piernas.",
  },
  inactivity: {
    name: 'Inactividad',
    description: "Pasar horas en una silla mantiene tu peso sobre los músculos de las nalgas. Se cree que es algo que a menudo desencadena nudos. Además, los músculos que no se usan se debilitan, y los músculos débiles se relacionan con los nudos.",
    helps: "Levántate y muévete a menudo. Haz ejercicios que trabajen los músculos de la cadera al menos 2 días por semana.",
  },
  injury: {
    name: 'Lesión',
    description: "Una caída, un golpe en la nalga o incluso el esfuerzo de frenar una caída pueden forzar los músculos. Después de un esfuerzo así pueden aparecer nudos.",
    helps: "Si después de una caída no puedes ponerte de pie ni caminar, busca ayuda médica enseguida. Luego vuelve a tu actividad poco a poco, un poco más cada semana.",
  },
  stress: {
    name: 'Estrés',
    description: "El estrés y las preocupaciones pueden tensar los músculos. Esta tensión puede contribuir a que aparezcan nudos.",
    helps: "Busca formas de relajarte, ten buenos hábitos de sueño y haz actividad física. Los expertos aconsejan estas tres cosas para ayudar a prevenir el dolor muscular.",
  },
};
