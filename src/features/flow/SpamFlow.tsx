import { Anchor } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { MD, Paragraph } from '@zendeskgarden/react-typography';
import { useId, type ReactNode } from 'react';
import styled from 'styled-components';
import { useI18n } from '../../i18n/I18nProvider';
import { Section } from '../../ui';

const Steps = styled.ol`
  display: flex;
  flex-direction: column;
  gap: ${({ theme }) => theme.space.xs};
  margin: 0;
  padding-inline-start: ${({ theme }) => theme.space.md};
`;

export interface SpamFlowProps {
  /** A public reply is in the editor: it must become an internal note. */
  publicDraft: boolean;
  /** The review on Trustpilot, where it is flagged; null when unknown. */
  reviewLink: string | null;
  /** The internal-note template, ready to insert. */
  note: ReactNode;
}

/** Spam or irrelevant: no public reply. An internal note, the review flagged on Trustpilot, the ticket closed. */
export function SpamFlow({ publicDraft, reviewLink, note }: SpamFlowProps) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <Section aria-labelledby={headingId} $gap="xs">
      <MD tag="h2" isBold id={headingId}>
        {t('flow.spam.heading')}
      </MD>
      {publicDraft ? (
        <Alert type="error" role="alert">
          <Alert.Paragraph>{t('flow.spam.publicDraft')}</Alert.Paragraph>
        </Alert>
      ) : null}
      <Steps>
        <li>
          <Paragraph>{t('flow.spam.note')}</Paragraph>
          {note}
        </li>
        <li>
          {reviewLink ? (
            <Anchor
              href={reviewLink}
              isExternal
              externalIconLabel={t('review.opensInNewTab')}
              target="_blank"
              rel="noopener noreferrer"
            >
              {t('flow.spam.flag')}
            </Anchor>
          ) : (
            <Paragraph>{t('flow.spam.flagNoLink')}</Paragraph>
          )}
        </li>
        <li>
          <Paragraph>{t('flow.spam.close')}</Paragraph>
        </li>
      </Steps>
    </Section>
  );
}
