import { Button } from '@zendeskgarden/react-buttons';
import { Notification } from '@zendeskgarden/react-notifications';
import { MD, Paragraph } from '@zendeskgarden/react-typography';
import { useEffect, useRef } from 'react';
import { isLocalInstallation } from '../../api/installation';
import { useI18n } from '../../i18n/I18nProvider';
import { useZaf } from '../../zaf/ZafProvider';
import { Row } from '../../ui';

export interface ManagerHeaderProps {
  headingId: string;
  onClose: () => void;
  /** The close button's label ("Close" by default; "Back to the review" where the manager replaced the sidebar). */
  closeLabel?: string;
  /** Moves focus to the heading when the manager appears. */
  focusOnOpen?: boolean;
}

/** The manager's heading and close button; under zcli apps:server, why nothing can be saved. */
export function ManagerHeader({ headingId, onClose, closeLabel, focusOnOpen = false }: ManagerHeaderProps) {
  const { t } = useI18n();
  const { metadata } = useZaf();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnOpen) heading.current?.focus();
  }, [focusOnOpen]);
  return (
    <>
      <Row $wrap $spread>
        <MD tag="h2" isBold id={headingId} ref={heading} tabIndex={-1}>
          {t('settings.title')}
        </MD>
        <Button size="small" isBasic onClick={onClose}>
          {closeLabel ?? t('settings.close')}
        </Button>
      </Row>
      {isLocalInstallation(metadata.installationId) ? (
        <Notification type="info">
          <Paragraph>{t('settings.localNotice')}</Paragraph>
        </Notification>
      ) : null}
    </>
  );
}
