import { Button } from '@zendeskgarden/react-buttons';
import { Dots } from '@zendeskgarden/react-loaders';
import { Notification, Title } from '@zendeskgarden/react-notifications';
import { Paragraph } from '@zendeskgarden/react-typography';
import { lazy, Suspense, useState, type ComponentType } from 'react';
import styled from 'styled-components';
import type { Review } from '../../domain/review/types';
import type { AppSettings } from '../../domain/settings';
import type { TemplateCatalog } from '../../domain/templates/catalog';
import type { UserSnapshot } from '../../domain/types';
import { useI18n } from '../../i18n/I18nProvider';
import { ManagerBoundary } from './ManagerBoundary';
import { SettingsProblems } from './SettingsProblems';
import type { TemplateManagerProps } from './TemplateManager';
import type { TemplateTexts } from './useTemplateDrafts';
import { Row } from '../../ui';

const Box = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${({ theme }) => theme.space.xs};
  padding: ${({ theme }) => theme.space.xs} 0;
`;

const loadManager = () => lazy(() => import('./TemplateManager'));

export interface TemplateManagerLauncherProps {
  currentUser: UserSnapshot | null;
  review: Review;
  settings: AppSettings;
  /** The catalogue built from `settings.templateTexts`, with the check of those settings. */
  catalog: TemplateCatalog;
  /** Called with the template texts once the manager has saved them. */
  onSaved?: (texts: TemplateTexts) => void;
}

/**
 * For admins only: problems in the template settings, and a button that loads the template
 * manager on demand (a separate chunk, so agents never download it).
 */
export function TemplateManagerLauncher({
  currentUser,
  review,
  settings,
  catalog,
  onSaved,
}: TemplateManagerLauncherProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const { validation } = catalog;
  // A new lazy component per attempt: React keeps a failed import for the component's lifetime.
  const [Manager, setManager] = useState(loadManager);

  if (currentUser?.role !== 'admin') return null;
  return (
    <Box>
      {!validation.ok ? (
        <Notification type="warning" role="status">
          <Title>{t('settings.problemsTitle', { count: validation.problems.length })}</Title>
          <Paragraph>{t('settings.problemsBody')}</Paragraph>
          <SettingsProblems problems={validation.problems} withSetting label={t('settings.problemsListLabel')} />
        </Notification>
      ) : null}
      {open ? (
        <ManagerLoader
          Manager={Manager}
          onRetry={() => setManager(loadManager)}
          props={{ review, settings, catalog, currentUser, onClose: () => setOpen(false), onSaved }}
        />
      ) : (
        <Row>
          <Button size="small" onClick={() => setOpen(true)}>
            {t('settings.open')}
          </Button>
        </Row>
      )}
    </Box>
  );
}

/**
 * The manager's chunk loading: a loading line while it downloads, a translated error with a retry
 * when it fails (`onRetry` replaces the failed lazy component).
 */
function ManagerLoader({
  Manager,
  onRetry,
  props,
}: {
  Manager: ComponentType<TemplateManagerProps>;
  onRetry: () => void;
  /** What the manager is opened with. */
  props: TemplateManagerProps;
}) {
  const { t } = useI18n();
  return (
    <ManagerBoundary
      fallback={(retry) => (
        <Notification type="error" role="alert">
          <Paragraph>{t('settings.loadFailed')}</Paragraph>
          <Button
            size="small"
            onClick={() => {
              onRetry();
              retry();
            }}
          >
            {t('settings.retry')}
          </Button>
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
