import { describe, expect, it } from 'vitest';
import { blocking, warning } from '../../../src/domain/proofread/issue';
import { segmentText } from '../../../src/domain/proofread/segments';

describe('segmentText', () => {
  it('marks the words each issue concerns and leaves the rest plain', () => {
    const text = 'Hi Maria, the the end';
    expect(
      segmentText(text, [
        warning('wrongName', [{ start: 0, end: 8 }]),
        warning('repeatedWord', [{ start: 10, end: 17 }]),
      ]),
    ).toEqual([
      { text: 'Hi Maria', mark: 'warning' },
      { text: ', ', mark: null },
      { text: 'the the', mark: 'warning' },
      { text: ' end', mark: null },
    ]);
  });

  it('shows the blocking problem where it overlaps a warning', () => {
    expect(
      segmentText('call 0701234567 now', [
        warning('shouting', [{ start: 0, end: 10 }]),
        blocking('phone', [{ start: 5, end: 15 }]),
      ]),
    ).toEqual([
      { text: 'call ', mark: 'warning' },
      { text: '0701234567', mark: 'blocking' },
      { text: ' now', mark: null },
    ]);
  });

  it('keeps the whole text, and ignores spans outside it', () => {
    expect(segmentText('short', [warning('tooLong', [{ start: 3, end: 99 }])])).toEqual([
      { text: 'sho', mark: null },
      { text: 'rt', mark: 'warning' },
    ]);
    expect(segmentText('', [])).toEqual([]);
  });
});
