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
    order: ['ordin*', 'fattura*', 'pacco', 'pacchi', 'numero di tracciamento', 'tracking', 'prenotazion*', 'scontrino'],
    address: ['indirizzo*', 'codice postale'],
    payment: ['pagament*', 'pagato', 'pagare', 'rimbors*', 'carta di credito', 'addebit*', 'soldi', 'bonifico', 'paypal'],
    account: ['account', 'accedere', 'accesso', 'password', 'abbonament*', 'iscrizion*'],
  },
  topics: {
    delivery: ['consegn*', 'spedizion*', 'pacco', 'pacchi', 'ritard*', 'corriere', 'mai arrivato'],
    product: ['rotto', 'rotta', 'danneggiat*', 'difettos*', 'qualità', 'taglia sbagliata', 'articolo sbagliato', 'mancant*'],
    service: ['servizio clienti', 'assistenza clienti', 'assistenza', 'nessuna risposta', 'maleducat*', 'non rispondono'],
    technical: ['errore*', 'non funziona', 'il sito', 'l\'app', 'applicazione', 'tecnic*', 'crash'],
  },
  problemCues: ['purtroppo', 'problema*', 'problemi', 'sto ancora aspettando', 'non ho ricevuto', 'manca', 'rotto', 'reclamo*', 'sbagliat*'],
  positiveWords: ['ottimo', 'ottima', 'eccellente', 'perfetto', 'perfetta', 'fantastic*', 'soddisfatt*', 'consiglio', 'grazie', 'veloce', 'gentil*'],
  negativeWords: ['pessim*', 'scadente', 'orribile', 'delus*', 'deludente', 'insoddisfatt*', 'peggior*', 'inaccettabile', 'lento', 'non consiglio', 'sconsiglio'],
  promoPhrases: ['clicca qui', 'compra ora', 'codice sconto', 'guadagna soldi', 'guadagnare soldi', 'seguimi', 'visita il mio'],
  unrelatedPhrases: ['azienda sbagliata', 'questo è un test', 'recensione di prova'],
};
