import { Button } from '@zendeskgarden/react-buttons';
import { Notification, Title } from '@zendeskgarden/react-notifications';
import { Paragraph } from '@zendeskgarden/react-typography';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import styled from 'styled-components';
import type { Review } from '../../domain/review/types';
import type { AppSettings } from '../../domain/settings';
import type { TemplateCatalog } from '../../domain/templates/catalog';
import type { UserSnapshot } from '../../domain/types';
import { useI18n } from '../../i18n/I18nProvider';
import { Row, Subtle } from '../../ui';
import { ManagerLoader } from './ManagerLoader';
import { useManagerView } from './ManagerViewHost';
import { SettingsProblems } from './SettingsProblems';
import { useManagerWindow } from './useManagerWindow';
import type { TemplateTexts } from './useTemplateDrafts';

const Box = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${({ theme }) => theme.space.xs};
  padding: ${({ theme }) => theme.space.xs} 0;
`;

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
 * For admins only: problems in the template settings, and "Manage templates", which opens the
 * manager in Zendesk's modal — or, where Zendesk cannot open one, in place of the sidebar's content
 * (its code is a separate chunk there, so agents never download it). Focus comes back to the
 * button when the manager closes.
 */
export function TemplateManagerLauncher({
  currentUser,
  review,
  settings,
  catalog,
  onSaved,
}: TemplateManagerLauncherProps) {
  const { t } = useI18n();
  const view = useManagerView();
  const button = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);
  const onClosed = useCallback(() => {
    view?.setShown(false);
    setReturnFocus(true);
  }, [view]);
  const { place, open, closeInline } = useManagerWindow({
    review,
    templateTexts: settings.templateTexts,
    onSaved,
    onClosed,
  });
  const inline = place.kind === 'inline';
  const fullView = inline && view?.target ? view : null;
  useEffect(() => {
    if (!fullView) return undefined;
    fullView.setShown(true);
    // The sidebar's content never stays hidden behind a manager that is gone.
    return () => fullView.setShown(false);
  }, [fullView]);
  useEffect(() => {
    if (!returnFocus) return;
    setReturnFocus(false);
    button.current?.focus();
  }, [returnFocus]);
  const { validation } = catalog;

  if (currentUser?.role !== 'admin') return null;
  const manager = inline ? (
    <ManagerLoader
      review={review}
      settings={settings}
      catalog={catalog}
      currentUser={currentUser}
      onClose={closeInline}
      onSaved={onSaved}
      closeLabel={t('manager.backToReview')}
      focusOnOpen
    />
  ) : null;
  return (
    <Box>
      {!validation.ok ? (
        <Notification type="warning" role="status">
          <Title>{t('settings.problemsTitle', { count: validation.problems.length })}</Title>
          <Paragraph>{t('settings.problemsBody')}</Paragraph>
          <SettingsProblems problems={validation.problems} withSetting label={t('settings.problemsListLabel')} />
        </Notification>
      ) : null}
      {manager && fullView?.target ? createPortal(manager, fullView.target) : manager}
      {inline && !fullView ? null : (
        <Row $wrap>
          <Button ref={button} size="small" onClick={open} disabled={place.kind === 'opening'}>
            {t('settings.open')}
          </Button>
          {place.kind === 'opening' ? <Subtle role="status">{t('manager.opening')}</Subtle> : null}
          {place.kind === 'modal' ? <Subtle role="status">{t('manager.openInModal')}</Subtle> : null}
        </Row>
      )}
    </Box>
  );
}
