import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../../../src/domain/language/lexicons';
import { withoutMetadataLines } from '../../../src/domain/review/metadataLines';
import { parseReview } from '../../../src/domain/review/parseReview';
import { REVIEW_LANGUAGES } from '../../../src/domain/types';
import { makeSettings, makeTicket } from '../../factories';

const URL = 'https://www.trustpilot.com/reviews/6650ab';
const capitalised = (label: string): string => `${label.charAt(0).toUpperCase()}${label.slice(1)}`;

describe('withoutMetadataLines', () => {
  for (const language of REVIEW_LANGUAGES) {
    it(`drops the reference line in every ${language} wording`, () => {
      for (const label of LEXICONS[language].referenceLabels) {
        for (const line of [`${capitalised(label)}: AB-12345`, `${label} : #AB-12345.`]) {
          expect(withoutMetadataLines(`Good chair.\n${line}\nFast delivery.`, 'AB-12345', null), line).toBe(
            'Good chair.\nFast delivery.',
          );
        }
      }
    });
  }

  it.each([
    '',
    'Review: ',
    'Recension: ',
    'Avis : ',
    'Anmeldelse: ',
    'Bewertung – ',
    "Lien vers l'avis : ",
    'Link to review: ',
  ])('drops the link line "%s<url>"', (label) => {
    expect(withoutMetadataLines(`Good chair.\n\n${label}${URL}`, null, URL)).toBe('Good chair.');
  });

  it('keeps a link inside a sentence', () => {
    const text = `I also wrote it on ${URL} yesterday.\nReview: ${URL}`;
    expect(withoutMetadataLines(text, null, URL)).toBe(`I also wrote it on ${URL} yesterday.`);
  });

  it('keeps lines whose value the card does not show', () => {
    const text = 'Order number: 11111\nOrder number: 22222\nReview: https://www.trustpilot.com/review/shop.example';
    expect(withoutMetadataLines(text, '22222', URL)).toBe(
      'Order number: 11111\nReview: https://www.trustpilot.com/review/shop.example',
    );
  });

  it('keeps a sentence that mentions the reference', () => {
    const text = 'My order AB-12345 never came.';
    expect(withoutMetadataLines(text, 'AB-12345', null)).toBe(text);
  });
});

describe('parseReview metadata lines', () => {
  it.each([
    [
      'en',
      'Rating: 4/5\nReference number: AB-12345\nReview: https://www.trustpilot.com/reviews/6650ab\n\nFast delivery.',
    ],
    [
      'sv',
      'Betyg: 4/5\nReferensnummer: AB-12345\nRecension: https://se.trustpilot.com/reviews/6650ab\n\nSnabb leverans.',
    ],
    [
      'fr',
      'Note : 4/5\nNuméro de commande : AB-12345\nAvis : https://fr.trustpilot.com/reviews/6650ab\n\nLivraison rapide.',
    ],
    [
      'da',
      'Bedømmelse: 4/5\nReferencenummer: AB-12345\nAnmeldelse: https://dk.trustpilot.com/reviews/6650ab\n\nHurtig levering.',
    ],
    [
      'de',
      'Bewertung: 4/5\nReferenznummer: AB-12345\nBewertung: https://de.trustpilot.com/reviews/6650ab\n\nSchnelle Lieferung.',
    ],
  ])('keeps only the review in the %s text, the reference and link in their fields', (_language, description) => {
    const review = parseReview(makeTicket({ description }), makeSettings());
    expect(review.text).toBe(description.split('\n').at(-1));
    expect(review.reference).toBe('AB-12345');
    expect(review.reviewUrl).toMatch(/^https:\/\/[a-z]+\.trustpilot\.com\/reviews\/6650ab$/);
    expect(review.stars).toBe(4);
  });
});
