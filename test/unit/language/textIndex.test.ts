import { describe, expect, it } from 'vitest';
import {
  compilePhrase,
  findPhrases,
  fold,
  indexText,
  MAX_ANALYSED_CHARS,
  startsWithPhrase,
  tokenize,
} from '../../../src/domain/language/textIndex';

describe('tokenize and fold', () => {
  it('splits on anything but letters and digits, lowercased', () => {
    expect(tokenize("Don't — STOP! Order #123, l'adresse")).toEqual([
      'don',
      't',
      'stop',
      'order',
      '123',
      'l',
      'adresse',
    ]);
  });

  it('removes accents and folds Nordic and Polish letters', () => {
    expect(
      ['Étoile', 'Bedrägeri', 'Løgnere', 'Straße', 'Złodzieje', 'Ærlig'].map((w) => fold(w.toLowerCase())),
    ).toEqual(['etoile', 'bedrageri', 'lognere', 'strasse', 'zlodzieje', 'aerlig']);
  });

  it('analyses only the first part of a huge text', () => {
    expect(tokenize(`${'a '.repeat(MAX_ANALYSED_CHARS)}tail`)).not.toContain('tail');
  });
});

describe('findPhrases', () => {
  const index = indexText('They REFUNDED nothing. Never again! Jamais reçu, étoiles…');

  it('finds words, phrases and stems, reporting the words as written', () => {
    expect(findPhrases(index, ['refund*', 'never again', 'again never', 'jamais recu', 'etoile*'])).toEqual([
      'refunded',
      'never again',
      'jamais reçu',
      'étoiles',
    ]);
  });

  it('matches whole words only, unless the entry is a stem', () => {
    expect(findPhrases(index, ['refund', 'never aga', 'the'])).toEqual([]);
  });

  it('treats short stems as whole words', () => {
    expect(compilePhrase('ab*')).toEqual({ source: 'ab*', words: ['ab'], stem: false });
    expect(compilePhrase('...')).toBeNull();
  });

  it('finds an entry "A … B" with at most three words between its parts, in that order', () => {
    const text = indexText('Nie habe ich etwas bekommen. The wrong and very old invoice.');
    expect(findPhrases(text, ['nie … bekommen', 'wrong … invoice*', 'invoice … wrong'])).toEqual([
      'nie habe ich etwas bekommen',
      'wrong and very old invoice',
    ]);
    expect(findPhrases(indexText('never did we, in all those years, get a reply'), ['never … get'])).toEqual([]);
    expect(compilePhrase('falsch* … rechnung*')?.then).toEqual({
      source: 'rechnung*',
      words: ['rechnung'],
      stem: true,
    });
  });

  it('checks the start of a sentence', () => {
    const sentence = indexText('Can you help me?');
    expect(startsWithPhrase(sentence, compilePhrase('can you') ?? { source: '', words: [], stem: false })).toBe(true);
    expect(startsWithPhrase(sentence, compilePhrase('help me') ?? { source: '', words: [], stem: false })).toBe(false);
  });
});
