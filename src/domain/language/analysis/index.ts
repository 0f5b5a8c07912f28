import type { ReviewLanguage } from '../../types';
import type { AnalysisLexicon } from '../lexicon';
import { da } from './da';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fi } from './fi';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { no } from './no';
import { pl } from './pl';
import { sv } from './sv';

/**
 * Every review language's word lists for analysing a review, kept apart from `../lexicons` so
 * they load with the analysis. Add a language by adding a file and a line here and there.
 */
export const ANALYSIS_LEXICONS: Readonly<Record<ReviewLanguage, AnalysisLexicon>> = {
  en,
  sv,
  fr,
  da,
  de,
  nl,
  es,
  no,
  fi,
  it,
  pl,
};
