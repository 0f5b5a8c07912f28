import { describe, expect, it } from 'vitest';
import { classifyScenario } from '../../../src/domain/scenario/classifyScenario';
import { REVIEW_LANGUAGES } from '../../../src/domain/types';
import { SAMPLES } from '../language/samples';
import { makeReview } from '../../factories';

describe('classifyScenario by stars', () => {
  it.each([
    [1, 'negative'],
    [2, 'negative'],
    [3, 'neutral'],
    [4, 'positive'],
    [5, 'positive'],
  ] as const)('places a %i-star review as %s', (stars, scenario) => {
    const result = classifyScenario(makeReview({ stars, text: 'Nothing more to say.' }));
    expect(result).toEqual({ scenario, signals: [{ code: 'starsFromTags', evidence: `rating_${stars}` }] });
  });

  it('names the rating line when the stars came from the text', () => {
    const result = classifyScenario(
      makeReview({ stars: 2, starsFromTags: null, starsFromText: 2, ratingText: '★★☆☆☆' }),
    );
    expect(result.signals[0]).toEqual({ code: 'starsFromText', evidence: '★★☆☆☆' });
  });

  it('reports a conflict between tags and text', () => {
    const result = classifyScenario(makeReview({ stars: 5, starsFromTags: 5, starsFromText: 2, starsConflict: true }));
    expect(result.scenario).toBe('positive');
    expect(result.signals).toContainEqual({ code: 'starsConflict', evidence: '5 ≠ 2' });
  });
});

describe('classifyScenario without stars', () => {
  it("follows the connector's sentiment tag", () => {
    expect(classifyScenario(makeReview({ stars: null, tags: ['trustpilot', 'trustpilot_negative'] }))).toEqual({
      scenario: 'negative',
      signals: [{ code: 'starsMissing' }, { code: 'sentimentTag', evidence: 'trustpilot_negative' }],
    });
  });

  it('weighs praise against criticism', () => {
    expect(classifyScenario(makeReview({ stars: null, text: 'Terrible, rude staff, awful.' })).scenario).toBe(
      'negative',
    );
    expect(classifyScenario(makeReview({ stars: null, text: 'Excellent and friendly, perfect!' })).scenario).toBe(
      'positive',
    );
  });

  it('is neutral when nothing tells', () => {
    expect(classifyScenario(makeReview({ stars: null, text: 'I bought a chair.' }))).toEqual({
      scenario: 'neutral',
      signals: [{ code: 'starsMissing' }],
    });
  });
});

describe('classifyScenario for questions', () => {
  for (const language of REVIEW_LANGUAGES) {
    it(`sees a direct question in ${language}, whatever the rating`, () => {
      for (const stars of [2, 3, 5] as const) {
        const result = classifyScenario(makeReview({ stars, language, text: SAMPLES[language].question }));
        expect(result.scenario, `${stars}★`).toBe('question');
        expect(result.signals[0]).toEqual({ code: 'directQuestion', evidence: SAMPLES[language].question });
      }
    });
  }

  it('takes a plain question in a 3-star review as a question', () => {
    expect(classifyScenario(makeReview({ stars: 3, text: 'Good chair. Is the cover washable?' })).signals[0]).toEqual({
      code: 'questionMark',
      evidence: 'Is the cover washable?',
    });
  });

  it('does not take a rhetorical question in praise for a question', () => {
    expect(classifyScenario(makeReview({ stars: 5, text: "Who doesn't love free shipping?" })).scenario).toBe(
      'positive',
    );
  });

  it('sees a request without a question mark', () => {
    expect(classifyScenario(makeReview({ stars: 3, text: 'Could you tell me how to return it.' })).scenario).toBe(
      'question',
    );
  });

  it.each([
    ['de', 'Kann man die Bezüge auch einzeln nachbestellen?'],
    ['sv', 'Kan man beställa överdragen separat?'],
    ['da', 'Kan man bestille betrækkene separat?'],
    ['fr', 'Peut-on commander les housses séparément ?'],
    ['en', 'Can I order the covers separately?'],
  ] as const)('takes a 4-star %s review asking "%s" for a question', (language, question) => {
    const result = classifyScenario(makeReview({ stars: 4, language, text: question }));
    expect(result.scenario).toBe('question');
    expect(result.signals[0]).toEqual({ code: 'directQuestion', evidence: question });
  });

  it('keeps a very dissatisfied question negative', () => {
    const result = classifyScenario(makeReview({ stars: 1, text: 'Where is my order? Total scam, never again!' }));
    expect(result.scenario).toBe('negative');
    expect(result.signals).toEqual([
      { code: 'starsFromTags', evidence: 'rating_1' },
      { code: 'strongDissatisfaction', evidence: 'scam, never again' },
      { code: 'directQuestion', evidence: 'Where is my order?' },
    ]);
  });
});

describe('classifyScenario for spam', () => {
  it('sees an advertising link', () => {
    const result = classifyScenario(
      makeReview({ stars: 5, text: 'Best deals! Click here: https://cheap.example', links: ['https://cheap.example'] }),
    );
    expect(result.scenario).toBe('spam');
    expect(result.signals.slice(0, 2)).toEqual([
      { code: 'promotionalLink', evidence: 'cheap.example' },
      { code: 'promotionalText', evidence: 'click here' },
    ]);
  });

  it('sees advertising in other languages', () => {
    expect(classifyScenario(makeReview({ text: 'Kup teraz! Kod rabatowy PROMO' })).signals[0]).toEqual({
      code: 'promotionalText',
      evidence: 'kup teraz, kod rabatowy',
    });
    expect(classifyScenario(makeReview({ text: 'Cliquez ici, code promo' })).scenario).toBe('spam');
  });

  it('sees many links', () => {
    const links = ['https://a.example', 'https://b.example', 'http://c.example/x'];
    expect(classifyScenario(makeReview({ links })).signals[0]).toEqual({
      code: 'manyLinks',
      evidence: 'a.example, b.example, c.example',
    });
  });

  it('does not count Trustpilot links or one link to a shop', () => {
    const links = [
      'https://www.trustpilot.com/reviews/1',
      'https://uk.trustpilot.com/review/x',
      'https://shop.example',
    ];
    expect(classifyScenario(makeReview({ stars: 5, text: 'Lovely shop.', links })).scenario).toBe('positive');
  });

  it('sees reviews about something else', () => {
    expect(classifyScenario(makeReview({ text: 'Sorry, wrong company.' })).signals[0]).toEqual({
      code: 'unrelated',
      evidence: 'wrong company',
    });
    expect(classifyScenario(makeReview({ text: 'Das ist ein Test' })).scenario).toBe('spam');
  });

  it('sees gibberish, but not emoji or other scripts', () => {
    expect(classifyScenario(makeReview({ text: 'asdfgh qwrtzp xkcdvbn lkjhgf' })).signals[0]).toEqual({
      code: 'gibberish',
    });
    expect(classifyScenario(makeReview({ stars: 5, text: '👍👍👍' })).scenario).toBe('positive');
    expect(classifyScenario(makeReview({ stars: 5, text: 'Очень хороший магазин, быстрая доставка' })).scenario).toBe(
      'positive',
    );
  });

  it('does not take praise with one advertising-like word for spam', () => {
    expect(
      classifyScenario(makeReview({ stars: 5, text: 'They answered on Telegram within minutes, great.' })).scenario,
    ).toBe('positive');
  });
});

describe('classifyScenario in every language', () => {
  for (const language of REVIEW_LANGUAGES) {
    const samples = SAMPLES[language];
    describe(language, () => {
      it('sees advertising as spam', () => {
        const result = classifyScenario(makeReview({ stars: 5, language, text: samples.promo }));
        expect(result.scenario).toBe('spam');
        expect(result.signals[0]?.code).toBe('promotionalText');
      });

      it('sees a review about something else as spam', () => {
        const result = classifyScenario(makeReview({ stars: 1, language, text: samples.unrelated }));
        expect(result.scenario).toBe('spam');
        expect(result.signals[0]?.code).toBe('unrelated');
      });

      it('places an unrated review by its words', () => {
        expect(classifyScenario(makeReview({ stars: null, language, text: samples.criticism })).scenario).toBe(
          'negative',
        );
        expect(classifyScenario(makeReview({ stars: null, language, text: samples.praise })).scenario).toBe('positive');
      });

      it('keeps a very dissatisfied question negative', () => {
        const text = `${samples.question} ${samples.strong}`;
        const result = classifyScenario(makeReview({ stars: 1, language, text }));
        expect(result.scenario).toBe('negative');
        expect(result.signals.map((signal) => signal.code)).toEqual([
          'starsFromTags',
          'strongDissatisfaction',
          'directQuestion',
        ]);
      });

      it('does not take plain praise or criticism for a question or spam', () => {
        expect(classifyScenario(makeReview({ stars: 5, language, text: samples.praise })).scenario).toBe('positive');
        expect(classifyScenario(makeReview({ stars: 2, language, text: samples.criticism })).scenario).toBe('negative');
      });
    });
  }
});
