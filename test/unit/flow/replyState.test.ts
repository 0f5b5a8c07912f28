import { describe, expect, it } from 'vitest';
import { answerCheckOf, replyStateOf, type EditorReply } from '../../../src/domain/flow';
import { toPublishedText } from '../../../src/domain/proofread/publishedText';
import { stampFor } from '../../../src/domain/proofread/stamp';

const HTML = '<p>Hi Anna,</p><p>thank you for your review.</p>';
const stampOf = (text: string) => stampFor(toPublishedText(text));

describe('replyStateOf', () => {
  it('is unknown until the editor was read', () => {
    expect(replyStateOf(null, null)).toBe('unknown');
  });

  it.each(['internalNote', 'internal'])('reads the %s type as an internal note, whatever its text', (type) => {
    expect(replyStateOf({ text: HTML, type }, null)).toBe('internalNote');
    expect(replyStateOf({ text: '', type }, null)).toBe('internalNote');
  });

  it.each(['publicReply', 'facebookWallReply', 'twitterReply', 'whatsappReply', ''])(
    'reads the %s type as a public reply',
    (type) => {
      expect(replyStateOf({ text: HTML, type }, null)).toBe('publicDraft');
    },
  );

  it.each(['', '<p></p>', '<p><br></p>', '   \n  ', '<p>&nbsp;</p>'])('reads %j as an empty editor', (text) => {
    expect(replyStateOf({ text, type: 'publicReply' }, null)).toBe('empty');
  });

  it('is proofread only while the stamp matches the exact published text', () => {
    const stamp = stampOf(HTML);
    expect(replyStateOf({ text: HTML, type: 'publicReply' }, stamp)).toBe('proofread');
    // Markup that publishes the same text keeps the stamp; any change to the words does not.
    expect(replyStateOf({ text: 'Hi Anna,\n\nthank you for your review.', type: 'publicReply' }, stamp)).toBe(
      'proofread',
    );
    expect(replyStateOf({ text: `${HTML}<p>Kind regards</p>`, type: 'publicReply' }, stamp)).toBe('publicDraft');
    expect(replyStateOf({ text: HTML.replace('Anna', 'Anne'), type: 'publicReply' }, stamp)).toBe('publicDraft');
    expect(replyStateOf({ text: HTML, type: 'publicReply' }, 'v1:0:junk')).toBe('publicDraft');
  });

  it('never throws on values that are not what Zendesk sends', () => {
    const odd = [
      { text: 42, type: null },
      { text: undefined, type: 'publicReply' },
      'text',
      7,
    ] as unknown as EditorReply[];
    expect(odd.map((value) => replyStateOf(value, null))).toEqual(['empty', 'empty', 'unknown', 'unknown']);
  });
});

describe('answerCheckOf', () => {
  it('maps the fetch state of the comments check', () => {
    expect(answerCheckOf('loading', undefined)).toBe('checking');
    expect(answerCheckOf('error', undefined)).toBe('failed');
    expect(answerCheckOf('ready', true)).toBe('answered');
    expect(answerCheckOf('ready', false)).toBe('notAnswered');
  });
});
