import type { IntroText } from '../types.js';

export const intro: IntroText = {
  what: {
    definition: "Un nudo es un punto pequeño, tenso y dolorido dentro de un músculo. Los médicos lo llaman punto gatillo miofascial. Se cree que está en una banda de músculo que se nota dura, como una cuerda. Duele cuando lo aprietas y puede doler cuando te mueves.",
    'referred-pain': "Los nudos pueden causar dolor referido: un dolor que se nota lejos del propio nudo. Por eso, un nudo en la nalga puede hacer que te duela la parte baja de la espalda, la cadera o la pierna. Al apretar el nudo puede aparecer ese dolor, o el músculo puede dar una pequeña sacudida.",
    'how-it-feels': "Algunos nudos duelen todo el tiempo. Otros solo duelen cuando los aprietas. Un músculo con nudos suele notarse rígido y no se estira tanto como de costumbre.",
  },
  evidence: "Los médicos y los fisioterapeutas buscan los nudos presionando el músculo. Pero a menudo dos profesionales no se ponen de acuerdo, y ninguna prueba de uso habitual puede confirmar que hay un nudo. Los expertos todavía debaten qué son los nudos y cuál es la mejor forma de tratarlos. Muchos de los consejos de esta página se basan en la experiencia, no en pruebas sólidas.",
  muscles: {
    'gluteus-maximus': {
      name: 'Glúteo mayor',
      where: "El músculo más grande de la nalga. Está justo debajo de la piel y le da a la nalga su forma.",
      does: "Lleva la pierna hacia atrás. Trabaja mucho cuando subes escaleras o te levantas de una silla.",
      knots: "Se pueden formar nudos en muchas partes de este músculo tan grande. Pueden hacer que te cueste sentarte con comodidad.",
      referral: "El dolor suele quedarse cerca. Se nota sobre el hueso plano de la base de la columna (el sacro), el hueso en el que te sientas (el isquion) y el coxis.",
    },
    'gluteus-medius': {
      name: 'Glúteo medio',
      where: "Un músculo con forma de abanico en la parte alta y externa de la nalga. Está justo debajo del borde de la pelvis, la cresta de hueso que notas a la altura del cinturón.",
      does: "Separa la pierna hacia un lado. Mantiene las caderas niveladas cuando caminas o cuando te apoyas en una sola pierna.",
      knots: "Los expertos describen tres puntos habituales: en la parte delantera, en la central y en la trasera del músculo.",
      referral: "El dolor suele extenderse a la parte baja de la espalda, al sacro y a lo ancho de la nalga. También puede llegar al lateral de la cadera y a la parte alta del muslo.",
    },
    'gluteus-minimus': {
      name: 'Glúteo menor',
      where: "El más pequeño y el más profundo de los tres. Está debajo del glúteo medio, en el lateral de la cadera.",
      does: "Ayuda a separar la pierna hacia un lado. Ayuda a mantener las caderas niveladas al caminar.",
      knots: "Los nudos están en lo profundo, debajo del glúteo medio. Se sitúan entre el borde de la pelvis y el bulto de hueso de la parte externa de la cadera. Como están tan hondos, es fácil pasarlos por alto.",
      referral: "El dolor puede bajar por la parte externa del muslo y pasar la rodilla hasta llegar al tobillo. O puede bajar por la parte de atrás del muslo hasta la pantorrilla. Esto puede parecerse mucho a una ciática, el dolor que causa la irritación del nervio ciático.",
    },
    piriformis: {
      name: 'Piriforme',
      where: "Un músculo pequeño y profundo que está debajo del glúteo mayor. Va desde la base de la columna hasta la parte alta del hueso del muslo. El nervio ciático, el gran nervio que baja por la parte de atrás de la pierna, pasa justo por debajo de él.",
      does: "Gira la pierna hacia fuera y ayuda a separarla hacia un lado.",
      knots: "Los nudos están en lo profundo de la nalga, debajo del glúteo mayor.",
      referral: "El dolor puede extenderse por la nalga y rodearla hasta la parte de atrás de la cadera. También puede llegar a la parte baja de la espalda, donde la columna se une con la pelvis, y a la parte de atrás del muslo. Además, un piriforme tenso puede presionar el nervio ciático. Esto puede causar hormigueo o entumecimiento a lo largo de la pierna.",
    },
  },
  who: {
    'repeated-movement': "Personas que repiten el mismo movimiento una y otra vez, en el trabajo, en el deporte o en aficiones como correr.",
    'long-sitting': "Personas que pasan horas sentadas, como quienes trabajan en una oficina, conductores y ciclistas.",
    falls: "Personas que han sufrido una caída, por ejemplo al caer con fuerza sobre las nalgas.",
    'low-back-pain': "Personas con dolor en la parte baja de la espalda. Los nudos en el glúteo medio son frecuentes en este grupo.",
  },
};
