import type { TemplateSettingName } from '../settings';
import { REVIEW_LANGUAGES, SCENARIOS, type DraftType } from '../types';
import { checkPlaceholderSyntax } from './placeholderSyntax';
import type { TemplateProblem, TemplateProblemCode } from './problems';
import type { TemplateLanguage, TemplateScenario } from './types';

/** A template as written in a setting, before it joins the catalogue. */
export interface WrittenTemplate {
  language: TemplateLanguage;
  title: string | null;
  /** Custom templates only; slot templates take the slot's scenario. */
  scenario: TemplateScenario;
  /** Custom templates only: `note` makes an internal note. */
  type: DraftType;
  body: string;
  /** 1-based line of the title, or of the first body line for an untitled template. */
  line: number;
  /** False when a problem was found inside it. */
  valid: boolean;
}

/** A setting's text read as templates, with every problem found. */
export interface ParsedTemplateSetting {
  setting: TemplateSettingName;
  /** True when the setting is empty: the built-in templates apply. */
  empty: boolean;
  templates: WrittenTemplate[];
  problems: TemplateProblem[];
}

/** Language used for text before any `== xx ==` line. */
const DEFAULT_TEMPLATE_LANGUAGE: TemplateLanguage = 'en';

/**
 * `== sv ==`: the text between the runs of equals signs (null when the line does not close with
 * two). Read by hand: a pattern with a lazy middle reads a long line once per character.
 */
function languageLineCode(line: string): string | null {
  const trimmed = line.trim();
  let lead = 0;
  while (trimmed.charCodeAt(lead) === 61) lead += 1;
  let trail = 0;
  while (trail < trimmed.length && trimmed.charCodeAt(trimmed.length - 1 - trail) === 61) trail += 1;
  if (lead < 2 || trail < 2) return null;
  if (lead === trimmed.length) return trimmed.length >= 4 ? '' : null;
  return trimmed.slice(lead, trimmed.length - trail).trim();
}
const LOOKS_LIKE_LANGUAGE_LINE = /^\s*={2,}/u;
const TITLE_LINE = /^\s*#(?:\s+(.*)|\s*)$/u;
const NOTE_WORDS = new Set(['note', 'internal', 'internal note', 'internalnote']);
const REPLY_WORDS = new Set(['reply', 'public', 'public reply', 'publicreply']);

/** A language code as written (`sv`, `SV`, `sv-SE`) → a known language, or null. */
function parseLanguageCode(written: string): TemplateLanguage | null {
  const code = written.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (REVIEW_LANGUAGES as readonly string[]).includes(code) ? (code as TemplateLanguage) : null;
}

const parseScenario = (written: string): TemplateScenario | null => {
  const value = written.trim().toLowerCase();
  if (value === '' || value === 'any') return 'any';
  return (SCENARIOS as readonly string[]).includes(value) ? (value as TemplateScenario) : null;
};

interface Draft {
  language: TemplateLanguage;
  title: string | null;
  scenario: TemplateScenario;
  type: DraftType;
  lines: string[];
  line: number;
  firstBodyLine: number | null;
  valid: boolean;
}

/**
 * Reads one template setting. Format: optional `== sv ==` lines start a language section (text
 * before the first one is English); a `# Title` line starts another template (custom templates:
 * `# Title | scenario | note`); everything else is template text with `[placeholders]`. Never throws.
 */
export function parseTemplateSetting(setting: TemplateSettingName, text: unknown): ParsedTemplateSetting {
  const source = typeof text === 'string' ? text.replace(/\r\n?/g, '\n') : '';
  const custom = setting === 'customTemplates';
  const problems: TemplateProblem[] = [];
  const templates: WrittenTemplate[] = [];
  if (source.trim() === '') return { setting, empty: true, templates, problems };

  const report = (line: number, code: TemplateProblemCode, detail = '', column: number | null = null): void => {
    problems.push({ setting, line, column, code, detail });
  };

  // language null = inside a section whose language line was wrong: its text is skipped.
  const state: {
    language: TemplateLanguage | null;
    sectionLine: number;
    sectionCode: string;
    explicitSection: boolean;
    sectionHasContent: boolean;
    current: Draft | null;
    lastTextBeforeTitle: number;
  } = {
    language: DEFAULT_TEMPLATE_LANGUAGE,
    sectionLine: 1,
    sectionCode: DEFAULT_TEMPLATE_LANGUAGE,
    explicitSection: false,
    sectionHasContent: false,
    current: null,
    lastTextBeforeTitle: -1,
  };

  const finish = (): void => {
    const draft = state.current;
    state.current = null;
    if (!draft) return;
    const body = trimBlankLines(draft.lines);
    if (body === '') {
      if (draft.title !== null) {
        report(draft.line, 'emptyTemplate', draft.title);
        state.sectionHasContent = true;
      }
      return;
    }
    templates.push({
      language: draft.language,
      title: draft.title,
      scenario: draft.scenario,
      type: draft.type,
      body,
      line: draft.title !== null ? draft.line : (draft.firstBodyLine ?? draft.line),
      valid: draft.valid,
    });
    state.sectionHasContent = true;
  };

  const closeSection = (): void => {
    finish();
    if (state.explicitSection && state.language !== null && !state.sectionHasContent) {
      report(state.sectionLine, 'emptyTemplate', state.sectionCode);
    }
  };

  const startDraft = (lineNumber: number, language: TemplateLanguage, title: string | null): Draft => {
    const draft: Draft = {
      language,
      title,
      scenario: 'any',
      type: 'publicReply',
      lines: [],
      line: lineNumber,
      firstBodyLine: null,
      valid: true,
    };
    state.current = draft;
    return draft;
  };

  source.split('\n').forEach((rawLine, index) => {
    const lineNumber = index + 1;
    const line = rawLine.trimEnd();

    if (LOOKS_LIKE_LANGUAGE_LINE.test(line)) {
      closeSection();
      const languageLine = languageLineCode(line);
      const written = languageLine ?? '';
      state.explicitSection = true;
      state.sectionHasContent = false;
      state.sectionLine = lineNumber;
      state.sectionCode = written;
      if (languageLine === null) {
        report(lineNumber, 'badLanguageLine', line.trim().slice(0, 40));
        state.language = null;
      } else {
        state.language = parseLanguageCode(written);
        if (state.language === null) report(lineNumber, 'unknownLanguage', written);
      }
      return;
    }
    const language = state.language;
    if (language === null) return;

    const titleLine = TITLE_LINE.exec(line);
    if (titleLine) {
      finish();
      const written = (titleLine[1] ?? '').trim();
      const parts = written.split('|').map((part) => part.trim());
      const draft = startDraft(lineNumber, language, custom ? (parts[0] ?? '') : written);
      if (draft.title === '') {
        report(lineNumber, 'missingTitle');
        draft.valid = false;
      }
      if (custom) applyCustomHeader(draft, parts, (code, detail) => report(lineNumber, code, detail));
      return;
    }

    let draft = state.current;
    if (!draft) {
      if (line.trim() === '') return;
      if (custom) {
        // One problem per run of text before a title, not one per line.
        if (state.lastTextBeforeTitle !== lineNumber - 1) report(lineNumber, 'textBeforeTitle', line.trim().slice(0, 40));
        state.lastTextBeforeTitle = lineNumber;
        return;
      }
      draft = startDraft(lineNumber, language, null);
    }
    if (draft.firstBodyLine === null && line.trim() !== '') draft.firstBodyLine = lineNumber;
    draft.lines.push(line);
    for (const problem of checkPlaceholderSyntax(line)) {
      report(lineNumber, problem.code, problem.detail, problem.column);
      draft.valid = false;
    }
  });
  closeSection();
  return { setting, empty: false, templates, problems };
}

/** `# Title | scenario | note`: the scenario (default any) and whether it is an internal note. */
function applyCustomHeader(
  draft: Draft,
  parts: readonly string[],
  report: (code: TemplateProblemCode, detail: string) => void,
): void {
  const scenario = parseScenario(parts[1] ?? '');
  if (scenario === null) {
    report('unknownScenario', parts[1] ?? '');
    draft.valid = false;
  } else {
    draft.scenario = scenario;
  }
  const kind = (parts[2] ?? '').toLowerCase();
  if (NOTE_WORDS.has(kind) || scenario === 'spam') {
    draft.type = 'internalNote';
  } else if (kind !== '' && !REPLY_WORDS.has(kind)) {
    report('unknownType', parts[2] ?? '');
    draft.valid = false;
  }
}

function trimBlankLines(lines: readonly string[]): string {
  let start = 0;
  let end = lines.length;
  while (start < end && (lines[start] ?? '').trim() === '') start += 1;
  while (end > start && (lines[end - 1] ?? '').trim() === '') end -= 1;
  return lines.slice(start, end).join('\n');
}
