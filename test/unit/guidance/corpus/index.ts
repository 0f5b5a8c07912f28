import { DA } from './da';
import { DE } from './de';
import { EN } from './en';
import type { CorpusEntry } from './entry';
import { FR } from './fr';
import { HARD } from './hard';
import { QUESTION_KINDS } from './questionkinds';
import { FRESH } from './fresh';
import { FRESH_SECOND } from './fresh2';
import { FRESH_THIRD } from './fresh3';
import { FRESH_FOURTH } from './fresh4';
import { FRESH5_DA } from './fresh5/da';
import { FRESH5_DE } from './fresh5/de';
import { FRESH5_EN } from './fresh5/en';
import { FRESH5_FR } from './fresh5/fr';
import { FRESH5_SV } from './fresh5/sv';
import { FRESH6_DA } from './fresh6/da';
import { FRESH6_DE } from './fresh6/de';
import { FRESH6_EN } from './fresh6/en';
import { FRESH6_FR } from './fresh6/fr';
import { FRESH6_SV } from './fresh6/sv';
import { FRESH7_DA } from './fresh7/da';
import { FRESH7_DE } from './fresh7/de';
import { FRESH7_EN } from './fresh7/en';
import { FRESH7_FR } from './fresh7/fr';
import { FRESH7_SV } from './fresh7/sv';
import { FRESH8_DA } from './fresh8/da';
import { FRESH8_DE } from './fresh8/de';
import { FRESH8_EN } from './fresh8/en';
import { FRESH8_FR } from './fresh8/fr';
import { FRESH8_SV } from './fresh8/sv';
import { SPAM_KINDS } from './spamkinds';
import { SV } from './sv';

/** Every labelled review, language by language. */
export const CORPUS: readonly CorpusEntry[] = [
  ...EN,
  ...SV,
  ...DA,
  ...FR,
  ...DE,
  ...FRESH,
  ...FRESH_SECOND,
  ...FRESH_THIRD,
  ...FRESH_FOURTH,
  ...FRESH5_EN,
  ...FRESH5_SV,
  ...FRESH5_DA,
  ...FRESH5_FR,
  ...FRESH5_DE,
  ...FRESH6_EN,
  ...FRESH6_SV,
  ...FRESH6_DA,
  ...FRESH6_FR,
  ...FRESH6_DE,
  ...FRESH7_EN,
  ...FRESH7_SV,
  ...FRESH7_DA,
  ...FRESH7_FR,
  ...FRESH7_DE,
  ...FRESH8_EN,
  ...FRESH8_SV,
  ...FRESH8_DA,
  ...FRESH8_FR,
  ...FRESH8_DE,
  ...HARD,
  ...SPAM_KINDS,
  ...QUESTION_KINDS,
];

/**
 * The held-out part: every fifth review of each language file (ids ending in 5 or 0). The rules were
 * tuned on the other reviews only; these measure how well they carry over.
 */
export const isHeldOut = (entry: CorpusEntry): boolean =>
  /^[a-z]{2}-\d{3}$/.test(entry.id) && Number(entry.id.slice(-3)) % 5 === 0;

/** Reviews written after the rules were settled (`fresh.ts`), measured once and never tuned on. */
export const isFresh = (entry: CorpusEntry): boolean => entry.id.includes('-fresh-');

/** The second set written after the rules were settled (`fresh2.ts`): new situations on purpose. */
export const isSecondFresh = (entry: CorpusEntry): boolean => entry.id.includes('-fresh2-');

/** The third set (`fresh3.ts`), on the hard cases: written and measured before the rules changed for it. */
export const isThirdFresh = (entry: CorpusEntry): boolean => entry.id.includes('-fresh3-');

/**
 * The independent set (`fresh4.ts`): written from the agent guide alone, by someone who never saw
 * the rules or the other sets, and measured once.
 */
export const isIndependent = (entry: CorpusEntry): boolean => entry.id.includes('-fresh4-');

/**
 * The second independent set (`fresh5/`): 30 reviews per language, each language written by a
 * different writer from the agent guide alone, measured once before the rules changed for it.
 */
export const isSecondIndependent = (entry: CorpusEntry): boolean => entry.id.includes('-fresh5-');

/**
 * The third independent set (`fresh7/`), written the same way once the second one's kinds were
 * learnt, and measured once before the rules changed for it.
 */
export const isThirdIndependent = (entry: CorpusEntry): boolean => entry.id.includes('-fresh7-');

/**
 * The held-back independent set (`fresh6/`): written together with the second independent set, by
 * other writers, from the agent guide alone, and kept unread and unmeasured until the rules had
 * learnt the second and third sets; then measured once. Its first figure is the project's
 * independent figure (docs/guidance.md).
 */
export const isHeldBack = (entry: CorpusEntry): boolean => entry.id.includes('-fresh6-');

/**
 * The latest independent set (`fresh8/`): 26 reviews per language, each language by another
 * writer from the agent guide alone, written after the held-back set was learnt and measured once
 * (docs/guidance.md).
 */
export const isLatestIndependent = (entry: CorpusEntry): boolean => entry.id.includes('-fresh8-');

/** The part of the corpus the rules were tuned on. */
export const isTraining = (entry: CorpusEntry): boolean =>
  !isHeldOut(entry) &&
  !isFresh(entry) &&
  !isSecondFresh(entry) &&
  !isThirdFresh(entry) &&
  !isIndependent(entry) &&
  !isSecondIndependent(entry) &&
  !isThirdIndependent(entry) &&
  !isHeldBack(entry) &&
  !isLatestIndependent(entry);
