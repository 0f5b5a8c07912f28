import { useCallback, useEffect, useState } from 'react';
import { TEMPLATE_SETTING_NAMES, type TemplateSettingName } from '../../domain/settings';
import type { TemplateTexts } from './useTemplateDrafts';

/** Every key this writes starts with this; one entry per installation. */
export const KEPT_DRAFTS_PREFIX = 'trustpilot-reply-assistant:v1:manager-drafts:';

/** Unsaved template texts kept in the browser, and when they were last changed. */
export interface KeptDrafts {
  savedAt: Date;
  texts: Partial<TemplateTexts>;
}

// Reading `window.localStorage` itself throws in a sandboxed frame whose storage is blocked.
function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : (window.localStorage ?? null);
  } catch {
    return null;
  }
}

/** What was kept for an installation; null when nothing (or nothing readable) is. Never throws. */
export function readKept(storage: Storage | null, key: string): KeptDrafts | null {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(key) ?? 'null');
    if (raw === null || typeof raw !== 'object') return null;
    const { savedAt, texts } = raw as { savedAt?: unknown; texts?: unknown };
    const date = typeof savedAt === 'string' ? new Date(savedAt) : null;
    if (!date || Number.isNaN(date.getTime()) || texts === null || typeof texts !== 'object') return null;
    const kept: Partial<TemplateTexts> = {};
    for (const name of TEMPLATE_SETTING_NAMES) {
      const text = (texts as Record<string, unknown>)[name];
      if (typeof text === 'string') kept[name] = text;
    }
    return Object.keys(kept).length > 0 ? { savedAt: date, texts: kept } : null;
  } catch {
    return null;
  }
}

function store(storage: Storage | null, key: string, texts: Partial<TemplateTexts> | null): void {
  try {
    if (texts === null) storage?.removeItem(key);
    else storage?.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), texts }));
  } catch {
    // Full or blocked storage: the texts stay in the open manager only.
  }
}

/**
 * Keeps the manager's unsaved texts in the browser while they change, so a manager closed without
 * asking (Zendesk's × or Esc on its modal, a reload) loses nothing: the next time it opens, `offer`
 * holds those texts to restore or drop. `clear` forgets them (after the admin chose to discard).
 */
export function useKeptDrafts(
  installationId: number | string,
  drafts: TemplateTexts,
  changed: readonly TemplateSettingName[],
  storage: Storage | null = browserStorage(),
) {
  const key = `${KEPT_DRAFTS_PREFIX}${String(installationId)}`;
  const [offer, setOffer] = useState<KeptDrafts | null>(() => {
    const kept = readKept(storage, key);
    const differs = kept && TEMPLATE_SETTING_NAMES.some((name) => (kept.texts[name] ?? drafts[name]) !== drafts[name]);
    return differs ? kept : null;
  });

  // While an offer is open, what is kept stays as it is; afterwards it follows the edits.
  useEffect(() => {
    if (offer) return;
    store(storage, key, changed.length > 0 ? Object.fromEntries(changed.map((name) => [name, drafts[name]])) : null);
  }, [offer, storage, key, drafts, changed]);

  const dismiss = useCallback(() => setOffer(null), []);
  const clear = useCallback(() => store(storage, key, null), [storage, key]);
  return { offer, dismiss, clear };
}
