import { describe, expect, it } from 'vitest';
import { interpolate, lookup, translate, type MessageTree } from '../../../src/i18n/messages';

const swedish: MessageTree = { startup: { retry: 'Försök igen' }, greeting: 'Hej {name}!' };

describe('translate', () => {
  it('uses the locale string when present', () => {
    expect(translate(swedish, 'startup.retry')).toBe('Försök igen');
  });

  it('falls back to English for a key the locale lacks', () => {
    expect(translate(swedish, 'startup.error')).toBe("Couldn't read this ticket from Zendesk.");
  });

  it('returns the key itself when no locale has it, instead of throwing', () => {
    expect(translate(swedish, 'no.such.key')).toBe('no.such.key');
  });

  it('does not treat a branch of the tree as a message', () => {
    expect(translate(swedish, 'startup')).toBe('startup');
    expect(lookup(swedish, 'startup.retry.deeper')).toBeUndefined();
  });

  it('interpolates parameters and keeps unknown ones visible', () => {
    expect(translate(swedish, 'greeting', { name: 'Anna' })).toBe('Hej Anna!');
    expect(interpolate('{count} of {total}', { count: 3 })).toBe('3 of {total}');
  });

  it('does not interpret parameter values as further placeholders', () => {
    expect(interpolate('Hi {name}', { name: '{name}{x}' })).toBe('Hi {name}{x}');
  });
});
