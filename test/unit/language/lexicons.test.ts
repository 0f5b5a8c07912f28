import { describe, expect, it } from 'vitest';
import { ANALYSIS_LEXICONS } from '../../../src/domain/language/analysis';
import {
  PERSONAL_DATA_KINDS,
  PROBLEM_TOPICS,
  type AnalysisLexicon,
  type CoreLexicon,
} from '../../../src/domain/language/lexicon';
import { LEXICONS } from '../../../src/domain/language/lexicons';
import { compilePhrase } from '../../../src/domain/language/textIndex';
import { REVIEW_LANGUAGES } from '../../../src/domain/types';

/** Every list of a lexicon with its name, nested groups included. */
function listsOf(lexicon: CoreLexicon & AnalysisLexicon): Array<[string, readonly string[]]> {
  const lists: Array<[string, readonly string[]]> = [];
  for (const [name, value] of Object.entries(lexicon)) {
    if (Array.isArray(value)) lists.push([name, value as readonly string[]]);
    else
      for (const [group, words] of Object.entries(value as Record<string, readonly string[]>))
        lists.push([`${name}.${group}`, words]);
  }
  return lists;
}

/** Lists a language may leave empty because it has no such words. */
const MAY_BE_EMPTY = new Set(['fi:honorifics', 'fi:outOfWords']);

describe('lexicons', () => {
  it('exist for every review language', () => {
    expect(Object.keys(LEXICONS).sort()).toEqual([...REVIEW_LANGUAGES].sort());
    expect(Object.keys(ANALYSIS_LEXICONS).sort()).toEqual([...REVIEW_LANGUAGES].sort());
  });

  for (const language of REVIEW_LANGUAGES) {
    const lexicon = { ...LEXICONS[language], ...ANALYSIS_LEXICONS[language] };
    describe(language, () => {
      it('has every list filled', () => {
        for (const [name, words] of listsOf(lexicon)) {
          if (!MAY_BE_EMPTY.has(`${language}:${name}`)) expect(words.length, `${language} ${name}`).toBeGreaterThan(0);
        }
        expect(Object.keys(lexicon.personalData).sort()).toEqual([...PERSONAL_DATA_KINDS].sort());
        expect(Object.keys(lexicon.topics).sort()).toEqual([...PROBLEM_TOPICS].sort());
      });

      it('writes entries in lowercase, without repeats or stray spaces', () => {
        for (const [name, words] of listsOf(lexicon)) {
          for (const word of words) {
            expect(word, `${language} ${name}`).toBe(word.toLowerCase().trim());
            expect(word, `${language} ${name}`).not.toMatch(/\s{2,}/);
          }
          expect(new Set(words).size, `${language} ${name} repeats an entry`).toBe(words.length);
        }
      });

      it('has entries that compile to words, stems of at least three letters', () => {
        for (const [name, words] of listsOf(lexicon)) {
          for (const word of words) {
            const phrase = compilePhrase(word);
            expect(phrase, `${language} ${name}: "${word}"`).not.toBeNull();
            // "A … B": each part is checked on its own.
            const parts = word.split(' … ');
            const compiled = [phrase, phrase?.then];
            parts.forEach((part, i) => {
              if (part.endsWith('*'))
                expect(compiled[i]?.stem, `${language} ${name}: "${word}" is too short a stem`).toBe(true);
            });
            expect(parts.length, `${language} ${name}: "${word}" has one gap at most`).toBeLessThanOrEqual(2);
          }
        }
      });
    });
  }
});
