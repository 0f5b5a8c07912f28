import { blockingIssues } from './blockingChecks';
import { avoidPhraseIssues, doubleSpaceIssues, lengthIssues, repeatedWordIssues, shoutingIssues } from './styleChecks';
import { greetingIssues, nextStepIssues, privateChannelIssues, signatureIssues, thanksIssues } from './structureChecks';
import type { CheckContext, ReplyCheck } from './types';
import { VOCABULARY, type Vocabulary } from './vocabulary';

export interface CheckOptions {
  /** Skip the warnings (the send decision only needs what blocks). */
  blockingOnly?: boolean;
  vocabulary?: Vocabulary;
}

/**
 * Every check on a public reply's published text (see `toPublishedText`), blocking problems first,
 * each with the spans of the words concerned. Pure and total: never throws.
 */
export function checkReply(text: string, context: CheckContext, options: CheckOptions = {}): ReplyCheck {
  const vocabulary = options.vocabulary ?? VOCABULARY;
  const blocking = blockingIssues(text, context, vocabulary);
  if (options.blockingOnly === true || text.trim().length === 0) return { blocking, warnings: [] };
  const warnings = [
    ...avoidPhraseIssues(text, context.settings, vocabulary),
    ...signatureIssues(text, context.settings, vocabulary),
    ...thanksIssues(text, vocabulary),
    ...greetingIssues(text, context, vocabulary),
    ...privateChannelIssues(text, context, vocabulary),
    ...nextStepIssues(text, context, vocabulary),
    ...repeatedWordIssues(text, vocabulary),
    ...doubleSpaceIssues(text),
    ...shoutingIssues(text, context.settings),
    ...lengthIssues(text),
  ];
  return { blocking, warnings };
}
