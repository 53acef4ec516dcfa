import type { TreatmentsText } from '../types.js';

export const treatments: TreatmentsText = {
  'self-myofascial-release': {
    name: 'Automasaje con rodillo o pelota',
    summary: "Te acuestas o te sientas sobre un rodillo de espuma o una pelota de masaje para que presione el músculo tenso. A esto se le llama liberación miofascial o automasaje miofascial. Los estudios, hechos sobre todo con personas sanas y activas, muestran que te ayuda a moverte con más soltura durante un rato. No está claro si ayuda a largo plazo.",
    how: [
      "Siéntate sobre el rodillo con las rodillas dobladas y las manos en el suelo, detrás de ti.",
      'Cruza un tobillo sobre la otra rodilla.',
      "Rueda despacio sobre la nalga del lado de la pierna cruzada, entre 30 segundos y 2 minutos.",
      "Con una pelota, quédate sobre un punto tenso de 15 a 60 segundos, o hasta que se afloje.",
      "Empieza con suavidad, sobre una superficie blanda. Presiona solo hasta donde te resulte cómodo.",
      "Hazlo hasta 3 veces al día, siempre que no te cause dolor ni lo aumente.",
    ],
    safety: "No te apoyes sobre las zonas de hueso, las heridas ni las zonas con moretones o hinchadas. No uses el rodillo si tienes, o puedes tener, un coágulo de sangre: si puede ser un coágulo, haz que lo revisen hoy mismo ({help}). Si tomas anticoagulantes (medicamentos para evitar coágulos), pregunta antes a un médico. Apártate de cualquier punto que te provoque hormigueo, entumecimiento o ardor por la pierna.",
  },
  stretching: {
    name: 'Estiramientos',
    summary: "Estirar con regularidad puede aflojar los músculos tensos y ayudar a que tus caderas se muevan con más soltura. Los estiramientos de abajo trabajan la nalga, la cadera y la parte de atrás de las piernas.",
    how: [
      "Primero calienta con 5 a 10 minutos de caminar o de otro movimiento suave.",
      "Estira hasta notar tensión, no hasta que duela.",
      "Mantén cada estiramiento unos 30 segundos y sigue respirando. Las personas mayores pueden mantenerlo de 30 a 60 segundos.",
      "Los expertos aconsejan sumar unos 60 segundos en total por cada estiramiento. Los temporizadores de abajo hacen 3 rondas de 30 segundos en cada lado, un poco más que eso, así que puedes parar después de 2 rondas si quieres.",
      'Muévete despacio. No des rebotes.',
      "Estira los dos lados. Puedes repetir un estiramiento que te alivie una zona dolorida.",
      "Intenta estirar al menos 2 o 3 días por semana. Lo mejor es hacerlo a diario.",
    ],
    safety: "Afloja si notas dolor. Si tienes una lesión o un problema de salud, pregunta a un médico o a un fisioterapeuta qué estiramientos te convienen.",
  },
  'massage-therapy': {
    name: 'Masaje con un profesional',
    summary: "Un masajista o terapeuta con formación trabaja el músculo con las manos, o presiona un nudo durante un rato. A mucha gente esto le resulta relajante. Los estudios vieron que la presión firme hacía que los nudos dolieran menos al tocarlos, pero no quedó claro que aliviara el dolor.",
    how: [
      "Dile al terapeuta dónde te duele y hacia dónde se extiende el dolor.",
      "Cuéntale si tienes algún problema de salud o una lesión reciente, y si tomas anticoagulantes.",
      "No dejes que te den masaje en la pierna si tienes, o puedes tener, un coágulo de sangre. Si puede ser un coágulo, haz que lo revisen hoy mismo ({help}).",
      "Avisa si la presión es demasiado fuerte. Debe resultar cómoda, no dolorosa.",
      "Después, el músculo debería notarse más suelto, no más dolorido.",
      "Combina el masaje con estiramientos y con actividad física.",
    ],
    safety: "Evita el masaje sobre moretones recientes, zonas hinchadas o una zona dolorida e inflamada.",
  },
  heat: {
    name: 'Calor',
    summary: "El calor puede aliviar los músculos doloridos. Los consejos del NHS (el servicio público de salud del Reino Unido) para el dolor de tipo ciática proponen usar bolsas de calor. Además, los músculos calientes se estiran con más facilidad.",
    how: [
      "Ponte una bolsa de calor de farmacia sobre la zona dolorida. Antes, envuélvela en una toalla.",
      'O date un baño de agua caliente.',
      "Estira mientras los músculos siguen calientes.",
      "Prueba a ver qué te funciona. A cada persona le ayudan cosas distintas.",
    ],
    safety: "No uses calor sobre una lesión reciente ni sobre una zona hinchada. Tampoco sobre piel que notes entumecida, ni siquiera con bolsas de agua caliente: la piel entumecida puede quemarse sin que te des cuenta. No te duermas nunca encima de una almohadilla térmica, y ten más cuidado si tienes diabetes o mala circulación.",
  },
  'physical-therapy': {
    name: 'Fisioterapia',
    summary: "Un fisioterapeuta (en algunos países, kinesiólogo) es un profesional de la salud experto en cómo se mueve el cuerpo. Busca otras posibles causas de tu dolor y te da ejercicios adecuados para ti.",
    how: [
      "Acude a uno si tu dolor no mejora después de unas semanas de cuidados en casa.",
      "Te preguntará por tu dolor y revisará cómo se mueven tus músculos y tus articulaciones.",
      "Puede que mire cómo caminas, cómo te sientas y cómo estás de pie, y la longitud de tus piernas.",
      "Te dará un plan de estiramientos y de ejercicios de fuerza para hacer en casa.",
      "Pregúntale cuáles de estos estiramientos son adecuados para ti.",
    ],
    safety: "Si tienes problemas nuevos para orinar o para hacer caca, o entumecimiento alrededor del ano, las nalgas o los genitales, no esperes a tu cita: busca ayuda de emergencia ahora ({help}). Si notas entumecimiento o debilidad nuevos en una pierna, díselo pronto a tu médico de familia o a tu fisioterapeuta.",
  },
};
