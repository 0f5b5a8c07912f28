import { Button } from '@zendeskgarden/react-buttons';
import { Notification } from '@zendeskgarden/react-notifications';
import { MD, Paragraph } from '@zendeskgarden/react-typography';
import { isLocalInstallation } from '../../api/installation';
import { useI18n } from '../../i18n/I18nProvider';
import { useZaf } from '../../zaf/ZafProvider';
import { Row } from '../../ui';

/** The manager's heading and close button; under zcli apps:server, why nothing can be saved. */
export function ManagerHeader({ headingId, onClose }: { headingId: string; onClose: () => void }) {
  const { t } = useI18n();
  const { metadata } = useZaf();
  return (
    <>
      <Row $wrap $spread>
        <MD tag="h2" isBold id={headingId}>
          {t('settings.title')}
        </MD>
        <Button size="small" isBasic onClick={onClose}>
          {t('settings.close')}
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
