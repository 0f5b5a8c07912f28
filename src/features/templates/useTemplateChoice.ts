import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Review } from '../../domain/review/types';
import type { AppSettings } from '../../domain/settings';
import { chooseTemplateLanguage } from '../../domain/templates/chooseLanguage';
import { typedContactFields } from '../../domain/templates/contactFields';
import { fillTemplate, openFields, type FilledTemplate } from '../../domain/templates/fillTemplate';
import { knownValuesFor } from '../../domain/templates/knownValues';
import { languagesOf, templatesForReview } from '../../domain/templates/selectTemplates';
import type { OpenPlaceholder, Template, TemplateLanguage } from '../../domain/templates/types';
import type { Scenario, UserSnapshot } from '../../domain/types';
import { useOwnContacts } from '../proofread';

/** The agent's template choice and the text it produces. */
export interface TemplateChoice {
  languages: TemplateLanguage[];
  language: TemplateLanguage | null;
  /** The templates in the chosen language, best first. */
  templates: Template[];
  template: Template | null;
  filled: FilledTemplate | null;
  /** The placeholders the agent is asked for: open before anything was typed, one per label. */
  askFor: OpenPlaceholder[];
  fields: Record<string, string>;
  setLanguage: (language: TemplateLanguage) => void;
  setTemplateId: (id: string) => void;
  setField: (key: string, value: string) => void;
}

/**
 * Picks templates for the review from `catalog` (the installation's templates, built once where the
 * settings arrive), the language, and fills the chosen one as the agent types.
 */
export function useTemplateChoice(
  review: Review,
  scenario: Scenario,
  settings: AppSettings,
  catalog: readonly Template[],
  currentUser: UserSnapshot | null,
): TemplateChoice {
  const fitting = useMemo(
    () =>
      templatesForReview(catalog, {
        scenario,
        stars: review.stars,
        anonymous: review.reviewer.anonymous,
      }),
    [catalog, scenario, review.stars, review.reviewer.anonymous],
  );
  const languages = useMemo(() => languagesOf(fitting), [fitting]);
  const [pickedLanguage, setPickedLanguage] = useState<TemplateLanguage | null>(null);
  const [pickedId, setPickedId] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  const language =
    pickedLanguage !== null && languages.includes(pickedLanguage)
      ? pickedLanguage
      : chooseTemplateLanguage({
          available: languages,
          reviewLanguage: review.language,
          agentLocale: currentUser?.locale ?? '',
        });
  const templates = useMemo(() => fitting.filter((template) => template.language === language), [fitting, language]);
  const template = templates.find((candidate) => candidate.id === pickedId) ?? templates[0] ?? null;

  const values = useMemo(
    () => knownValuesFor({ review, settings, agent: currentUser, language: language ?? 'en' }),
    [review, settings, currentUser, language],
  );
  const filled = useMemo(
    () => (template ? fillTemplate(template.body, { ...values, fields }) : null),
    [template, values, fields],
  );
  // Fields stay while the agent types into them, so they come from the text without typed values.
  const askFor = useMemo(
    () => (template ? openFields(fillTemplate(template.body, values).open) : []),
    [template, values],
  );

  // What the contact fields hold is offered as the company's own, should this template be inserted.
  const { setTyped } = useOwnContacts();
  useEffect(() => {
    setTyped(typedContactFields(askFor, fields));
  }, [askFor, fields, setTyped]);
  useEffect(() => () => setTyped([]), [setTyped]);

  const setLanguage = useCallback(
    (next: TemplateLanguage) => {
      // Keep the same kind of template when the language changes.
      const slot = template?.slot;
      const match = fitting.find((candidate) => candidate.language === next && candidate.slot === slot);
      setPickedLanguage(next);
      setPickedId(match?.id ?? null);
    },
    [fitting, template],
  );
  const setField = useCallback(
    (key: string, value: string) => setFields((current) => ({ ...current, [key]: value })),
    [],
  );

  return {
    languages,
    language,
    templates,
    template,
    filled,
    askFor,
    fields,
    setLanguage,
    setTemplateId: setPickedId,
    setField,
  };
}
