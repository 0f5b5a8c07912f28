import type { TemplateSettingName } from '../settings';
import { REVIEW_LANGUAGES, SCENARIOS, type DraftType } from '../types';
import { checkPlaceholderSyntax } from './placeholderSyntax';
import type { TemplateProblem, TemplateProblemCode } from './problems';
import {
  settingLines,
  splitBlocks,
  splitSections,
  type LanguageLine,
  type SettingBlock,
  type SettingSection,
  type TextLine,
  type TitleLine,
} from './settingLines';
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

/** The setting being read, and whether it holds custom templates (titles with `| scenario | type`). */
interface ReadContext {
  setting: TemplateSettingName;
  custom: boolean;
}

/** Templates and problems read from part of a setting. */
interface Reading {
  templates: WrittenTemplate[];
  problems: TemplateProblem[];
}

const problemAt = (
  context: ReadContext,
  line: number,
  code: TemplateProblemCode,
  detail = '',
  column: number | null = null,
): TemplateProblem => ({ setting: context.setting, line, column, code, detail });

/** What a template's title line says, with the problems in it. */
interface TemplateHeader {
  title: string | null;
  scenario: TemplateScenario;
  type: DraftType;
  problems: TemplateProblem[];
}

const UNTITLED: TemplateHeader = { title: null, scenario: 'any', type: 'publicReply', problems: [] };

/** `# Title | scenario | note`: the scenario (default any) and whether it is an internal note. */
export function readCustomHeader(parts: readonly string[]): {
  scenario: TemplateScenario | null;
  type: DraftType;
  problems: { code: TemplateProblemCode; detail: string }[];
} {
  const scenario = parseScenario(parts[1] ?? '');
  const problems: { code: TemplateProblemCode; detail: string }[] = [];
  if (scenario === null) problems.push({ code: 'unknownScenario', detail: parts[1] ?? '' });
  const kind = (parts[2] ?? '').toLowerCase();
  const note = NOTE_WORDS.has(kind) || scenario === 'spam';
  if (!note && kind !== '' && !REPLY_WORDS.has(kind)) problems.push({ code: 'unknownType', detail: parts[2] ?? '' });
  return { scenario, type: note ? 'internalNote' : 'publicReply', problems };
}

function readTitle(context: ReadContext, titleLine: TitleLine): TemplateHeader {
  const parts = titleLine.written.split('|').map((part) => part.trim());
  const title = context.custom ? (parts[0] ?? '') : titleLine.written;
  const problems = title === '' ? [problemAt(context, titleLine.line, 'missingTitle')] : [];
  if (!context.custom) return { title, scenario: 'any', type: 'publicReply', problems };
  const custom = readCustomHeader(parts);
  problems.push(...custom.problems.map(({ code, detail }) => problemAt(context, titleLine.line, code, detail)));
  return { title, scenario: custom.scenario ?? 'any', type: custom.type, problems };
}

const isBlank = (line: TextLine): boolean => line.text.trim() === '';

/** Custom templates need a title first: one problem per run of text before it, not one per line. */
const textBeforeTitle = (context: ReadContext, lines: readonly TextLine[]): TemplateProblem[] =>
  lines
    .filter((line, index) => !isBlank(line) && (index === 0 || isBlank(lines[index - 1] as TextLine)))
    .map((line) => problemAt(context, line.line, 'textBeforeTitle', line.text.trim().slice(0, 40)));

/** One title (or the untitled text of a slot setting) and its lines → a template, or problems. */
function readBlock(context: ReadContext, language: TemplateLanguage, block: SettingBlock): Reading {
  if (block.title === null && context.custom) return { templates: [], problems: textBeforeTitle(context, block.lines) };
  const header = block.title === null ? UNTITLED : readTitle(context, block.title);
  const problems = [
    ...header.problems,
    ...block.lines.flatMap((line) =>
      checkPlaceholderSyntax(line.text).map((found) =>
        problemAt(context, line.line, found.code, found.detail, found.column),
      ),
    ),
  ];
  const body = trimBlankLines(block.lines.map((line) => line.text));
  if (body === '') {
    if (block.title === null) return { templates: [], problems };
    return {
      templates: [],
      problems: [...problems, problemAt(context, block.title.line, 'emptyTemplate', header.title ?? '')],
    };
  }
  const firstText = block.lines.find((line) => !isBlank(line));
  const template: WrittenTemplate = {
    language,
    title: header.title,
    scenario: header.scenario,
    type: header.type,
    body,
    line: block.title?.line ?? firstText?.line ?? 1,
    valid: problems.length === 0,
  };
  return { templates: [template], problems };
}

/** A section's language: the default before the first language line, null when its line is wrong. */
function sectionLanguage(
  context: ReadContext,
  header: LanguageLine | null,
): { language: TemplateLanguage | null; problems: TemplateProblem[] } {
  if (header === null) return { language: DEFAULT_TEMPLATE_LANGUAGE, problems: [] };
  if (header.code === null) {
    return {
      language: null,
      problems: [problemAt(context, header.line, 'badLanguageLine', header.written.slice(0, 40))],
    };
  }
  const language = parseLanguageCode(header.code);
  return {
    language,
    problems: language === null ? [problemAt(context, header.line, 'unknownLanguage', header.code)] : [],
  };
}

/** One language section → its templates and problems; a section with a wrong language line is skipped. */
function readSection(context: ReadContext, section: SettingSection): Reading {
  const { language, problems } = sectionLanguage(context, section.header);
  if (language === null) return { templates: [], problems };
  const blocks = splitBlocks(section.lines);
  const readings = blocks.map((block) => readBlock(context, language, block));
  const templates = readings.flatMap((reading) => reading.templates);
  problems.push(...readings.flatMap((reading) => reading.problems));
  // A titled template without text counts as content: its own problem says what is wrong.
  const hasContent = templates.length > 0 || blocks.some((block) => block.title !== null);
  if (section.header !== null && !hasContent) {
    problems.push(problemAt(context, section.header.line, 'emptyTemplate', section.header.code ?? ''));
  }
  return { templates, problems };
}

/**
 * Reads one template setting. Format: optional `== sv ==` lines start a language section (text
 * before the first one is English); a `# Title` line starts another template (custom templates:
 * `# Title | scenario | note`); everything else is template text with `[placeholders]`. Never throws.
 */
export function parseTemplateSetting(setting: TemplateSettingName, text: unknown): ParsedTemplateSetting {
  const source = typeof text === 'string' ? text.replace(/\r\n?/g, '\n') : '';
  if (source.trim() === '') return { setting, empty: true, templates: [], problems: [] };
  const context: ReadContext = { setting, custom: setting === 'customTemplates' };
  const readings = splitSections(settingLines(source)).map((section) => readSection(context, section));
  return {
    setting,
    empty: false,
    templates: readings.flatMap((reading) => reading.templates),
    problems: readings.flatMap((reading) => reading.problems),
  };
}

function trimBlankLines(lines: readonly string[]): string {
  let start = 0;
  let end = lines.length;
  while (start < end && (lines[start] ?? '').trim() === '') start += 1;
  while (end > start && (lines[end - 1] ?? '').trim() === '') end -= 1;
  return lines.slice(start, end).join('\n');
}
