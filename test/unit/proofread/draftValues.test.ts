import { describe, expect, it } from 'vitest';
import { checklistFor } from '../../../src/domain/proofread/checklist';
import { parseDraftText, parseDraftType } from '../../../src/domain/proofread/draftValues';

describe('draft values from Zendesk', () => {
  it('reads the comment type as a string or inside an event object', () => {
    expect(parseDraftType('publicReply')).toBe('publicReply');
    expect(parseDraftType('internalNote')).toBe('internalNote');
    expect(parseDraftType({ type: 'internalNote' })).toBe('internalNote');
    expect(parseDraftType(undefined)).toBeNull();
    expect(parseDraftType('')).toBeNull();
  });

  it('takes every type but an internal note as public, including channel types it has never seen', () => {
    for (const type of [
      'facebookWallReply',
      'facebookPrivateMessage',
      'twitterReply',
      'twitterDirectMessage',
      'whatsappReply',
      'somethingNew',
    ]) {
      expect(parseDraftType(type)).toBe('publicReply');
      expect(parseDraftType({ type })).toBe('publicReply');
    }
  });

  it('reads the comment text as a string or inside an event object', () => {
    expect(parseDraftText('<p>Hi</p>')).toBe('<p>Hi</p>');
    expect(parseDraftText({ text: 'Hi' })).toBe('Hi');
    expect(parseDraftText('')).toBe('');
    expect(parseDraftText(null)).toBeNull();
    expect(parseDraftText(42)).toBeNull();
  });
});

describe('the proofreading checklist', () => {
  it('asks for a next step only on negative reviews', () => {
    expect(checklistFor('negative')).toEqual(['readReview', 'spelling', 'tone', 'personalData', 'details', 'nextStep']);
    expect(checklistFor('positive')).toEqual(['readReview', 'spelling', 'tone', 'personalData', 'details']);
  });
});
