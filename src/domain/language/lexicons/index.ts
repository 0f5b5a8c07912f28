import type { ReviewLanguage } from '../../types';
import type { Lexicon } from '../lexicon';
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

/** Every review language's word lists; add a language by adding a file and a line here. */
export const LEXICONS: Readonly<Record<ReviewLanguage, Lexicon>> = { en, sv, fr, da, de, nl, es, no, fi, it, pl };
