import { Button } from '@zendeskgarden/react-buttons';
import { Notification } from '@zendeskgarden/react-notifications';
import { Paragraph } from '@zendeskgarden/react-typography';
import { useCallback, useMemo } from 'react';
import { parseSettings } from '../../domain/settings';
import { buildTemplateCatalog } from '../../domain/templates/catalog';
import { useI18n } from '../../i18n/I18nProvider';
import { LoadingDots } from '../../ui/LoadingDots';
import { Row } from '../../ui/layout';
import { useZaf } from '../../zaf/ZafProvider';
import { MANAGER_EVENTS, type ManagerContext } from './managerMessages';
import TemplateManager from './TemplateManager';
import { useOpenerContext } from './useOpenerContext';
import type { TemplateTexts } from './useTemplateDrafts';
import type { UserSnapshot } from '../../domain/types';

/**
 * The template manager in Zendesk's modal: waits for the sidebar that opened it, then shows the
 * manager full size. Saved texts go back to that sidebar; closing closes the modal.
 */
export function TemplateManagerWindow() {
  const { t } = useI18n();
  const { zendesk } = useZaf();
  const opener = useOpenerContext();
  const close = useCallback(() => {
    zendesk.closeSelf().catch((error: unknown) => console.error('Zendesk did not close the modal', error));
  }, [zendesk]);

  if (opener.status === 'waiting')
    return (
      <Row role="status">
        <LoadingDots />
        <Paragraph>{t('settings.loading')}</Paragraph>
      </Row>
    );
  if (opener.status === 'lost') return <Problem message={t('manager.openerLost')} onClose={close} />;
  if (opener.currentUser?.role !== 'admin') return <Problem message={t('manager.adminsOnly')} onClose={close} />;
  return <ManagerForOpener context={opener.context} currentUser={opener.currentUser} onClose={close} />;
}

function Problem({ message, onClose }: { message: string; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Notification type="error" role="alert">
      <Paragraph>{message}</Paragraph>
      <Button size="small" onClick={onClose}>
        {t('settings.close')}
      </Button>
    </Notification>
  );
}

interface ManagerForOpenerProps {
  context: ManagerContext;
  currentUser: UserSnapshot;
  onClose: () => void;
}

function ManagerForOpener({ context, currentUser, onClose }: ManagerForOpenerProps) {
  const { zendesk, metadata, context: own } = useZaf();
  // The installation's other settings as Zendesk gave them to this modal; the template texts as
  // the sidebar uses them (it may have saved newer ones since Zendesk read its settings).
  const settings = useMemo(
    () => ({ ...parseSettings(metadata.settings), templateTexts: context.templateTexts }),
    [metadata.settings, context.templateTexts],
  );
  const catalog = useMemo(() => buildTemplateCatalog(settings.templateTexts), [settings.templateTexts]);
  const onSaved = useCallback(
    (texts: TemplateTexts) => {
      const message = { from: own.instanceGuid ?? '', texts };
      if (context.opener === '' || !zendesk.tellInstance(context.opener, MANAGER_EVENTS.saved, message))
        void zendesk.tellInstances('ticket_sidebar', MANAGER_EVENTS.saved, message);
    },
    [zendesk, own.instanceGuid, context.opener],
  );
  return (
    <TemplateManager
      review={context.review}
      settings={settings}
      catalog={catalog}
      currentUser={currentUser}
      onClose={onClose}
      onSaved={onSaved}
      focusOnOpen
    />
  );
}
