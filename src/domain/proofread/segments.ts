import type { Issue, Severity } from './types';

/** A run of the published text, marked with the most serious issue covering it. */
export interface Segment {
  text: string;
  mark: Severity | null;
}

/**
 * Cuts a text into runs so the preview can mark the words each issue concerns; where a blocking
 * problem and a warning overlap, the run shows the blocking one.
 */
export function segmentText(text: string, issues: readonly Issue[]): Segment[] {
  const marks = new Array<Severity | null>(text.length).fill(null);
  for (const issue of issues) {
    for (const span of issue.spans) {
      const end = Math.min(span.end, text.length);
      for (let i = Math.max(0, span.start); i < end; i += 1) {
        if (marks[i] !== 'blocking') marks[i] = issue.severity;
      }
    }
  }
  const segments: Segment[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i += 1) {
    if (i === text.length || marks[i] !== marks[start]) {
      segments.push({ text: text.slice(start, i), mark: marks[start] ?? null });
      start = i;
    }
  }
  return segments;
}
