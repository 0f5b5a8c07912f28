import { Checkbox, Field, Fieldset } from '@zendeskgarden/react-forms';
import type { ChecklistItem } from '../../domain/proofread/checklist';
import { useI18n } from '../../i18n/I18nProvider';

export interface ProofreadChecklistProps {
  items: readonly ChecklistItem[];
  ticked: ReadonlySet<ChecklistItem>;
  onToggle: (item: ChecklistItem, ticked: boolean) => void;
}

/** The guide's checklist, ticked by the agent before marking the reply as proofread. */
export function ProofreadChecklist({ items, ticked, onToggle }: ProofreadChecklistProps) {
  const { t } = useI18n();
  return (
    <Fieldset>
      <Fieldset.Legend>{t('proofread.checklistHeading')}</Fieldset.Legend>
      {items.map((item) => (
        <Field key={item}>
          <Checkbox checked={ticked.has(item)} onChange={(event) => onToggle(item, event.target.checked)}>
            <Field.Label>{t(`proofread.checklist.${item}`)}</Field.Label>
          </Checkbox>
        </Field>
      ))}
    </Fieldset>
  );
}
