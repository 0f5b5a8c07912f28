import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText, tidyText } from '../../../src/domain/review/htmlToText';

describe('htmlToText', () => {
  it('keeps paragraphs as blocks separated by one blank line', () => {
    expect(htmlToText('<p>First   paragraph</p><p>Second<br>line</p>\n\n\n<div>Third</div>')).toBe(
      'First paragraph\n\nSecond\nline\n\nThird',
    );
  });

  it('drops scripts, styles and comments with their content', () => {
    expect(htmlToText('Hi<script>alert("x")</script><style>p{}</style><!-- note --> there')).toBe('Hi there');
    expect(htmlToText('<SCRIPT type="x">bad()</SCRIPT >ok')).toBe('ok');
  });

  it('drops event-handler markup, keeping no attribute text', () => {
    expect(htmlToText('<img src=x onerror="alert(1)">Nice <a href="javascript:alert(1)">shop</a>')).toBe('Nice shop');
  });

  it('decodes entities into characters, so encoded markup stays text', () => {
    expect(htmlToText('<p>&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; &#9733;&#x2606; caf&eacute;</p>')).toBe(
      '<b>bold</b> & "quoted" ★☆ café',
    );
  });

  it('keeps plain text that merely contains angle brackets', () => {
    expect(htmlToText('I <3 this shop, prices < 10 € and quality > price')).toBe(
      'I <3 this shop, prices < 10 € and quality > price',
    );
  });

  it('keeps the rest of the text after an unclosed tag', () => {
    expect(htmlToText('<p>Good <b')).toBe('Good <b');
  });

  it('drops everything after an unclosed script', () => {
    expect(htmlToText('Before<script>never ends')).toBe('Before');
  });

  it('normalises line endings and removes control characters', () => {
    expect(htmlToText('One\r\nTwo\rThree\u0000\u0007')).toBe('One\nTwo\nThree');
  });

  it('answers empty text for empty input', () => {
    expect(htmlToText('')).toBe('');
  });
});

describe('decodeEntities', () => {
  it('replaces invalid code points and leaves unknown names alone', () => {
    expect(decodeEntities('&#0;&#xD800;&#1114112;&bogus;&amp')).toBe('\uFFFD\uFFFD\uFFFD&bogus;&amp');
  });
});

describe('tidyText', () => {
  const spaces = [' ', '\t', '\u00A0', '\u2003', '\u202F', '\u3000', '\u1680', '\uFEFF', '\u2028', '\u2029'];
  const piece = fc.oneof(
    fc.constantFrom(...spaces, '\n', '\r\n', '\r', '\u0007', 'a', 'bc', 'Å'),
    fc.string({ maxLength: 4 }),
  );

  it('leaves no line with spaces at either end, runs of spaces or more than one blank line', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const tidy = tidyText(pieces.join(''));
        expect(tidy).toBe(tidy.trim());
        for (const line of tidy.split('\n')) expect(line).toBe(line.trim());
        expect(tidy).not.toMatch(/ {2}|\n{3}|\r/);
      }),
    );
  });

  it('keeps every word, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('one', 'två', 'trois', ...spaces, '\n', '\r\n'), { maxLength: 30 }),
        (pieces) => {
          const words = (text: string) => text.split(/[\s\uFEFF]+/u).filter((word) => word !== '');
          expect(words(tidyText(pieces.join('')))).toEqual(words(pieces.join('')));
        },
      ),
    );
  });
});
