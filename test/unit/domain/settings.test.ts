import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '../../../src/domain/settings';

describe('parseSettings', () => {
  it('gives the defaults for missing or malformed settings', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ responseTargetNegativeHours: 'soon', historyLimit: -4 })).toEqual(DEFAULT_SETTINGS);
  });

  it('reads tags separated by commas or spaces, lower-cased', () => {
    expect(parseSettings({ reviewTags: ' Trustpilot,  reviews-tp  other ' }).reviewTags).toEqual([
      'trustpilot',
      'reviews-tp',
      'other',
    ]);
  });

  it('reads numbers given as numbers or strings and caps them', () => {
    const settings = parseSettings({
      responseTargetNegativeHours: '12',
      responseTargetOtherHours: 48,
      historyLimit: 5000,
    });
    expect(settings.responseTargetNegativeHours).toBe(12);
    expect(settings.responseTargetOtherHours).toBe(48);
    expect(settings.historyLimit).toBe(1000);
  });

  it('reads checkboxes as Zendesk sends them', () => {
    expect(parseSettings({ showOnOtherTickets: true }).showOnOtherTickets).toBe(true);
    expect(parseSettings({ showOnOtherTickets: 'true' }).showOnOtherTickets).toBe(true);
    expect(parseSettings({ showOnOtherTickets: false }).showOnOtherTickets).toBe(false);
  });

  it('keeps phrases to avoid one per line, and template texts as written', () => {
    const settings = parseSettings({
      phrasesToAvoid: 'no way\r\n\n  not our fault ',
      templateNegative1: '# Sorry\nHi [Customer name]',
    });
    expect(settings.phrasesToAvoid).toEqual(['no way', 'not our fault']);
    expect(settings.templateTexts.templateNegative1).toBe('# Sorry\nHi [Customer name]');
    expect(settings.templateTexts.customTemplates).toBe('');
  });
});
