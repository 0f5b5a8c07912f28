import { describe, expect, it } from 'vitest';
import { parseTemplateSetting } from '../../../src/domain/templates/settingsFormat';

const lines = (...text: string[]): string => text.join('\n');

describe('parseTemplateSetting', () => {
  it('treats an empty or blank setting as "use the built-in template"', () => {
    expect(parseTemplateSetting('templateNegative1', '')).toEqual({
      setting: 'templateNegative1',
      empty: true,
      templates: [],
      problems: [],
    });
    expect(parseTemplateSetting('templateNegative1', ' \n\t\n').empty).toBe(true);
    expect(parseTemplateSetting('templateNegative1', undefined).empty).toBe(true);
    expect(parseTemplateSetting('templateNegative1', 42).empty).toBe(true);
  });

  it('reads text without a language line as one English template', () => {
    const parsed = parseTemplateSetting('templateNegative1', '\nHi [Customer name],\n\nSorry.\n\n');
    expect(parsed.problems).toEqual([]);
    expect(parsed.templates).toEqual([
      {
        language: 'en',
        title: null,
        scenario: 'any',
        type: 'publicReply',
        body: 'Hi [Customer name],\n\nSorry.',
        line: 2,
        valid: true,
      },
    ]);
  });

  it('splits language sections and titled templates', () => {
    const parsed = parseTemplateSetting(
      'templatePositive5',
      lines(
        '== en ==',
        'Thanks!',
        '',
        '== SV-se ==',
        '# Kort',
        'Tack!',
        '# Längre',
        'Tack så mycket!',
        '',
        '=== da ===',
        'Tak!',
      ),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.templates.map(({ language, title, body, line }) => ({ language, title, body, line }))).toEqual([
      { language: 'en', title: null, body: 'Thanks!', line: 2 },
      { language: 'sv', title: 'Kort', body: 'Tack!', line: 5 },
      { language: 'sv', title: 'Längre', body: 'Tack så mycket!', line: 7 },
      { language: 'da', title: null, body: 'Tak!', line: 11 },
    ]);
  });

  it('accepts Windows line endings and trailing spaces', () => {
    const parsed = parseTemplateSetting('templateQuestion', '== fr ==  \r\nBonjour [Prénom du client],  \r\nMerci');
    expect(parsed.templates[0]?.body).toBe('Bonjour [Prénom du client],\nMerci');
    expect(parsed.problems).toEqual([]);
  });

  it('reports an unknown language with its line and skips that section', () => {
    const parsed = parseTemplateSetting('templateNeutral3', lines('== en ==', 'Thanks', '== klingon ==', 'nuqneH'));
    expect(parsed.problems).toEqual([
      { setting: 'templateNeutral3', line: 3, column: null, code: 'unknownLanguage', detail: 'klingon' },
    ]);
    expect(parsed.templates.map((t) => t.language)).toEqual(['en']);
  });

  it('reports a malformed language line', () => {
    expect(parseTemplateSetting('templateNeutral3', lines('== sv', 'Hej')).problems).toEqual([
      { setting: 'templateNeutral3', line: 1, column: null, code: 'badLanguageLine', detail: '== sv' },
    ]);
  });

  it('reports an empty template and an empty language section', () => {
    expect(
      parseTemplateSetting('templateNegative2', lines('== en ==', 'Sorry', '== de ==', '', '== da ==', 'Undskyld'))
        .problems,
    ).toEqual([{ setting: 'templateNegative2', line: 3, column: null, code: 'emptyTemplate', detail: 'de' }]);
    expect(parseTemplateSetting('templateNegative2', lines('# Short', '', '# Long', 'Text')).problems).toEqual([
      { setting: 'templateNegative2', line: 1, column: null, code: 'emptyTemplate', detail: 'Short' },
    ]);
    expect(parseTemplateSetting('templateNegative2', '# ').problems.map((p) => p.code)).toEqual([
      'missingTitle',
      'emptyTemplate',
    ]);
  });

  it('reports bracket problems with line and column', () => {
    const parsed = parseTemplateSetting(
      'templateNegative1',
      lines('Hi [Customer name,', 'about [[specific problem]]', 'see ] here', 'and [] or [ ]'),
    );
    expect(parsed.problems.map(({ line, column, code }) => ({ line, column, code }))).toEqual([
      { line: 1, column: 4, code: 'unclosedBracket' },
      { line: 2, column: 7, code: 'nestedBracket' },
      { line: 3, column: 5, code: 'unopenedBracket' },
      { line: 4, column: 5, code: 'emptyPlaceholder' },
    ]);
    expect(parsed.problems[0]?.detail).toBe('[Customer name,');
    expect(parsed.templates[0]?.valid).toBe(false);
  });

  it('reports placeholder styles from other tools', () => {
    const parsed = parseTemplateSetting(
      'templateNegative1',
      lines('Hi {{ticket.requester.first_name}},', 'Hello {name}', 'Dear %NAME%', 'Hej <<namn>>', 'Hi ${name}'),
    );
    expect(parsed.problems.map(({ line, code, detail }) => ({ line, code, detail }))).toEqual([
      { line: 1, code: 'unknownSyntax', detail: '{{ticket.requester.first_name}}' },
      { line: 2, code: 'unknownSyntax', detail: '{name}' },
      { line: 3, code: 'unknownSyntax', detail: '%NAME%' },
      { line: 4, code: 'unknownSyntax', detail: '<<namn>>' },
      { line: 5, code: 'unknownSyntax', detail: '${name}' },
    ]);
  });

  it('reports a bracketed label too long to be a placeholder', () => {
    const parsed = parseTemplateSetting('templateNegative1', `Hi [${'x'.repeat(120)}]`);
    expect(parsed.problems.map((p) => p.code)).toEqual(['longPlaceholder']);
  });

  it('does not take "#1" or "## notes" style text for a title in a slot', () => {
    const parsed = parseTemplateSetting('templatePositive5', lines('We are #1 thanks to you', '#hashtag'));
    expect(parsed.templates).toHaveLength(1);
    expect(parsed.templates[0]?.title).toBeNull();
  });

  describe('custom templates', () => {
    it('reads "# Title | scenario | note" headers', () => {
      const parsed = parseTemplateSetting(
        'customTemplates',
        lines(
          '# Delivery delay | negative',
          'Hi [Customer name], sorry for the wait.',
          '# Escalated | negative | note',
          'Escalated to logistics.',
          '== de ==',
          '# Danke | positive',
          'Danke!',
          '# Allgemein',
          'Hallo!',
          '# Spam | spam',
          'Spam.',
        ),
      );
      expect(parsed.problems).toEqual([]);
      expect(
        parsed.templates.map(({ language, title, scenario, type }) => ({ language, title, scenario, type })),
      ).toEqual([
        { language: 'en', title: 'Delivery delay', scenario: 'negative', type: 'publicReply' },
        { language: 'en', title: 'Escalated', scenario: 'negative', type: 'internalNote' },
        { language: 'de', title: 'Danke', scenario: 'positive', type: 'publicReply' },
        { language: 'de', title: 'Allgemein', scenario: 'any', type: 'publicReply' },
        { language: 'de', title: 'Spam', scenario: 'spam', type: 'internalNote' },
      ]);
    });

    it('reports an unknown scenario or kind, and text before the first title once per run', () => {
      const parsed = parseTemplateSetting(
        'customTemplates',
        lines('Some intro', 'more intro', '# A | angry', 'x', '# B | positive | loud', 'y', '# C', 'z'),
      );
      expect(parsed.problems).toEqual([
        { setting: 'customTemplates', line: 1, column: null, code: 'textBeforeTitle', detail: 'Some intro' },
        { setting: 'customTemplates', line: 3, column: null, code: 'unknownScenario', detail: 'angry' },
        { setting: 'customTemplates', line: 5, column: null, code: 'unknownType', detail: 'loud' },
      ]);
      expect(parsed.templates.map((t) => [t.title, t.valid])).toEqual([
        ['A', false],
        ['B', false],
        ['C', true],
      ]);
    });
  });
});
