import { describe, expect, it } from 'vitest';
import { toPublishedText } from '../../../src/domain/proofread/publishedText';

describe('toPublishedText', () => {
  it('turns editor paragraphs into lines separated by a blank line', () => {
    expect(toPublishedText('<p>Hi Anna,</p><p>Thank you for your review.</p><p>Kind regards,<br>Maja</p>')).toBe(
      'Hi Anna,\n\nThank you for your review.\n\nKind regards,\nMaja',
    );
  });

  it('decodes named, decimal and hexadecimal entities', () => {
    expect(toPublishedText('<p>R&amp;D &lt;3 &quot;ok&quot; caf&eacute; &#228;r &#x2014; Gr&uuml;&szlig;e</p>')).toBe(
      'R&D <3 "ok" café är — Grüße',
    );
  });

  it('leaves unknown entities as they were written', () => {
    expect(toPublishedText('<p>&madeup; &#xD800;</p>')).toBe('&madeup; &#xD800;');
  });

  it('keeps double spaces the editor wrote as no-break spaces, as ordinary spaces', () => {
    expect(toPublishedText('<p>Thank you.&nbsp; We are sorry.</p>')).toBe('Thank you.  We are sorry.');
  });

  it('ignores the HTML source layout: newlines and indentation between tags', () => {
    expect(toPublishedText('<p>\n  Hi Anna,\n</p>\n\n<p>\n  Thank   you.\n</p>')).toBe('Hi Anna,\n\nThank you.');
  });

  it('drops inline markup but keeps its text', () => {
    expect(
      toPublishedText(
        '<p>We are <strong>very</strong> <em>sorry</em>, see <a href="https://x.example">our page</a>.</p>',
      ),
    ).toBe('We are very sorry, see our page.');
  });

  it('drops comments, scripts and styles with their content', () => {
    expect(toPublishedText('<p>Hi<!-- note --></p><style>p{}</style><script>alert(1)</script><p>there</p>')).toBe(
      'Hi\n\nthere',
    );
  });

  it('puts list items and divs on their own lines', () => {
    expect(toPublishedText('<div>One</div><div>Two</div><ul><li>a</li><li>b</li></ul>')).toBe('One\nTwo\n\na\nb');
  });

  it('never leaves more than one blank line, nor spaces at line ends', () => {
    expect(toPublishedText('<p>Hi  </p><p></p><p><br></p><p>  there</p>')).toBe('Hi\n\nthere');
  });

  it('treats an empty editor as no text at all', () => {
    expect(toPublishedText('<p><br></p>')).toBe('');
    expect(toPublishedText('<p>&nbsp;</p>')).toBe('');
    expect(toPublishedText('')).toBe('');
  });

  it('reads plain text from the plain-text editor as it is, entities included', () => {
    expect(toPublishedText('Hi Anna,\r\n\r\nR&amp;D 3 < 4\r\nMaja  ')).toBe('Hi Anna,\n\nR&amp;D 3 < 4\nMaja');
  });

  it('returns an empty text for values that are not strings', () => {
    expect(toPublishedText(undefined)).toBe('');
    expect(toPublishedText(null)).toBe('');
    expect(toPublishedText(42)).toBe('');
    expect(toPublishedText({ text: '<p>x</p>' })).toBe('');
  });
});
