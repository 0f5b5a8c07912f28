import { Button } from '@zendeskgarden/react-buttons';
import { useId, type Ref } from 'react';
import styled from 'styled-components';
import type { ChecklistItem } from '../../domain/proofread/checklist';
import type { ContactValue } from '../../domain/proofread/confirmableContacts';
import type { ReplyCheck } from '../../domain/proofread/types';
import { useI18n } from '../../i18n/I18nProvider';
import { ContactConfirmations } from './ContactConfirmations';
import { IssueList } from './IssueList';
import { ProofreadChecklist } from './ProofreadChecklist';
import { ProofreadStatus, type StampState } from './ProofreadStatus';
import { ReplyPreview } from './ReplyPreview';
import { Subtle } from '../../ui';

const Hint = styled(Subtle)`
  margin-top: ${({ theme }) => theme.space.xxs};
`;

export interface ProofreadViewProps {
  /** The reply's published text. */
  text: string;
  check: ReplyCheck;
  stamp: StampState;
  /** The status line, focused after the reply was marked as proofread. */
  statusRef?: Ref<HTMLDivElement>;
  checklist: readonly ChecklistItem[];
  ticked: ReadonlySet<ChecklistItem>;
  onTick: (item: ChecklistItem, ticked: boolean) => void;
  /** E-mail addresses and phone numbers the agent may confirm as the company's own. */
  contacts: readonly ContactValue[];
  confirmedContacts: readonly string[];
  onConfirmContact: (contact: ContactValue, confirmed: boolean) => void;
  onMark: () => void;
}

/**
 * The proofread view: status, the reply as published, what the checks found, the checklist and
 * "Mark as proofread". Once the exact text is stamped, the status and the text only.
 */
export function ProofreadView(props: ProofreadViewProps) {
  const { text, check, stamp, checklist, ticked } = props;
  const { t } = useI18n();
  const hintId = useId();
  const issues = [...check.blocking, ...check.warnings];
  const blocked = check.blocking.length > 0;
  const complete = checklist.every((item) => ticked.has(item));
  const hint = blocked ? t('proofread.markBlocked') : complete ? null : t('proofread.markChecklist');
  const ready = stamp === 'current';

  return (
    <>
      {stamp === 'none' ? null : <ProofreadStatus state={stamp} statusRef={props.statusRef} />}
      <ReplyPreview text={text} issues={ready ? [] : issues} label={t('proofread.previewHeading')} />
      {ready ? null : (
        <>
          {blocked ? <IssueList title={t('proofread.problemsHeading')} issues={check.blocking} text={text} /> : null}
          <ContactConfirmations
            contacts={props.contacts}
            confirmed={props.confirmedContacts}
            onConfirm={props.onConfirmContact}
          />
          {check.warnings.length > 0 ? (
            <IssueList title={t('proofread.warningsHeading')} issues={check.warnings} text={text} />
          ) : null}
          <ProofreadChecklist items={checklist} ticked={ticked} onToggle={props.onTick} />
          <div>
            <Button
              isPrimary
              isStretched
              disabled={hint !== null}
              aria-describedby={hint === null ? undefined : hintId}
              onClick={props.onMark}
            >
              {t('proofread.markButton')}
            </Button>
            {hint === null ? null : <Hint id={hintId}>{hint}</Hint>}
          </div>
          {/* Said after the button: with nothing found, what matters next is the checklist. */}
          {blocked || check.warnings.length > 0 ? null : <Subtle>{t('proofread.noWarnings')}</Subtle>}
        </>
      )}
    </>
  );
}
