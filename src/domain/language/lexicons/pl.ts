import type { CoreLexicon } from '../lexicon';

/** Polish. */
export const pl: CoreLexicon = {
  commonWords: [
    'się', 'jest', 'że', 'ale', 'bardzo', 'mnie', 'czy', 'już', 'było', 'była', 'był', 'przez', 'dla',
    'jestem', 'polecam', 'zamówienie', 'dostawa', 'szybko', 'dziękuję', 'obsługa', 'towar', 'nigdy', 'tylko',
    'jeszcze', 'który', 'która', 'mój', 'moja', 'dlaczego', 'gdzie', 'kiedy', 'nie', 'na', 'w', 'z', 'do',
    'jak', 'tak', 'co', 'i', 'to', 'po', 'od', 'za', 'są', 'mi', 'ten', 'też', 'bo', 'został', 'paczka',
    'sklep', 'żadnej',
  ],
  starWords: ['gwiazdka', 'gwiazdki', 'gwiazdek', 'gwiazdy', 'gwiazd', 'gwiazdką', 'gwiazdkę'],
  outOfWords: ['na', 'z'],
  ratingLabels: ['ocena', 'gwiazdki'],
  referenceLabels: ['numer referencyjny', 'numer zamówienia', 'nr zamówienia', 'zamówienie', 'numer faktury'],
  defaultTitles: ['nowa opinia na trustpilot', 'nowa recenzja trustpilot', 'nowa opinia trustpilot', 'nowa opinia'],
  anonymousWords: ['anonimowy', 'anonimowa', 'anonim', 'nieznany'],
  placeholderNameWords: ['trustpilot', 'recenzent', 'użytkownik', 'klient'],
  honorifics: ['pan', 'pani'],
};
