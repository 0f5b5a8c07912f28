import type { AnalysisLexicon } from '../lexicon';

/** Italian. */
export const it: AnalysisLexicon = {
  questionOpeners: ['potete', 'potreste', 'può', 'quando', 'dove', 'perché', 'come posso', 'è possibile', 'quanto tempo', 'chi può'],
  addressWords: ['voi', 'vostro', 'vostra', 'vostri', 'lei', 'tu', 'tuo', 'qualcuno'],
  strongWords: [
    'truffa*', 'truffator*', 'mai più', 'peggior*', 'vergogna*', 'vergognoso', 'ladri', 'bugiardi', 'frode',
    'pessim*', 'schifo*', 'scandalos*', 'evitate', 'disastro*', 'merda', 'una presa in giro',
  ],
  threatWords: ['avvocato*', 'denuncia*', 'polizia', 'tribunale*', 'carabinieri', 'azioni legali', 'querela*', 'codacons', 'altroconsumo'],
  personalData: {
    order: ['mai arrivato', 'non è arrivato', 'non ho ricevuto', 'rotto', 'rotta', 'danneggiat*', 'articolo sbagliato', 'taglia sbagliata', 'mancant*', 'sostituzione', 'numero di tracciamento'],
    address: ['indirizzo sbagliato', 'nuovo indirizzo', 'cambiare indirizzo'],
    payment: ['rimbors*', 'i miei soldi', 'soldi indietro', 'addebitato due volte', 'doppio addebito'],
    account: ['non riesco ad accedere', 'accedere', 'password', 'disdire', 'disdetta', 'cancellare l\'account'],
  },
  topics: {
    delivery: ['consegn*', 'spedizion*', 'pacco', 'pacchi', 'ritard*', 'corriere', 'mai arrivato'],
    product: ['rotto', 'rotta', 'danneggiat*', 'difettos*', 'qualità', 'taglia sbagliata', 'articolo sbagliato', 'mancant*'],
    service: ['servizio clienti', 'assistenza clienti', 'assistenza', 'nessuna risposta', 'maleducat*', 'non rispondono'],
    technical: ['errore*', 'non funziona', 'tecnic*', 'crash'],
  },
  problemCues: ['purtroppo', 'problema*', 'problemi', 'sto ancora aspettando', 'non ho ricevuto', 'manca', 'rotto', 'reclamo*', 'sbagliat*'],
  positiveWords: ['ottimo', 'ottima', 'eccellente', 'perfetto', 'perfetta', 'fantastic*', 'soddisfatt*', 'consiglio', 'grazie', 'veloce', 'gentil*'],
  negativeWords: ['pessim*', 'scadente', 'orribile', 'delus*', 'deludente', 'insoddisfatt*', 'peggior*', 'inaccettabile', 'lento', 'non consiglio', 'sconsiglio'],
  promoPhrases: ['clicca qui', 'compra ora', 'codice sconto', 'guadagna soldi', 'guadagnare soldi', 'seguimi', 'visita il mio'],
  unrelatedPhrases: ['azienda sbagliata', 'questo è un test', 'recensione di prova'],
};
