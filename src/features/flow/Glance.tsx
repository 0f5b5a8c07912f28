import { getColor } from '@zendeskgarden/react-theming';
import { Paragraph, SM } from '@zendeskgarden/react-typography';
import styled from 'styled-components';
import type { Flow, FlowHeadline, FlowWarning } from '../../domain/flow';
import type { Review } from '../../domain/review/types';
import type { ScenarioResult } from '../../domain/scenario/types';
import type { Scenario } from '../../domain/types';
import { useI18n, type Translate } from '../../i18n/I18nProvider';
import { LoadingDots } from '../../ui';
import { ScenarioSwitcher } from '../review';

const BORDERS: Record<FlowHeadline, string> = {
  replyPublicly: 'border.successEmphasis',
  acknowledgePublicly: 'border.warningEmphasis',
  noPublicReply: 'border.dangerEmphasis',
  secondReply: 'border.warningEmphasis',
};

const Box = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${({ theme }) => theme.space.xxs};
  margin-top: ${({ theme }) => theme.space.xxs};

  & > * {
    margin: 0;
  }
`;

const Headline = styled(SM)<{ $headline: FlowHeadline }>`
  border-inline-start: ${({ theme }) => theme.borderWidths.md} solid
    ${({ theme, $headline }) => getColor({ theme, variable: BORDERS[$headline] })};
  margin: 0;
  padding: 2px 0 2px ${({ theme }) => theme.space.xs};
  font-weight: ${({ theme }) => theme.fontWeights.semibold};
`;

const Warning = styled(Paragraph)<{ $danger: boolean }>`
  border-radius: ${({ theme }) => theme.borderRadii.sm};
  background: ${({ theme, $danger }) => getColor({ theme, variable: $danger ? 'background.danger' : 'background.warning' })};
  padding: ${({ theme }) => `${theme.space.xxs} ${theme.space.xs}`};
  color: ${({ theme, $danger }) => getColor({ theme, variable: $danger ? 'foreground.danger' : 'foreground.warning' })};
  overflow-wrap: anywhere;
`;

const Checking = styled(Paragraph)`
  display: flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
`;

const DANGER: ReadonlySet<FlowWarning> = new Set(['alreadyAnswered', 'spam', 'answerCheckFailed']);

export interface GlanceProps {
  flow: Flow;
  detected: ScenarioResult;
  scenario: Scenario;
  onScenario: (scenario: Scenario) => void;
  /** The check for an earlier public reply is running. */
  checking: boolean;
  /** The review: an "edited" warning says what changed when the stars disagree. */
  review: Review;
}

/** The warning line's text; for an edited review whose tags and text disagree, the two ratings. */
function warningText(t: Translate, warning: FlowWarning, review: Review): string {
  if (warning !== 'edited' || !review.starsConflict) return t(`flow.warning.${warning}`);
  if (review.starsFromTags !== null && review.starsFromText !== null)
    return t('review.starsConflict', { tagStars: review.starsFromTags, textStars: review.starsFromText });
  return t('review.ratingTagsConflict');
}

/** The header's decision line: the scenario (switchable), the recommendation, and one warning when one applies. */
export function Glance({ flow, detected, scenario, onScenario, checking, review }: GlanceProps) {
  const { t } = useI18n();
  return (
    <Box>
      <ScenarioSwitcher detected={detected} value={scenario} onChange={onScenario} />
      <Headline tag="p" $headline={flow.headline}>
        {t(`flow.headline.${flow.headline}`)}
      </Headline>
      {flow.warning ? (
        <Warning $danger={DANGER.has(flow.warning)} role="status">
          {warningText(t, flow.warning, review)}
        </Warning>
      ) : checking ? (
        <Checking role="status">
          <LoadingDots />
          {t('review.checkingReplies')}
        </Checking>
      ) : null}
    </Box>
  );
}
