import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../../src/domain/settings';
import { fillTemplate } from '../../../src/domain/templates/fillTemplate';
import { knownValuesFor } from '../../../src/domain/templates/knownValues';
import { htmlToText } from '../../../src/domain/review/htmlToText';
import { lookup, translate } from '../../../src/i18n/messages';
import { makeReview, makeSettings } from '../../factories';
import { LATE_DELIVERY, NORDIC_HOME } from '../proofread/fixtures';

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'];

describe('names that are also Object.prototype properties', () => {
  it.each(PROTOTYPE_NAMES)('[%s] in a template is an open field like any other', (name) => {
    const filled = fillTemplate(`Dear [${name}], thanks. [Customer name]`, {
      known: { customerName: 'Anna' },
      anonymousReviewer: false,
      fields: {},
    });
    expect(filled.text).toBe(`Dear [${name}], thanks. Anna`);
    expect(filled.open.map((open) => open.label)).toEqual([name]);
  });

  it.each(PROTOTYPE_NAMES)('[%s] is filled with what the agent typed for it', (name) => {
    const fields: Record<string, string> = Object.fromEntries([[name.toLowerCase(), 'typed']]);
    expect(fillTemplate(`Hi [${name}]`, { known: {}, anonymousReviewer: false, fields }).text).toBe('Hi typed');
  });

  it.each(PROTOTYPE_NAMES)('a signature with [%s] still gives the known values', (name) => {
    const values = knownValuesFor({
      review: makeReview(LATE_DELIVERY),
      settings: makeSettings({ ...NORDIC_HOME, signature: `[${name}] [Your Name]`, companyName: 'Nordic Home' }),
      agent: { name: 'Maja Berg' },
      language: 'en',
    });
    expect(values.known.signature).toBe(`[${name}] Maja Berg`);
    expect(values.known.customerName).toBe('Anna');
  });

  it('a salutation word such as "constructor" before a dropped name is left as written', () => {
    const filled = fillTemplate('constructor [Customer name], thanks', {
      known: {},
      anonymousReviewer: true,
      fields: {},
    });
    expect(filled.text).toBe('constructor, thanks');
  });

  it('settings named like prototype properties are ignored, and own values are read', () => {
    const raw = JSON.parse(
      '{"__proto__": {"companyName": "Evil"}, "constructor": "x", "signature": "Maja"}',
    ) as unknown;
    const settings = parseSettings(raw);
    expect(settings.companyName).toBe('');
    expect(settings.signature).toBe('Maja');
    expect(parseSettings(Object.create({ companyName: 'Inherited' })).companyName).toBe('');
  });

  it('translation keys that name prototype properties find nothing and show the key', () => {
    expect(lookup({ app: { title: 'T' } }, 'app.constructor')).toBeUndefined();
    expect(lookup({ app: { title: 'T' } }, '__proto__.toString')).toBeUndefined();
    expect(translate({}, 'constructor', undefined, {})).toBe('constructor');
    expect(translate({ a: 'Hi {toString}' }, 'a', {})).toBe('Hi {toString}');
  });

  it('entities named like prototype properties stay as written in a review', () => {
    expect(htmlToText('<p>&valueOf; &constructor; &amp;</p>')).toBe('&valueOf; &constructor; &');
  });
});
