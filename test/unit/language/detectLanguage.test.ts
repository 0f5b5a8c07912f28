import { describe, expect, it } from 'vitest';
import { detectLanguage, languageFromLocale } from '../../../src/domain/language/detectLanguage';
import { REVIEW_LANGUAGES } from '../../../src/domain/types';
import { SAMPLES } from './samples';

describe('detectLanguage', () => {
  for (const language of REVIEW_LANGUAGES) {
    const samples = SAMPLES[language];
    it(`recognises ${language} in a typical review`, () => {
      expect(detectLanguage(`${samples.praise} ${samples.severalProblems}`, 'en-US')).toEqual({
        language,
        detected: true,
      });
    });
    it(`recognises ${language} in a complaint with a question`, () => {
      expect(detectLanguage(`${samples.personalData} ${samples.question}`, null)).toEqual({ language, detected: true });
    });
  }

  it('tells Danish from Norwegian by the words only one of them uses', () => {
    expect(detectLanguage('Jeg er meget skuffet over hvad jeg fik', null).language).toBe('da');
    expect(detectLanguage('Jeg er veldig skuffet over hva jeg fikk', null).language).toBe('no');
  });

  it("falls back to the requester's locale when the text says too little", () => {
    expect(detectLanguage('👍👍👍', 'sv-SE')).toEqual({ language: 'sv', detected: false });
    expect(detectLanguage('', 'nb')).toEqual({ language: 'no', detected: false });
    expect(detectLanguage('Super!', 'de')).toEqual({ language: 'de', detected: false });
  });

  it('falls back to English for an unknown locale', () => {
    expect(detectLanguage('12345', 'ja-JP')).toEqual({ language: 'en', detected: false });
    expect(detectLanguage('', undefined)).toEqual({ language: 'en', detected: false });
  });

  it('decides a short review by a single telling word', () => {
    expect(detectLanguage('Tack!', 'en')).toEqual({ language: 'sv', detected: true });
    expect(detectLanguage('Merci', 'en')).toEqual({ language: 'fr', detected: true });
  });

  it('prefers the locale when two languages score the same', () => {
    expect(detectLanguage('Jeg er', 'nb-NO').language).toBe('no');
    expect(detectLanguage('Jeg er', 'da').language).toBe('da');
  });
});

describe('languageFromLocale', () => {
  it('maps Zendesk locales to review languages', () => {
    expect(languageFromLocale('fr-CA')).toBe('fr');
    expect(languageFromLocale('nn')).toBe('no');
    expect(languageFromLocale('pt-BR')).toBeNull();
    expect(languageFromLocale(undefined)).toBeNull();
  });
});
