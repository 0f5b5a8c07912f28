import type { AnalysisLexicon } from '../lexicon';

/** Spanish. */
export const es: AnalysisLexicon = {
  questionOpeners: [
    'pueden', 'puede', 'podrían', 'cuándo', 'dónde', 'por qué', 'cómo', 'es posible', 'hay alguna',
    'cuánto tiempo', 'quién puede',
  ],
  addressWords: ['usted', 'ustedes', 'vosotros', 'os', 'su', 'sus', 'vuestro', 'vuestra', 'te', 'tu', 'alguien'],
  strongWords: [
    'estafa*', 'estafador*', 'timo', 'timadores', 'nunca más', 'peor', 'vergüenza', 'vergonzoso', 'ladrones',
    'mentirosos', 'fraude', 'pésimo', 'pésima', 'penoso', 'lamentable', 'no compréis', 'no compren', 'mierda',
    'una broma',
  ],
  threatWords: ['abogado*', 'denuncia*', 'policía', 'tribunal*', 'juzgado*', 'demanda*', 'omic', 'hoja de reclamaciones', 'oficina del consumidor'],
  personalData: {
    order: ['nunca llegó', 'no ha llegado', 'no llegó', 'no he recibido', 'roto', 'rota', 'dañad*', 'producto equivocado', 'talla equivocada', 'faltaba*', 'reemplazo', 'número de seguimiento'],
    address: ['dirección equivocada', 'nueva dirección', 'cambiar la dirección'],
    payment: ['reembols*', 'devolución del dinero', 'mi dinero', 'cobrado dos veces', 'cobro doble'],
    account: ['iniciar sesión', 'no puedo entrar', 'contraseña*', 'cancelar mi suscripción', 'darme de baja'],
  },
  topics: {
    delivery: ['entreg*', 'envío*', 'paquete*', 'retraso*', 'nunca llegó', 'transportista', 'mensajería', 'correos'],
    product: ['roto', 'rota', 'dañad*', 'defectuos*', 'calidad', 'talla equivocada', 'producto equivocado', 'faltaba*'],
    service: ['atención al cliente', 'servicio al cliente', 'sin respuesta', 'ninguna respuesta', 'maleducad*', 'no contestan', 'no responden'],
    technical: ['error*', 'fallo*', 'no funciona', 'técnico*', 'técnica*'],
  },
  problemCues: [
    'desafortunadamente', 'lamentablemente', 'problema*', 'todavía espero', 'sigo esperando', 'no he recibido',
    'falta', 'roto', 'reclamación*', 'queja*', 'equivocad*',
  ],
  positiveWords: ['excelente', 'genial', 'perfecto', 'perfecta', 'estupendo', 'satisfecho*', 'recomiendo', 'gracias', 'rápido', 'amable*', 'encantad*'],
  negativeWords: ['malo', 'mala', 'horrible', 'decepcion*', 'insatisfecho*', 'peor', 'inaceptable', 'lento', 'no lo recomiendo', 'no recomiendo'],
  promoPhrases: ['haz clic aquí', 'haga clic aquí', 'compra ahora', 'código de descuento', 'gana dinero', 'ganar dinero', 'sígueme', 'visita mi'],
  unrelatedPhrases: ['empresa equivocada', 'esto es una prueba', 'reseña de prueba'],
};
