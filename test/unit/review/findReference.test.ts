import { describe, expect, it } from 'vitest';
import { findReference, findReviewUrl, safeTrustpilotUrl } from '../../../src/domain/review/findReference';

describe('findReference', () => {
  it('takes a label only as a word of its own, also right after a label inside a word', () => {
    expect(findReference('I want to reorder 12345 times')).toBeNull();
    expect(findReference('Preorder ref 88123, please')).toBe('88123');
    expect(findReference('𝐀order 55123')).toBeNull();
  });

  it.each([
    ['Reference number: ABC-12345', 'ABC-12345'],
    ['Order number 100234 never arrived', '100234'],
    ['My order #55821 was late', '55821'],
    ['Ordernummer: 99812', '99812'],
    ['Numéro de commande : FR-2211', 'FR-2211'],
    ['Bestellnummer 7788-22', '7788-22'],
    ['Ordrenummer: 44551', '44551'],
    ['Número de pedido: ES7781', 'ES7781'],
    ['Tilausnumero 123456', '123456'],
    ['Numero ordine: 998877', '998877'],
    ['Numer zamówienia: PL-1234', 'PL-1234'],
    ['It was #123456 in the confirmation', '123456'],
  ])('finds the reference in "%s"', (text, reference) => {
    expect(findReference(text)).toBe(reference);
  });

  it.each([['I ordered 3 times'], ['My order was late'], ['Bestellung vom Montag'], ['Call #12'], ['']])(
    'finds no reference in "%s"',
    (text) => {
      expect(findReference(text)).toBeNull();
    },
  );
});

describe('safeTrustpilotUrl', () => {
  it('accepts http(s) links to trustpilot.com and its subdomains', () => {
    expect(safeTrustpilotUrl('https://www.trustpilot.com/reviews/abc123')).toBe(
      'https://www.trustpilot.com/reviews/abc123',
    );
    expect(safeTrustpilotUrl('http://uk.trustpilot.com/review/shop.example')).toBe(
      'http://uk.trustpilot.com/review/shop.example',
    );
  });

  it.each([
    'javascript:alert(1)',
    'https://trustpilot.com.evil.example/reviews/1',
    'https://evil.example/?u=trustpilot.com',
    'https://user:pw@www.trustpilot.com/reviews/1',
    'ftp://www.trustpilot.com/reviews/1',
    'data:text/html,<script>alert(1)</script>',
    '//www.trustpilot.com/reviews/1',
    'not a url',
  ])('rejects %s', (url) => {
    expect(safeTrustpilotUrl(url)).toBeNull();
  });

  it('rejects what is not a string', () => {
    expect(safeTrustpilotUrl(42)).toBeNull();
  });
});

describe('findReviewUrl', () => {
  it('prefers the link to the review itself, from text or markup', () => {
    expect(
      findReviewUrl(
        'See https://www.trustpilot.com/evaluate/shop and <a href="https://www.trustpilot.com/reviews/65f0?a=1&amp;b=2">review</a>',
      ),
    ).toBe('https://www.trustpilot.com/reviews/65f0?a=1&b=2');
  });

  it('ignores links elsewhere', () => {
    expect(findReviewUrl('Visit https://shop.example/reviews/1 now')).toBeNull();
  });
});
