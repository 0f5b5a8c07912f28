import { Button } from '@zendeskgarden/react-buttons';
import { Dots } from '@zendeskgarden/react-loaders';
import { getColor } from '@zendeskgarden/react-theming';
import { Paragraph } from '@zendeskgarden/react-typography';
import { useId, type ReactNode } from 'react';
import styled from 'styled-components';
import type { Review } from '../../domain/review/types';
import type { AppSettings } from '../../domain/settings';
import { openFields } from '../../domain/templates/fillTemplate';
import type { Template } from '../../domain/templates/types';
import type { DraftType, Scenario, UserSnapshot } from '../../domain/types';
import { useI18n } from '../../i18n/I18nProvider';
import { InsertConfirm } from './InsertConfirm';
import { PlaceholderFields } from './PlaceholderFields';
import { TemplatePreview } from './TemplatePreview';
import { TemplatePicker } from './TemplatePicker';
import { useInsertTemplate } from './useInsertTemplate';
import { useTemplateChoice } from './useTemplateChoice';
import { HiddenHeading, Section } from '../../ui';

const Status = styled(Paragraph)<{ $tone: 'subtle' | 'warning' | 'success' | 'danger' }>`
  color: ${({ theme, $tone }) =>
    getColor({ theme, variable: $tone === 'subtle' ? 'foreground.subtle' : `foreground.${$tone}` })};
`;

/** "Use template" with what is still open beside it, in small type. */
const InsertRow = styled.div`
  display: flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};

  & > p {
    flex: 1;
    font-size: ${({ theme }) => theme.fontSizes.sm};
    line-height: ${({ theme }) => theme.lineHeights.sm};
  }
`;

export interface TemplatesPanelProps {
  review: Review;
  /** The scenario in force (detected or chosen by the agent). */
  scenario: Scenario;
  settings: AppSettings;
  /** The installation's templates (built-in ones replaced by valid settings), built once per settings. */
  templates: readonly Template[];
  currentUser: UserSnapshot | null;
  /** Called after a template was written into Zendesk's editor. */
  onInserted?: (info: { text: string; type: DraftType }) => void;
}

/**
 * Scenario templates in the review's language, filled with what is known; the agent fills the
 * rest, sees the final text, and inserts it without ever losing a draft.
 */
export function TemplatesPanel({
  review,
  scenario,
  settings,
  templates,
  currentUser,
  onInserted,
}: TemplatesPanelProps) {
  const { t } = useI18n();
  const headingId = useId();
  const choice = useTemplateChoice(review, scenario, settings, templates, currentUser);
  const insertion = useInsertTemplate(onInserted);
  const { template, filled } = choice;
  const stillOpen = filled ? openFields(filled.open).length : 0;

  return (
    <Section aria-labelledby={headingId} $gap="xs">
      {/* The selects below say what this is; the heading names the section for assistive technology. */}
      <HiddenHeading id={headingId}>{t('templates.title')}</HiddenHeading>
      {template === null || filled === null || choice.language === null ? (
        <Status $tone="subtle">{t('templates.none')}</Status>
      ) : (
        <>
          <TemplatePicker choice={choice} template={template} language={choice.language} onPicked={insertion.reset} />
          <PlaceholderFields placeholders={choice.askFor} values={choice.fields} onChange={choice.setField} />
          <TemplatePreview filled={filled} />
          <InsertControls insertion={insertion} text={filled.text} type={template.type}>
            <Status $tone={stillOpen > 0 ? 'warning' : 'success'} role="status">
              {stillOpen > 0
                ? t(stillOpen === 1 ? 'templates.openOne' : 'templates.openMany', { count: stillOpen })
                : t('templates.allFilled')}
            </Status>
          </InsertControls>
        </>
      )}
    </Section>
  );
}

/** Inserting the filled template: the button, or the question what to do with a draft; then the outcome. */
function InsertControls({
  insertion,
  text,
  type,
  children,
}: {
  insertion: ReturnType<typeof useInsertTemplate>;
  text: string;
  type: DraftType;
  /** What is still open, beside the button. */
  children: ReactNode;
}) {
  const { t } = useI18n();
  const busy = insertion.state.status === 'working';
  return (
    <>
      {insertion.state.status === 'confirm' ? (
        <InsertConfirm onChoose={insertion.confirm} onCancel={insertion.cancel} />
      ) : (
        <InsertRow>
          <Button isPrimary size="small" disabled={busy} onClick={() => void insertion.insert(text, type)}>
            {t(type === 'internalNote' ? 'templates.useNote' : 'templates.use')}
          </Button>
          {busy ? <Dots size={16} aria-label={t('templates.inserting')} /> : children}
        </InsertRow>
      )}
      <InsertOutcome state={insertion.state} />
    </>
  );
}

function InsertOutcome({ state }: { state: ReturnType<typeof useInsertTemplate>['state'] }) {
  const { t } = useI18n();
  if (state.status === 'done') {
    return (
      <Status $tone="success" role="status">
        {t(`templates.done.${state.type}.${state.mode}`)}
      </Status>
    );
  }
  if (state.status === 'error') {
    return (
      <Status $tone="danger" role="alert">
        {t(state.step === 'read' ? 'templates.readFailed' : 'templates.writeFailed')}
      </Status>
    );
  }
  return null;
}
