import type { AnalysisLexicon } from '../lexicon';

/** Polish. */
export const pl: AnalysisLexicon = {
  questionOpeners: ['czy możecie', 'czy można', 'czy mogę', 'kiedy', 'gdzie', 'dlaczego', 'jak mogę', 'ile czasu', 'kto może'],
  addressWords: ['państwo', 'pan', 'pani', 'wy', 'wasz', 'wasza', 'wasze', 'was', 'ty', 'twój', 'ktoś'],
  strongWords: [
    'oszust*', 'oszukańcz*', 'nigdy więcej', 'najgorsz*', 'skandal*', 'złodzieje', 'kłamcy', 'wstyd',
    'porażka', 'tragedia', 'tragiczn*', 'unikajcie', 'omijajcie', 'omijać', 'żenujące', 'dno', 'badziew*', 'kpina',
  ],
  threatWords: ['prawnik*', 'adwokat*', 'policj*', 'sąd', 'sądu', 'sądzie', 'rzecznik praw konsumenta', 'uokik', 'pozew', 'pozwę', 'zawiadomienie'],
  personalData: {
    order: ['nie dotarła', 'nie dotarło', 'nie otrzymałem', 'nie otrzymałam', 'uszkodz*', 'zepsut*', 'wadliw*', 'zły rozmiar', 'zły produkt', 'brakował*', 'brakuje', 'wymian*', 'numer przesyłki'],
    address: ['zły adres', 'nowy adres', 'zmiana adresu'],
    payment: ['zwrot*', 'moje pieniądze', 'pieniędzy', 'obciążono dwa razy', 'podwójnie obciąż*'],
    account: ['nie mogę się zalogować', 'zalogowa*', 'logowani*', 'hasło', 'hasła', 'anulować subskrypcj*'],
  },
  topics: {
    delivery: ['dostaw*', 'wysyłk*', 'przesyłk*', 'paczk*', 'opóźnie*', 'kurier*', 'nie dotarła', 'nie dotarło'],
    product: ['uszkodz*', 'zepsut*', 'wadliw*', 'jakość', 'jakości', 'zły rozmiar', 'zły produkt', 'brakował*'],
    service: ['obsługa klienta', 'biuro obsługi', 'brak odpowiedzi', 'nie odpowiadają', 'niemił*', 'niegrzeczn*'],
    technical: ['błąd', 'błędy', 'błędu', 'nie działa', 'techniczn*'],
  },
  problemCues: ['niestety', 'problem*', 'nadal czekam', 'nie otrzymałem', 'nie otrzymałam', 'brakuje', 'uszkodz*', 'reklamacj*', 'skarg*'],
  positiveWords: ['super', 'świetn*', 'doskonał*', 'rewelac*', 'idealn*', 'zadowolon*', 'polecam', 'dziękuję', 'szybko', 'miła', 'miły', 'profesjonaln*'],
  negativeWords: ['zły', 'zła', 'złe', 'fataln*', 'okropn*', 'rozczarowan*', 'niezadowolon*', 'najgorsz*', 'nie polecam', 'odradzam'],
  promoPhrases: ['kliknij tutaj', 'kup teraz', 'kod rabatowy', 'kodu rabatowego', 'kodem rabatowym', 'zarabiaj', 'zarób', 'obserwuj mnie', 'odwiedź mój'],
  unrelatedPhrases: ['zła firma', 'to jest test', 'testowa opinia'],
};
