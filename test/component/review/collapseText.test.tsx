import { describe, expect, it } from 'vitest';
import { collapseText } from '../../../src/features/review/collapseText';

describe('collapseText', () => {
  it('keeps a short text whole', () => {
    expect(collapseText('Short and sweet.', 50)).toEqual({ text: 'Short and sweet.', collapsed: false });
  });

  it('cuts a long text at a word boundary, with an ellipsis', () => {
    expect(collapseText('one two three four five six seven', 20)).toEqual({
      text: 'one two three four…',
      collapsed: true,
    });
  });

  it('never splits an emoji in half', () => {
    const { text } = collapseText(`${'a'.repeat(9)}😀${'b'.repeat(20)}`, 10);
    expect(text).toBe(`${'a'.repeat(9)}…`);
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
