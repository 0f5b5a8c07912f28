/** One save whose reporting tags did not reach the ticket. */
export interface MissingTagsRecord {
  ticketId: number | null;
  tags: string[];
  /** False when the ticket's tags could not be read back, so the tags may be there after all. */
  verified: boolean;
  at: string;
}

const STORAGE_KEY = 'trustpilot-reply-assistant.missingReportingTags';
const KEEP = 50;

/** The records kept in this browser, newest last. */
export function missingTagsRecords(): MissingTagsRecord[] {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(stored) ? (stored as MissingTagsRecord[]) : [];
  } catch {
    return [];
  }
}

/**
 * Records a save whose reporting tags are missing: in the browser console (for whoever looks
 * into reporting gaps) and in this browser's storage (the last 50), so the tickets to fix can be
 * found again. Never throws: storage may be unavailable in Zendesk's iframe.
 */
export function recordMissingTags(record: Omit<MissingTagsRecord, 'at'>, now: Date = new Date()): MissingTagsRecord {
  const full: MissingTagsRecord = { ...record, at: now.toISOString() };
  console.warn('Trustpilot reporting tags missing after save', full);
  try {
    const next = [...missingTagsRecords(), full].slice(-KEEP);
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Storage refused (private mode, quota): the console line is the record.
  }
  return full;
}
