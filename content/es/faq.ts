import type { Faq } from '../types.js';

export const faq: Faq[] = [
  {
    id: 'sciatica',
    question: '¿Un nudo en la nalga puede parecer una ciática?',
    answer: "Sí, puede. La ciática es un dolor causado por la irritación del nervio ciático, el gran nervio que baja por la parte de atrás de la pierna. Los nudos profundos de la nalga pueden mandar dolor por el lateral o por la parte de atrás de la pierna de una forma muy parecida. El piriforme está justo al lado de este nervio y, cuando está tenso, puede irritarlo. Esto puede causar hormigueo o entumecimiento. Un problema en la columna puede causar las mismas sensaciones. Pide que te lo revisen si no se pasa, o si notas debilidad o entumecimiento.",
    sources: ['S14', 'S16', 'S28', 'S34'],
  },
  {
    id: 'how-long',
    question: '¿Cuánto tarda en irse un nudo?',
    answer: "No hay un tiempo fijo, y cambia de una persona a otra. Usar un rodillo puede aliviar la rigidez durante un rato. El alivio dura más si además corriges lo que mantiene el nudo, como pasar mucho rato seguido en una silla. El dolor de tipo ciática suele mejorar en 4 a 6 semanas. Si no notas mejoría después de unas semanas de cuidados en casa, acude a tu médico de familia o a un fisioterapeuta.",
    sources: ['S61', 'S5', 'S34'],
  },
  {
    id: 'serious',
    question: '¿Un nudo puede ser señal de algo grave?',
    answer: "La mayoría de las veces, no. Solo unos pocos casos de dolor de espalda y de pierna resultan ser graves. Pero un problema en un nervio, en la articulación de la cadera o en la columna puede sentirse igual que un nudo. Aprende las señales de alarma que indican que debes buscar ayuda rápido. Acude a tu médico de familia si el dolor es fuerte, dura mucho tiempo o vuelve una y otra vez.",
    sources: ['S41', 'S10', 'S33', 'S7'],
  },
  {
    id: 'test',
    question: '¿Hay alguna prueba que muestre un nudo?',
    answer: "No. No hay ningún análisis de sangre ni prueba de imagen aceptados por todos que demuestren que hay un nudo. Un médico o un fisioterapeuta lo encuentra preguntándote por el dolor y palpando el músculo. Más o menos 1 de cada 6 personas tiene una pequeña diferencia en cómo pasa el nervio ciático junto al piriforme. Muchas de ellas no tienen ningún dolor. Por eso, un resultado poco habitual en una prueba de imagen no siempre explica el dolor.",
    sources: ['S9', 'S28'],
  },
  {
    id: 'stretch-hurt',
    question: '¿Estirar tiene que doler?',
    answer: "No. Debes notar un tirón o una tensión suave, y nada más. Si duele, te has pasado, así que afloja. Para y pide consejo si notas un pinzamiento, o un hormigueo que baja por la pierna.",
    sources: ['S43', 'S44', 'S53', 'S54'],
  },
  {
    id: 'foam-rolling',
    question: '¿Sirve de algo el rodillo de espuma?',
    answer: "Ayuda a corto plazo. Después de usar el rodillo, puede que durante un rato te muevas con más amplitud. También puede aliviar el dolor muscular después de un ejercicio intenso. Los estudios de un mes o más dan resultados dispares, así que no está claro si ayuda a largo plazo. Aparte de alguna molestia mientras lo usas, parece seguro.",
    sources: ['S61', 'S62', 'S64'],
  },
];
