import type { UiLocale } from '../../types';
import { SLOT_INFO, type BuiltInSlot } from '../slots';
import type { Template } from '../types';
import { da } from './da';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { sv } from './sv';

/** The built-in template texts, by language and slot. */
export const BUILT_IN_TEXTS: Record<UiLocale, Record<BuiltInSlot, string>> = { en, sv, fr, da, de };

/** The built-in templates of one slot, one per language. */
export function builtInTemplates(slot: BuiltInSlot): Template[] {
  const info = SLOT_INFO[slot];
  return (Object.keys(BUILT_IN_TEXTS) as UiLocale[]).map((language) => ({
    id: `${slot}:${language}:builtin`,
    slot,
    scenario: info.scenarios.length === 1 && info.scenarios[0] ? info.scenarios[0] : 'any',
    language,
    title: null,
    body: BUILT_IN_TEXTS[language][slot],
    type: info.type,
    source: 'builtIn' as const,
  }));
}

/** Every built-in template, in slot order. */
