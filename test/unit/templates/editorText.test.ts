import { describe, expect, it } from 'vitest';
import { isEditorEmpty, looksLikeHtml, plainTextToHtml } from '../../../src/domain/templates/editorText';

describe('editor text', () => {
  it.each(['', '   ', '\n', '<p></p>', '<p><br></p>', '<p> &nbsp; </p>', '<div><br/></div>', null, undefined])(
    'treats %j as empty',
    (value) => expect(isEditorEmpty(value)).toBe(true),
  );

  it.each(['x', '<p>Hi</p>', '<p><img src="a.png"></p>'])('treats %j as a draft', (value) => {
    expect(isEditorEmpty(value)).toBe(false);
  });

  it('recognises rich-text editor content', () => {
    expect(looksLikeHtml('<p>Hi</p>')).toBe(true);
    expect(looksLikeHtml('I <3 you')).toBe(false);
  });

  it('turns plain text into escaped paragraphs with line breaks', () => {
    expect(plainTextToHtml('Hi <b>Maria</b> & co,\n\nLine one\nLine two\n\n\n')).toBe(
      '<p>Hi &lt;b&gt;Maria&lt;/b&gt; &amp; co,</p><p>Line one<br>Line two</p>',
    );
  });
});
