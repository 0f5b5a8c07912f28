import { MD } from '@zendeskgarden/react-typography';
import { useId, useState } from 'react';
import styled from 'styled-components';
import type { Review } from '../../domain/review/types';
import type { AppSettings, TemplateSettingName } from '../../domain/settings';
import type { TemplateCatalog } from '../../domain/templates/catalog';
import type { UserSnapshot } from '../../domain/types';
import { useI18n } from '../../i18n/I18nProvider';
import { DiscardConfirm } from './DiscardConfirm';
import { KeptDraftsOffer } from './KeptDraftsOffer';
import { ManagerHeader } from './ManagerHeader';
import { ManagerPreview } from './ManagerPreview';
import { ManagerSaveBar } from './ManagerSaveBar';
import { SettingEditor } from './SettingEditor';
import { SettingPicker } from './SettingPicker';
import { useKeptDrafts } from './useKeptDrafts';
import { useTemplateDrafts, type TemplateTexts } from './useTemplateDrafts';
import { useZaf } from '../../zaf/ZafProvider';
import { Section } from '../../ui';

/** Editor and preview side by side where there is room (the modal), one above the other in the sidebar. */
const Columns = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 340px), 1fr));
  gap: ${({ theme }) => theme.space.md};
  align-items: start;
`;

const Column = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${({ theme }) => theme.space.xs};
  min-width: 0;
`;

export interface TemplateManagerProps {
  review: Review;
  settings: AppSettings;
  /** The catalogue already built from `settings.templateTexts`. */
  catalog: TemplateCatalog;
  currentUser: UserSnapshot | null;
  /** Closes the manager; asked for only after the admin confirmed discarding unsaved changes. */
  onClose: () => void;
  /** Called with the template texts once Zendesk has saved them. */
  onSaved?: (texts: TemplateTexts) => void;
  /** The close button's label, where "Close" is not what it does. */
  closeLabel?: string;
  /** Moves focus to the manager's heading when it opens. */
  focusOnOpen?: boolean;
}

/**
 * Edit the template settings in place: pick a setting, write it in the settings format, see its
 * problems as you type and a preview against the open review, then save to the installation.
 */
export default function TemplateManager({
  review,
  settings,
  catalog,
  currentUser,
  onClose,
  onSaved,
  closeLabel,
  focusOnOpen = false,
}: TemplateManagerProps) {
  const { t } = useI18n();
  const headingId = useId();
  const previewId = useId();
  const [setting, setSetting] = useState<TemplateSettingName>('templateNegative1');
  const drafts = useTemplateDrafts(settings.templateTexts, catalog, onSaved);
  const { validation, changed } = drafts;
  const blocking = changed.filter((name) => validation.parsed[name].problems.length > 0);
  const [confirming, setConfirming] = useState(false);
  const { metadata } = useZaf();
  const kept = useKeptDrafts(metadata.installationId, drafts.drafts, changed);
  // Nothing typed is dropped silently: with unsaved changes, closing asks first.
  const requestClose = () => (changed.length > 0 ? setConfirming(true) : onClose());

  return (
    <Section aria-labelledby={headingId}>
      <ManagerHeader headingId={headingId} onClose={requestClose} closeLabel={closeLabel} focusOnOpen={focusOnOpen} />
      {confirming && changed.length > 0 ? (
        <DiscardConfirm
          changed={changed}
          onKeep={() => setConfirming(false)}
          onDiscard={() => {
            kept.clear();
            onClose();
          }}
        />
      ) : null}
      {kept.offer ? (
        <KeptDraftsOffer
          kept={kept.offer}
          onRestore={() => {
            for (const [name, text] of Object.entries(kept.offer?.texts ?? {}))
              drafts.edit(name as TemplateSettingName, text);
            kept.dismiss();
          }}
          onDiscard={kept.dismiss}
        />
      ) : null}
      <SettingPicker
        value={setting}
        onChange={setSetting}
        drafts={drafts.drafts}
        validation={validation}
        changed={changed}
      />
      <Columns>
        <Column>
          <SettingEditor
            setting={setting}
            text={drafts.drafts[setting]}
            problems={validation.parsed[setting].problems}
            onEdit={drafts.edit}
          />
        </Column>
        <Column>
          <MD tag="h3" isBold id={previewId}>
            {t('settings.preview')}
          </MD>
          <div role="group" aria-labelledby={previewId}>
            <ManagerPreview
              setting={setting}
              templates={drafts.catalog.templates}
              review={review}
              settings={settings}
              currentUser={currentUser}
            />
          </div>
        </Column>
      </Columns>
      <ManagerSaveBar {...drafts} blocking={blocking} />
    </Section>
  );
}
