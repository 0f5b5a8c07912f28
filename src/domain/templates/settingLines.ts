/** A `== sv ==` line: `code` is the text between the equals signs, null when the line is malformed. */
export interface LanguageLine {
  kind: 'language';
  /** 1-based. */
  line: number;
  code: string | null;
  /** The line without surrounding spaces, for messages. */
  written: string;
}

/** A `# Title` line: `written` is everything after the `#`, trimmed. */
export interface TitleLine {
  kind: 'title';
  line: number;
  written: string;
}

/** Any other line: template text, without trailing spaces. */
export interface TextLine {
  kind: 'text';
  line: number;
  text: string;
}

export type SettingLine = LanguageLine | TitleLine | TextLine;

/** The lines from one language line (or the start of the text) up to the next one. */
export interface SettingSection {
  /** Null for the text before the first language line. */
  header: LanguageLine | null;
  lines: (TitleLine | TextLine)[];
}

/** The lines from one title (or the start of a section) up to the next title. */
export interface SettingBlock {
  /** Null for the text before the section's first title. */
  title: TitleLine | null;
  lines: TextLine[];
}

const LOOKS_LIKE_LANGUAGE_LINE = /^\s*={2,}/u;
const TITLE_LINE = /^\s*#(?:\s+(.*)|\s*)$/u;
const EQUALS = 61;

/**
 * `== sv ==`: the text between the runs of equals signs (null when the line does not close with
 * two). Read by hand: a pattern with a lazy middle reads a long line once per character.
 */
export function languageLineCode(line: string): string | null {
  const trimmed = line.trim();
  let lead = 0;
  while (trimmed.charCodeAt(lead) === EQUALS) lead += 1;
  let trail = 0;
  while (trail < trimmed.length && trimmed.charCodeAt(trimmed.length - 1 - trail) === EQUALS) trail += 1;
  if (lead < 2 || trail < 2) return null;
  if (lead === trimmed.length) return trimmed.length >= 4 ? '' : null;
  return trimmed.slice(lead, trimmed.length - trail).trim();
}

/** What one line of a template setting is: a language line, a title line or text. */
export function classifySettingLine(rawLine: string, line: number): SettingLine {
  const trimmedEnd = rawLine.trimEnd();
  if (LOOKS_LIKE_LANGUAGE_LINE.test(trimmedEnd)) {
    return { kind: 'language', line, code: languageLineCode(trimmedEnd), written: trimmedEnd.trim() };
  }
  const title = TITLE_LINE.exec(trimmedEnd);
  if (title) return { kind: 'title', line, written: (title[1] ?? '').trim() };
  return { kind: 'text', line, text: trimmedEnd };
}

/** A setting's text as classified lines, numbered from 1 (line endings already `\n`). */
export const settingLines = (source: string): SettingLine[] =>
  source.split('\n').map((rawLine, index) => classifySettingLine(rawLine, index + 1));

/** Groups lines into language sections; the first section (possibly empty) has no header. */
export function splitSections(lines: readonly SettingLine[]): SettingSection[] {
  const sections: SettingSection[] = [{ header: null, lines: [] }];
  for (const line of lines) {
    if (line.kind === 'language') sections.push({ header: line, lines: [] });
    else sections[sections.length - 1]?.lines.push(line);
  }
  return sections;
}

/** Groups a section's lines into templates; the first block (possibly empty) has no title. */
export function splitBlocks(lines: readonly (TitleLine | TextLine)[]): SettingBlock[] {
  const blocks: SettingBlock[] = [{ title: null, lines: [] }];
  for (const line of lines) {
    if (line.kind === 'title') blocks.push({ title: line, lines: [] });
    else blocks[blocks.length - 1]?.lines.push(line);
  }
  return blocks;
}
