import { Suspense, useMemo, useState } from 'react';
import { buildGuidance } from '../domain/guidance/buildGuidance';
import type { Review } from '../domain/review/types';
import { classifyScenario } from '../domain/scenario/classifyScenario';
import type { AppSettings } from '../domain/settings';
import { buildTemplateCatalog } from '../domain/templates/catalog';
import type { ZendeskValues } from '../domain/proofread/zendeskPlaceholders';
import type { Scenario, UserSnapshot } from '../domain/types';
import { StatusMessage } from './StatusMessage';
import { GuidancePanel } from '../features/guidance';
import { HistoryPanel } from '../features/history';
import { ReportingTagsCheck } from '../features/platform';
import { OwnContactsProvider, ProofreadPanel } from '../features/proofread';
import { ScenarioSwitcher } from '../features/review';
import { TemplateManagerLauncher, type TemplateTexts } from '../features/settings';
import { SetupLauncher } from '../features/setup';
import { TemplatesPanel } from '../features/templates';
import { type RecheckOutcome, TrustpilotHistory, type TrustpilotHistoryProps } from '../features/trustpilot';

export interface ReviewToolsProps {
  review: Review;
  ticketId: number | null;
  settings: AppSettings;
  currentUser: UserSnapshot | null;
  now: Date;
  /** The admin saved new template texts: use them from now on. */
  onTemplatesSaved: (texts: TemplateTexts) => void;
  /** Zendesk's own placeholders resolved from the ticket, for the reply as it will appear. */
  zendeskValues?: ZendeskValues;
  /** Reads the review on Trustpilot again before a proofread stamp; absent when the connection is off. */
  recheckTrustpilot?: (timeoutMs: number) => Promise<RecheckOutcome>;
  /** The reviewer's reviews on Trustpilot, shown beside the Zendesk history when known. */
  trustpilotHistory?: TrustpilotHistoryProps | null;
}

/** Everything below the review card: scenario, guidance, templates, proofreading and the send gate, history. */
export default function ReviewTools({
  review,
  ticketId,
  settings,
  currentUser,
  now,
  onTemplatesSaved,
  zendeskValues,
  recheckTrustpilot,
  trustpilotHistory,
}: ReviewToolsProps) {
  // The template settings are read once here, for every part that uses templates, and again only
  // when an admin saves new ones. (Here rather than beside the card: the built-in templates stay
  // out of the first chunk.)
  const catalog = useMemo(() => buildTemplateCatalog(settings.templateTexts), [settings.templateTexts]);
  const detected = useMemo(() => classifyScenario(review, settings), [review, settings]);
  const [chosen, setChosen] = useState<Scenario | null>(null);
  const scenario = chosen ?? detected.scenario;
  const guidance = useMemo(() => buildGuidance(review, scenario, settings, now), [review, scenario, settings, now]);
  return (
    <OwnContactsProvider>
      <ScenarioSwitcher
        detected={detected}
        value={scenario}
        onChange={(next) => setChosen(next === detected.scenario ? null : next)}
      />
      <GuidancePanel guidance={guidance} />
      <TemplatesPanel
        review={review}
        scenario={scenario}
        settings={settings}
        templates={catalog.templates}
        currentUser={currentUser}
      />
      <ProofreadPanel
        review={review}
        isReview
        scenario={scenario}
        settings={settings}
        recommendation={guidance.recommendation}
        zendeskValues={zendeskValues}
        recheck={recheckTrustpilot}
      />
      <ReportingTagsCheck />
      <Suspense fallback={<StatusMessage kind="loading" messageKey="startup.loadingPanel" />}>
        <HistoryPanel review={review} ticketId={ticketId} settings={settings} />
      </Suspense>
      {trustpilotHistory ? <TrustpilotHistory {...trustpilotHistory} /> : null}
      <TemplateManagerLauncher
        currentUser={currentUser}
        review={review}
        settings={settings}
        catalog={catalog}
        onSaved={onTemplatesSaved}
      />
      <SetupLauncher currentUser={currentUser} settings={settings} />
    </OwnContactsProvider>
  );
}
