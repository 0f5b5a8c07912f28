import { Button } from '@zendeskgarden/react-buttons';
import { Dots } from '@zendeskgarden/react-loaders';
import { Notification } from '@zendeskgarden/react-notifications';
import { Paragraph } from '@zendeskgarden/react-typography';
import { lazy, Suspense, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Row } from '../../ui';
import { ManagerBoundary } from './ManagerBoundary';
import type { TemplateManagerProps } from './TemplateManager';

const loadManager = () => lazy(() => import('./TemplateManager'));

/**
 * The manager's chunk loading: a loading line while it downloads, a translated error with a retry
 * when it fails (a retry makes a new lazy component: React keeps a failed import for its lifetime).
 */
export function ManagerLoader(props: TemplateManagerProps) {
  const { t } = useI18n();
  const [Manager, setManager] = useState(loadManager);
  return (
    <ManagerBoundary
      fallback={(retry) => (
        <Notification type="error" role="alert">
          <Paragraph>{t('settings.loadFailed')}</Paragraph>
          <Row $wrap>
            <Button
              size="small"
              onClick={() => {
                setManager(loadManager);
                retry();
              }}
            >
              {t('settings.retry')}
            </Button>
            <Button size="small" isBasic onClick={props.onClose}>
              {props.closeLabel ?? t('settings.close')}
            </Button>
          </Row>
        </Notification>
      )}
    >
      <Suspense
        fallback={
          <Row role="status">
            <Dots size={16} aria-hidden="true" />
            <Paragraph>{t('settings.loading')}</Paragraph>
          </Row>
        }
      >
        <Manager {...props} />
      </Suspense>
    </ManagerBoundary>
  );
}
