import { Button } from '@zendeskgarden/react-buttons';
import { Notification } from '@zendeskgarden/react-notifications';
import { Paragraph } from '@zendeskgarden/react-typography';
import { lazy, Suspense, useState } from 'react';
import styled from 'styled-components';
import type { AppSettings } from '../../domain/settings';
import type { UserSnapshot } from '../../domain/types';
import { useI18n } from '../../i18n/I18nProvider';
import { LoadingDots, Row } from '../../ui';
import { ManagerBoundary } from '../settings';

const Box = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${({ theme }) => theme.space.xs};
  padding: ${({ theme }) => theme.space.xs} 0;
`;

const loadPanel = () => lazy(() => import('./SetupPanel'));

export interface SetupLauncherProps {
  currentUser: UserSnapshot | null;
  settings: AppSettings;
}

/**
 * For admins only: a button that loads the Zendesk set-up panel on demand (its own chunk, so
 * agents never download it).
 */
export function SetupLauncher({ currentUser, settings }: SetupLauncherProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  // A new lazy component per attempt: React keeps a failed import for the component's lifetime.
  const [Panel, setPanel] = useState(loadPanel);

  if (currentUser?.role !== 'admin') return null;
  return (
    <Box>
      {open ? (
        <ManagerBoundary
          fallback={(retry) => (
            <Notification type="error" role="alert">
              <Paragraph>{t('setup.loadFailed')}</Paragraph>
              <Button
                size="small"
                onClick={() => {
                  setPanel(loadPanel);
                  retry();
                }}
              >
                {t('setup.retry')}
              </Button>
            </Notification>
          )}
        >
          <Suspense
            fallback={
              <Row role="status">
                <LoadingDots />
                <Paragraph>{t('setup.loadingPanel')}</Paragraph>
              </Row>
            }
          >
            <Panel settings={settings} onClose={() => setOpen(false)} />
          </Suspense>
        </ManagerBoundary>
      ) : (
        <Row>
          <Button size="small" onClick={() => setOpen(true)}>
            {t('setup.open')}
          </Button>
        </Row>
      )}
    </Box>
  );
}
