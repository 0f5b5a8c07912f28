import { Checkbox, Field, Fieldset } from '@zendeskgarden/react-forms';
import styled from 'styled-components';
import type { ChecklistItem } from '../../domain/proofread/checklist';
import { useI18n } from '../../i18n/I18nProvider';
import { visuallyHidden } from '../../ui';

/** The items close together: the checklist sits right above "Mark as proofread". */
const List = styled(Fieldset)`
  & > * + * {
    margin-top: ${({ theme }) => theme.space.xxs} !important;
  }
`;

const Legend = styled(Fieldset.Legend)`
  ${visuallyHidden}
`;

export interface ProofreadChecklistProps {
  items: readonly ChecklistItem[];
  ticked: ReadonlySet<ChecklistItem>;
  onToggle: (item: ChecklistItem, ticked: boolean) => void;
}

/** The guide's checklist, ticked by the agent before marking the reply as proofread. */
export function ProofreadChecklist({ items, ticked, onToggle }: ProofreadChecklistProps) {
  const { t } = useI18n();
  return (
    <List>
      {/* The items say what they are; the legend names the group for assistive technology. */}
      <Legend>{t('proofread.checklistHeading')}</Legend>
      {items.map((item) => (
        <Field key={item}>
          <Checkbox checked={ticked.has(item)} onChange={(event) => onToggle(item, event.target.checked)}>
            <Field.Label>{t(`proofread.checklist.${item}`)}</Field.Label>
          </Checkbox>
        </Field>
      ))}
    </List>
  );
}
