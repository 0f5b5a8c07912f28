import type { ReviewLanguage } from '../../types';
import type { CoreLexicon } from '../lexicon';
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
 * Every review language's word lists for reading a review; the analysis lists are in
 * `../analysis`. Add a language by adding a file and a line here and there.
 */
export const LEXICONS: Readonly<Record<ReviewLanguage, CoreLexicon>> = { en, sv, fr, da, de, nl, es, no, fi, it, pl };
