import { Suspense, useMemo, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import styled from 'styled-components';
import { answerCheckOf, decideFlow, replyStateOf } from '../domain/flow';
import { buildGuidance } from '../domain/guidance/buildGuidance';
import { resolveZendeskPlaceholders, type ZendeskValues } from '../domain/proofread/zendeskPlaceholders';
import type { Review } from '../domain/review/types';
import { classifyScenario } from '../domain/scenario/classifyScenario';
import type { AppSettings } from '../domain/settings';
import { buildTemplateCatalog } from '../domain/templates/catalog';
import type { Scenario, UserSnapshot } from '../domain/types';
import { useI18n } from '../i18n/I18nProvider';
import { Disclosure } from '../ui/Disclosure';
import { StatusMessage } from './StatusMessage';
import { ConfirmSecondReply, Glance, NextStep } from '../features/flow';
import { BestPractices, GuidanceReasons, ResponseBadge } from '../features/guidance';
import { HistoryPanel } from '../features/history';
import { ReportingTagsCheck } from '../features/platform';
import { OwnContactsProvider, useProofreading } from '../features/proofread';
import { type AlreadyAnsweredView, ReviewDetails, ScenarioSignals } from '../features/review';
import { TemplateManagerLauncher, type TemplateTexts } from '../features/settings';
import { SetupLauncher } from '../features/setup';
import { TemplatesPanel } from '../features/templates';
import {
  type RecheckOutcome,
  TrustpilotHistory,
  type TrustpilotHistoryProps,
  TrustpilotSection,
  type TrustpilotView,
} from '../features/trustpilot';
import type { PublicationUpdate } from '../features/publication';

const OnDemand = styled.div`
  display: flex;
  flex-direction: column;
`;

export interface ReviewToolsProps {
  review: Review;
  ticketId: number | null;
  settings: AppSettings;
  currentUser: UserSnapshot | null;
  now: Date;
  /** The admin saved new template texts: use them from now on. */
  onTemplatesSaved: (texts: TemplateTexts) => void;
  /** Zendesk's own placeholders resolved from the ticket, for the reply as it will appear. */
  zendeskValues: ZendeskValues;
  /** The check for an earlier public reply. */
  answeredCheck: AlreadyAnsweredView;
  /** Where the header shows the scenario, the recommendation and the warning line. */
  glanceSlot: HTMLElement | null;
  /** Where the header shows the response-time badge. */
  badgeSlot: HTMLElement | null;
  /** The review as Trustpilot shows it, and whether the reply was published there; off when not connected. */
  trustpilot: TrustpilotView;
  publication: PublicationUpdate | null;
  /** Reads the review on Trustpilot again before a proofread stamp; absent when the connection is off. */
  recheckTrustpilot?: (timeoutMs: number) => Promise<RecheckOutcome>;
  /** The reviewer's reviews on Trustpilot, shown beside the Zendesk history when known. */
  trustpilotHistory?: TrustpilotHistoryProps | null;
}

const inSlot = (slot: HTMLElement | null, content: ReactNode) => (slot ? createPortal(content, slot) : null);

/**
 * The reply flow under the review's header: the header's decision line (scenario, recommendation,
 * warning, response time), the next step for the state of the reply, and everything else on demand.
 * What each part shows comes from one decision (`decideFlow`), so they cannot disagree.
 */
export default function ReviewTools(props: ReviewToolsProps) {
  // Contact details the agent typed into a template count as the company's own for this reply:
  // the templates record them, the proofreading and the send gate read them.
  return (
    <OwnContactsProvider>
      <ReviewFlow {...props} />
    </OwnContactsProvider>
  );
}

function ReviewFlow(props: ReviewToolsProps) {
  const { review, settings, currentUser, now, zendeskValues, answeredCheck } = props;
  const { t } = useI18n();
  // The template settings are read once here, for every part that uses templates, and again only
  // when an admin saves new ones.
  const catalog = useMemo(() => buildTemplateCatalog(settings.templateTexts), [settings.templateTexts]);
  const detected = useMemo(() => classifyScenario(review, settings), [review, settings]);
  const [chosen, setChosen] = useState<Scenario | null>(null);
  const scenario = chosen ?? detected.scenario;
  const guidance = useMemo(() => buildGuidance(review, scenario, settings, now), [review, scenario, settings, now]);
  const answerCheck = answerCheckOf(answeredCheck.status, answeredCheck.data?.answered);

  const proofreading = useProofreading({
    review,
    isReview: true,
    scenario,
    settings,
    recommendation: guidance.recommendation,
    zendeskValues,
    recheck: props.recheckTrustpilot,
    answerUnknown: answerCheck === 'failed',
  });
  const { state: draftState, stamp, confirmations } = proofreading;
  const draft = draftState.status === 'ready' ? draftState.draft : null;
  const reply = useMemo(
    () => replyStateOf(draft, stamp, (published) => resolveZendeskPlaceholders(published, zendeskValues)),
    [draft, stamp, zendeskValues],
  );
  const flow = decideFlow({
    review,
    scenario,
    guidance,
    answerCheck,
    secondReplyConfirmed: confirmations.secondReplyConfirmed,
    reply,
  });
  const mayBeAnswered = flow.step.kind === 'confirmSecondReply' || flow.secondReply;
  const templates = (
    <TemplatesPanel
      review={review}
      scenario={scenario}
      settings={settings}
      templates={catalog.templates}
      currentUser={currentUser}
    />
  );
  const trustpilotSection = (
    <Suspense fallback={null}>
      <TrustpilotSection view={props.trustpilot} publication={props.publication} />
    </Suspense>
  );
  const templatesFolded = !['templates', 'spamFlow', 'confirmSecondReply', 'loading'].includes(flow.step.kind);

  return (
    <>
      {inSlot(
        props.glanceSlot,
        <Glance
          flow={flow}
          detected={detected}
          scenario={scenario}
          onScenario={(next) => setChosen(next === detected.scenario ? null : next)}
          checking={answerCheck === 'checking'}
          review={review}
        />,
      )}
      {inSlot(props.badgeSlot, flow.showResponseTime ? <ResponseBadge time={guidance.responseTime} /> : null)}
      {mayBeAnswered ? (
        <ConfirmSecondReply
          because={answerCheck === 'failed' && !review.alreadyAnswered ? 'checkFailed' : 'answered'}
          confirmed={confirmations.secondReplyConfirmed}
          onConfirm={confirmations.setSecondReplyConfirmed}
          check={answeredCheck}
        />
      ) : null}
      <NextStep flow={flow} scenario={scenario} proofreading={proofreading} templates={templates} />
      {props.publication ? trustpilotSection : null}
      <ReportingTagsCheck />
      <OnDemand>
        <Disclosure name="why" label={t('flow.section.why')}>
          <GuidanceReasons guidance={guidance} showResponseTime={flow.showResponseTime} />
          <ScenarioSignals detected={detected} />
        </Disclosure>
        {guidance.reminders.length > 0 ? (
          <Disclosure name="bestPractices" label={t('flow.section.bestPractices')}>
            <BestPractices guidance={guidance} />
          </Disclosure>
        ) : null}
        {templatesFolded ? (
          <Disclosure name="templates" label={t('templates.title')}>
            {templates}
          </Disclosure>
        ) : null}
        <Suspense fallback={<StatusMessage kind="loading" messageKey="startup.loadingPanel" />}>
          <HistoryPanel review={review} ticketId={props.ticketId} settings={settings} />
        </Suspense>
        {props.trustpilotHistory ? (
          <Disclosure name="trustpilotHistory" label={t('trustpilot.historyHeading')}>
            <TrustpilotHistory {...props.trustpilotHistory} />
          </Disclosure>
        ) : null}
        <Disclosure name="details" label={t('flow.section.details')}>
          <ReviewDetails review={review} />
          {props.publication === null && props.trustpilot.status !== 'off' ? trustpilotSection : null}
        </Disclosure>
        {currentUser?.role === 'admin' ? (
          <Disclosure name="admin" label={t('flow.section.admin')}>
            <TemplateManagerLauncher
              currentUser={currentUser}
              review={review}
              settings={settings}
              catalog={catalog}
              onSaved={props.onTemplatesSaved}
            />
            <SetupLauncher currentUser={currentUser} settings={settings} />
          </Disclosure>
        ) : null}
      </OnDemand>
    </>
  );
}
