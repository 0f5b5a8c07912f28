import type { BlockingCode, Issue, TextSpan, WarningCode } from './types';

/** A blocking issue with its translation key. */
export const blocking = (code: BlockingCode, spans: TextSpan[] = [], params: Issue['params'] = {}): Issue => ({
  code,
  severity: 'blocking',
  messageKey: `proofread.checks.${code}`,
  params,
  spans,
});

/** A warning with its translation key. */
export const warning = (code: WarningCode, spans: TextSpan[] = [], params: Issue['params'] = {}): Issue => ({
  code,
  severity: 'warning',
  messageKey: `proofread.checks.${code}`,
  params,
  spans,
});
