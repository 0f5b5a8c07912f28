import { describe, expect, it } from 'vitest';
import { firstNameOf, parseReviewer, placeholderEmail } from '../../../src/domain/review/parseReviewer';
import { makeUser } from '../../factories';

describe('parseReviewer', () => {
  it('takes the requester name, and the first name for greetings', () => {
    expect(parseReviewer(makeUser({ id: 7, name: 'Anna Svensson', email: 'anna@example.com', locale: 'sv' }))).toEqual({
      name: 'Anna Svensson',
      firstName: 'Anna',
      anonymous: false,
      id: 7,
      email: 'anna@example.com',
      locale: 'sv',
    });
  });

  it.each([
    'Anonymous Trustpilot reviewer',
    'anonymous',
    'Anonym',
    'Utilisateur anonyme',
    'Anonymer Nutzer',
    'Anoniem',
    'Usuario anónimo',
    'Anonimowy użytkownik',
    'Nimetön',
    '',
    '   ',
  ])('treats "%s" as an anonymous reviewer', (name) => {
    const reviewer = parseReviewer(makeUser({ name, email: '' }));
    expect(reviewer.anonymous).toBe(true);
    expect(reviewer.name).toBe('');
    expect(reviewer.firstName).toBe('');
  });

  it('treats a Gorgias-style anonymous address as anonymous whatever the name', () => {
    expect(parseReviewer(makeUser({ name: 'Trustpilot Reviews', email: 'anonymous@gorgias.com' })).anonymous).toBe(
      true,
    );
    expect(parseReviewer(makeUser({ name: 'Customer', email: 'reviewer@anonymous.trustpilot.com' })).anonymous).toBe(
      true,
    );
  });

  it('treats a no-reply address as anonymous only without a real name', () => {
    expect(parseReviewer(makeUser({ name: 'noreply', email: 'noreply@trustpilot.com' })).anonymous).toBe(true);
    expect(parseReviewer(makeUser({ name: 'Marie Curie', email: 'noreply@trustpilot.com' })).anonymous).toBe(false);
    expect(parseReviewer(makeUser({ name: 'noreply', email: 'noreply@shop.example' })).anonymous).toBe(false);
  });

  it('keeps real names that contain a placeholder word', () => {
    expect(parseReviewer(makeUser({ name: 'Anonymous Bosch', email: '' })).anonymous).toBe(false);
    expect(parseReviewer(makeUser({ name: 'Trustpilot Fan Club', email: '' })).anonymous).toBe(false);
  });

  it('is anonymous without a requester', () => {
    expect(parseReviewer(null)).toEqual({ name: '', firstName: '', anonymous: true, id: null, email: '', locale: '' });
  });
});

describe('firstNameOf', () => {
  it.each([
    ['Anna Svensson', 'Anna'],
    ['Jean-Luc Picard', 'Jean-Luc'],
    ['Mr Smith', 'Mr Smith'],
    ['Frau Dr. Müller', 'Frau Dr. Müller'],
    ['Smith, John', 'John'],
    ['Madonna', 'Madonna'],
    ['anna@example.com', ''],
  ])('greets "%s" as "%s"', (name, first) => {
    expect(firstNameOf(name)).toBe(first);
  });
});

describe('placeholderEmail', () => {
  it('recognises anonymous and no-reply placeholder addresses precisely', () => {
    expect(placeholderEmail('Anonymous@Gorgias.com')).toBe('anonymous');
    expect(placeholderEmail('anonymous.reviewer+123@shop.example')).toBe('anonymous');
    expect(placeholderEmail('no-reply@invitations.trustpilot.com')).toBe('noreply');
    expect(placeholderEmail('donotreply@gorgias.io')).toBe('noreply');
    expect(placeholderEmail('noreplyjoe@trustpilot.com')).toBeNull();
    expect(placeholderEmail('anna@example.com')).toBeNull();
    expect(placeholderEmail('not an address')).toBeNull();
  });
});
