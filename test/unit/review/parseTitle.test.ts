import { describe, expect, it } from 'vitest';
import { parseTitle } from '../../../src/domain/review/parseTitle';

describe('parseTitle', () => {
  it('uses the subject as the title', () => {
    expect(parseTitle('  Fast   delivery, great prices ')).toBe('Fast delivery, great prices');
  });

  it.each([
    'New Trustpilot review',
    'new trustpilot review',
    'Nytt Trustpilot-omdöme',
    'Nouvel avis Trustpilot',
    'Ny Trustpilot-anmeldelse',
    'Neue Trustpilot-Bewertung',
    'Nieuwe Trustpilot-review',
    'Nueva reseña de Trustpilot',
    'Uusi Trustpilot-arvostelu',
    'Nuova recensione Trustpilot',
    'Nowa opinia na Trustpilot',
    'Trustpilot',
    '',
    '   ',
  ])('treats "%s" as no title', (subject) => {
    expect(parseTitle(subject)).toBeNull();
  });

  it('keeps the title a connector appends after its default', () => {
    expect(parseTitle('New Trustpilot review: Great shop')).toBe('Great shop');
    expect(parseTitle('Neue Trustpilot-Bewertung – Schnelle Lieferung')).toBe('Schnelle Lieferung');
  });

  it('treats a connector default followed by a name as no title', () => {
    expect(parseTitle('New Trustpilot review from Anna')).toBeNull();
  });

  it('keeps a reviewer title that only starts like an unbranded default', () => {
    expect(parseTitle('New review of an old favourite')).toBe('New review of an old favourite');
  });
});
