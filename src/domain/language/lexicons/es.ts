import type { Lexicon } from '../lexicon';

/** Spanish. */
export const es: Lexicon = {
  commonWords: [
    'y', 'el', 'los', 'las', 'muy', 'pero', 'para', 'pedido', 'gracias', 'porque', 'cuando', 'todo', 'nunca',
    'más', 'también', 'fue', 'está', 'hemos', 'recomiendo', 'servicio', 'producto', 'del', 'al', 'una', 'lo',
    'su', 'mi', 'que', 'de', 'la', 'en', 'un', 'es', 'por', 'con', 'no', 'se', 'me', 'bien', 'he',
    'han', 'sin', 'ya', 'hace', 'días', 'envío', 'llegó', 'esta', 'este', 'nada',
  ],
  starWords: ['estrella', 'estrellas'],
  outOfWords: ['de', 'sobre'],
  ratingLabels: ['valoración', 'puntuación', 'calificación', 'estrellas'],
  referenceLabels: ['número de pedido', 'nº de pedido', 'n.º de pedido', 'referencia', 'pedido', 'número de factura'],
  defaultTitles: ['nueva reseña de trustpilot', 'nueva opinión de trustpilot', 'nueva reseña', 'nueva opinión'],
  anonymousWords: ['anónimo', 'anónima', 'desconocido'],
  placeholderNameWords: ['trustpilot', 'usuario', 'cliente', 'reseñador', 'autor', 'de'],
  honorifics: ['sr', 'sra', 'srta', 'señor', 'señora', 'don', 'doña'],
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
    order: ['pedido*', 'factura*', 'paquete*', 'número de seguimiento', 'seguimiento', 'reserva*'],
    address: ['dirección', 'código postal', 'domicilio'],
    payment: ['pago*', 'pagado', 'pagar', 'reembols*', 'devolución del dinero', 'tarjeta', 'cobrado', 'cobro*', 'dinero', 'cargo*'],
    account: ['cuenta', 'mi cuenta', 'iniciar sesión', 'contraseña*', 'suscripción*'],
  },
  topics: {
    delivery: ['entreg*', 'envío*', 'paquete*', 'retraso*', 'nunca llegó', 'transportista', 'mensajería', 'correos'],
    product: ['roto', 'rota', 'dañad*', 'defectuos*', 'calidad', 'talla equivocada', 'producto equivocado', 'faltaba*'],
    service: ['atención al cliente', 'servicio al cliente', 'sin respuesta', 'ninguna respuesta', 'maleducad*', 'no contestan', 'no responden'],
    technical: ['error*', 'fallo*', 'no funciona', 'la web', 'la página', 'la app', 'aplicación', 'técnico*', 'técnica*'],
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
