import { Notification } from '@zendeskgarden/react-notifications';
import { Paragraph } from '@zendeskgarden/react-typography';
import styled from 'styled-components';
import { LoadingDots } from '../ui';
import { useI18n } from '../i18n/I18nProvider';

const Centered = styled.div`
  display: flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.sm};
  padding: ${({ theme }) => theme.space.md};
`;

export interface StatusMessageProps {
  kind: 'loading' | 'info' | 'error';
  messageKey: string;
  titleKey?: string;
}

/** A full-panel loading, information or error message, translated. */
export function StatusMessage({ kind, messageKey, titleKey }: StatusMessageProps) {
  const { t } = useI18n();
  if (kind === 'loading') {
    return (
      <Centered role="status" aria-live="polite">
        <LoadingDots />
        <Paragraph>{t(messageKey)}</Paragraph>
      </Centered>
    );
  }
  return (
    <Centered>
      <Notification type={kind === 'error' ? 'error' : 'info'} role={kind === 'error' ? 'alert' : 'status'}>
        {titleKey ? <Notification.Title>{t(titleKey)}</Notification.Title> : null}
        <Paragraph>{t(messageKey)}</Paragraph>
      </Notification>
    </Centered>
  );
}
