import type { CoreLexicon } from '../lexicon';

/** Spanish. */
export const es: CoreLexicon = {
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
};
