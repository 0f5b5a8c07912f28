import { Button } from '@zendeskgarden/react-buttons';
import { Checkbox, Field } from '@zendeskgarden/react-forms';
import { Well } from '@zendeskgarden/react-notifications';
import { Paragraph, SM } from '@zendeskgarden/react-typography';
import { useId } from 'react';
import styled from 'styled-components';
import type { ChecklistItem } from '../../domain/proofread/checklist';
import type { ContactValue } from '../../domain/proofread/confirmableContacts';
import type { ReplyCheck } from '../../domain/proofread/types';
import type { Review } from '../../domain/review/types';
import { useI18n } from '../../i18n/I18nProvider';
import { ContactConfirmations } from './ContactConfirmations';
import { IssueList } from './IssueList';
import { ProofreadChecklist } from './ProofreadChecklist';
import { ProofreadStatus, type StampState } from './ProofreadStatus';
import { ReplyPreview } from './ReplyPreview';
import { ReviewText } from './ReviewText';
import { Subtle } from '../../ui';

const Hint = styled(Subtle)`
  margin-top: ${({ theme }) => theme.space.xxs};
`;

export interface ProofreadViewProps {
  /** The reply's published text. */
  text: string;
  check: ReplyCheck;
  review: Review;
  stamp: StampState;
  checklist: readonly ChecklistItem[];
  ticked: ReadonlySet<ChecklistItem>;
  onTick: (item: ChecklistItem, ticked: boolean) => void;
  secondReplyConfirmed: boolean;
  onConfirmSecondReply: (confirmed: boolean) => void;
  /** E-mail addresses and phone numbers the agent may confirm as the company's own. */
  contacts: readonly ContactValue[];
  confirmedContacts: readonly string[];
  onConfirmContact: (contact: ContactValue, confirmed: boolean) => void;
  onMark: () => void;
}

/** The proofread view: status, the reply as published, what the checks found, the review, the checklist. */
export function ProofreadView(props: ProofreadViewProps) {
  const { text, check, review, stamp, checklist, ticked } = props;
  const { t } = useI18n();
  const previewId = useId();
  const hintId = useId();
  const issues = [...check.blocking, ...check.warnings];
  const blocked = check.blocking.length > 0;
  const complete = checklist.every((item) => ticked.has(item));
  const hint = blocked ? t('proofread.markBlocked') : complete ? null : t('proofread.markChecklist');

  return (
    <>
      <ProofreadStatus state={stamp} />
      <SM tag="h3" isBold id={previewId}>
        {t('proofread.previewHeading')}
      </SM>
      <ReplyPreview text={text} issues={issues} labelledBy={previewId} />
      {blocked ? <IssueList title={t('proofread.problemsHeading')} issues={check.blocking} text={text} /> : null}
      <ContactConfirmations
        contacts={props.contacts}
        confirmed={props.confirmedContacts}
        onConfirm={props.onConfirmContact}
      />
      {check.warnings.length > 0 ? (
        <IssueList title={t('proofread.warningsHeading')} issues={check.warnings} text={text} />
      ) : blocked ? null : (
        <Paragraph>{t('proofread.noWarnings')}</Paragraph>
      )}
      {review.alreadyAnswered ? (
        <Well isRecessed>
          <Paragraph>{t('proofread.secondReplyNotice')}</Paragraph>
          <Field>
            <Checkbox
              checked={props.secondReplyConfirmed}
              onChange={(event) => props.onConfirmSecondReply(event.target.checked)}
            >
              <Field.Label>{t('proofread.secondReplyConfirm')}</Field.Label>
            </Checkbox>
          </Field>
        </Well>
      ) : null}
      <ReviewText review={review} />
      <ProofreadChecklist items={checklist} ticked={ticked} onToggle={props.onTick} />
      {stamp === 'current' ? null : (
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
      )}
    </>
  );
}
