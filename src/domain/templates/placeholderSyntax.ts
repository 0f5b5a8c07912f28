import { MAX_PLACEHOLDER_LABEL } from './placeholders';
import type { TemplateProblemCode } from './problems';

/** A syntax problem found in one line of template text. */
export interface LineProblem {
  code: TemplateProblemCode;
  /** 1-based. */
  column: number;
  detail: string;
}

// Placeholder styles from other tools that would be published as they are.
const FOREIGN_SYNTAX: readonly RegExp[] = [
  /\{\{[^{}\n]*\}\}/u,
  /\{%[^%\n]*%\}/u,
  /\$\{[^{}\n]*\}/u,
  /\{[^{}\n]{1,60}\}/u,
  /%[\p{L}_][\p{L}\p{N}_.]*%/u,
  /<<[^<>\n]{1,60}>>/u,
];

const SNIPPET = 40;
const snippet = (line: string, from: number): string => {
  const text = line.slice(from, from + SNIPPET);
  return line.length > from + SNIPPET ? `${text}…` : text;
};

/** Bracket and placeholder-syntax problems in one line of a template body, at most one per kind. */
export function checkPlaceholderSyntax(line: string): LineProblem[] {
  const problems: LineProblem[] = [];
  const seen = new Set<TemplateProblemCode>();
  const add = (code: TemplateProblemCode, index: number, detail: string): void => {
    if (seen.has(code)) return;
    seen.add(code);
    problems.push({ code, column: index + 1, detail });
  };

  const opened: number[] = [];
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (char === '[') {
      if (opened.length > 0) add('nestedBracket', opened[0] ?? i, snippet(line, opened[0] ?? i));
      opened.push(i);
    } else if (char === ']') {
      const start = opened.pop();
      if (start === undefined) {
        add('unopenedBracket', i, line.slice(Math.max(0, i - SNIPPET + 1), i + 1));
      } else if (opened.length === 0) {
        const label = line.slice(start + 1, i).trim();
        if (label === '') add('emptyPlaceholder', start, line.slice(start, i + 1));
        else if (label.length > MAX_PLACEHOLDER_LABEL) add('longPlaceholder', start, snippet(line, start));
      }
    }
  }
  const firstUnclosed = opened[0];
  if (firstUnclosed !== undefined) add('unclosedBracket', firstUnclosed, snippet(line, firstUnclosed));

  for (const pattern of FOREIGN_SYNTAX) {
    const match = pattern.exec(line);
    if (match) {
      add('unknownSyntax', match.index, match[0]);
      break;
    }
  }
  return problems;
}
