import type { FaqText } from '../types.js';

export const faq: FaqText = {
  sciatica: {
    question: "¿Un nudo en la nalga puede parecer una ciática?",
    answer: "Sí, puede. La ciática es un dolor causado por la irritación del nervio ciático, el gran nervio que baja por la parte de atrás de la pierna. Los nudos profundos de la nalga pueden mandar dolor por el lateral o por la parte de atrás de la pierna de una forma muy parecida. El piriforme está justo al lado de este nervio y, cuando está tenso, puede irritarlo. Esto puede causar hormigueo o entumecimiento. Un problema en la columna puede causar las mismas sensaciones. Pide que te lo revisen si no se pasa, o si notas debilidad o entumecimiento. Es distinto si tienes problemas nuevos para orinar o para hacer caca, o entumecimiento alrededor del ano, las nalgas o los genitales: busca ayuda de emergencia ahora ({help}).",
  },
  'how-long': {
    question: '¿Cuánto tarda en irse un nudo?',
    answer: "No hay un tiempo fijo, y cambia de una persona a otra. Usar un rodillo puede aliviar la rigidez durante un rato. Puede que el alivio dure más si además cambias lo que mantiene el nudo, como pasar mucho rato seguido en una silla. En el caso de la ciática, no de los nudos, el NHS (el servicio público de salud del Reino Unido) dice que el dolor suele mejorar en 4 a 6 semanas. Si no notas mejoría después de unas semanas de cuidados en casa, acude a tu médico de familia o a un fisioterapeuta.",
  },
  serious: {
    question: '¿Un nudo puede ser señal de algo grave?',
    answer: "La mayoría de las veces, no. Solo unos pocos casos de dolor de espalda y de pierna resultan ser graves. Pero un problema en un nervio, en la articulación de la cadera o en la columna puede sentirse igual que un nudo. Aprende las señales de alarma que indican que debes buscar ayuda rápido. Acude a tu médico de familia si el dolor es fuerte, dura mucho tiempo o vuelve una y otra vez.",
  },
  test: {
    question: '¿Hay alguna prueba que muestre un nudo?',
    answer: "No. No hay ningún análisis de sangre ni prueba de imagen de uso habitual que muestre un nudo. Los médicos y los fisioterapeutas te preguntan por el dolor y presionan el músculo para buscarlo. Pero a menudo dos profesionales no se ponen de acuerdo sobre dónde está el nudo, o sobre si hay alguno.",
  },
  'stretch-hurt': {
    question: '¿Estirar tiene que doler?',
    answer: "No. Debes notar una sensación de estiramiento o una tensión suave, y nada más. Si duele, te has pasado, así que afloja. Para y pide consejo si notas un dolor agudo, un pinzamiento o un hormigueo que baja por la pierna.",
  },
  'foam-rolling': {
    question: '¿Sirve de algo el rodillo de espuma?',
    answer: "Ayuda a corto plazo, según estudios hechos sobre todo con personas sanas y activas. Después de usar el rodillo, puede que durante un rato te muevas con más amplitud. También puede aliviar el dolor muscular después de un ejercicio intenso. Los estudios de un mes o más dan resultados dispares, así que no está claro si ayuda a largo plazo. Para la mayoría de la gente parece seguro. No lo pases sobre una herida, un hueso roto, una zona roja o hinchada, ni donde tengas, o puedas tener, un coágulo de sangre. Si puede ser un coágulo, haz que lo revisen hoy mismo ({help}). Si tomas anticoagulantes (medicamentos para evitar coágulos), pregunta antes a un médico.",
  },
};
