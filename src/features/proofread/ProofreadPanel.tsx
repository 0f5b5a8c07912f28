import { Button } from '@zendeskgarden/react-buttons';
import { Dots } from '@zendeskgarden/react-loaders';
import { Alert } from '@zendeskgarden/react-notifications';
import { MD, Paragraph } from '@zendeskgarden/react-typography';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { checklistFor, type ChecklistItem } from '../../domain/proofread/checklist';
import { checkReply } from '../../domain/proofread/checkReply';
import { confirmableContacts, type ContactValue } from '../../domain/proofread/confirmableContacts';
import { isConfirmedContact, sameContact } from '../../domain/proofread/contacts';
import { toPublishedText } from '../../domain/proofread/publishedText';
import { isStampCurrent, stampFor } from '../../domain/proofread/stamp';
import { NO_ZENDESK_VALUES, resolveZendeskPlaceholders, type ZendeskValues } from '../../domain/proofread/zendeskPlaceholders';
import type { Review } from '../../domain/review/types';
import type { AppSettings } from '../../domain/settings';
import type { Recommendation, Scenario } from '../../domain/types';
import { useI18n } from '../../i18n/I18nProvider';
import { ProofreadView } from './ProofreadView';
import type { StampState } from './ProofreadStatus';
import { useDraft } from './useDraft';
import { useSendGate } from './useSendGate';
import { Row, Section, Subtle } from '../../ui';
import { RECHECK_TIMEOUT_MS, type RecheckOutcome, StampRecheck, type StampRecheckState } from '../trustpilot';

export interface ProofreadPanelProps {
  /** The review being answered. */
  review: Review;
  /** Whether the ticket is a Trustpilot review; if not, nothing is shown and every save passes. */
  isReview: boolean;
  /** The scenario in force (detected or chosen by the agent). */
  scenario: Scenario;
  settings: AppSettings;
  /** The guidance; a private follow-up adds its reporting tag when the reply is sent. */
  recommendation: Recommendation;
  /** Zendesk's own placeholders (`{{ticket.requester.first_name}}`…) as Zendesk will render them. */
  zendeskValues?: ZendeskValues;
  /** Reads the review on Trustpilot again before the stamp (when the connection is on). */
  recheck?: (timeoutMs: number) => Promise<RecheckOutcome>;
}

/**
 * Proofreading before a public reply goes out: shows the reply as it will be published with the
 * checks' findings, takes the agent's proofread stamp, and blocks Zendesk's save (`ticket.save`)
 * until exactly that text is stamped and nothing blocking remains.
 */
export function ProofreadPanel({
  review,
  isReview,
  scenario,
  settings,
  recommendation,
  zendeskValues = NO_ZENDESK_VALUES,
  recheck,
}: ProofreadPanelProps) {
  const { t } = useI18n();
  const headingId = useId();
  const { state, retry } = useDraft();
  const [stamp, setStamp] = useState<string | null>(null);
  const [secondReplyConfirmed, setSecondReplyConfirmed] = useState(false);
  const [ticked, setTicked] = useState<ReadonlySet<ChecklistItem>>(() => new Set());
  const [confirmedContacts, setConfirmedContacts] = useState<readonly string[]>([]);
  const [recheckState, setRecheckState] = useState<StampRecheckState>({ status: 'idle' });
  const rechecking = useRef(false);


  const draft = state.status === 'ready' ? state.draft : null;
  // The stamp is bound to the text, not the type: a proofread reply switched to an internal note
  // and back, unchanged, stays proofread.
  // Zendesk's own placeholders are shown resolved: the agent proofreads the reply exactly as it will appear.
  const published = useMemo(
    () => (draft === null ? '' : resolveZendeskPlaceholders(toPublishedText(draft.text), zendeskValues)),
    [draft, zendeskValues],
  );
  const text = draft?.type === 'publicReply' ? published : '';
  const check = useMemo(
    () => checkReply(text, { review, scenario, settings, secondReplyConfirmed, confirmedContacts }),
    [text, review, scenario, settings, secondReplyConfirmed, confirmedContacts],
  );
  // The gate reuses these findings when Zendesk hands over exactly this text at save time.
  // Only for a public reply: then `text` is the published text of exactly `draft.text`.
  const checked = useMemo(
    () => (draft?.type === 'publicReply' ? { raw: draft.text, text, blocking: check.blocking } : undefined),
    [draft, text, check],
  );
  useSendGate({
    review,
    isReview,
    scenario,
    stamp,
    secondReplyConfirmed,
    confirmedContacts,
    settings,
    recommendation,
    zendeskValues,
    checked,
  });
  const contacts = useMemo(
    () => confirmableContacts(text, { review, scenario, settings, secondReplyConfirmed }),
    [text, review, scenario, settings, secondReplyConfirmed],
  );

  // An emptied editor means the reply was sent or discarded: the next one starts from scratch.
  const emptied = draft !== null && published === '';
  useEffect(() => {
    if (!emptied) return;
    setStamp(null);
    setSecondReplyConfirmed(false);
    setConfirmedContacts([]);
    setTicked(new Set());
  }, [emptied]);

  const onConfirmContact = useCallback(({ kind, value }: ContactValue, on: boolean) => {
    setConfirmedContacts((current) => {
      if (!on) return current.filter((known) => !sameContact(kind, known, value));
      return isConfirmedContact(kind, value, current) ? current : [...current, value];
    });
  }, []);

  const onTick = useCallback((item: ChecklistItem, on: boolean) => {
    setTicked((current) => {
      const next = new Set(current);
      if (on) next.add(item);
      else next.delete(item);
      return next;
    });
  }, []);

  // A refusal or note about the last stamp belongs to that text; a new text starts afresh.
  useEffect(() => {
    setRecheckState((current) => (current.status === 'checking' ? current : { status: 'idle' }));
  }, [text]);

  // The stamp is given for the text shown when the agent clicked; Trustpilot is read again first.
  const onMark = useCallback(() => {
    const approved = stampFor(text);
    if (!recheck) {
      setStamp(approved);
      return;
    }
    if (rechecking.current) return;
    rechecking.current = true;
    setRecheckState({ status: 'checking' });
    void recheck(RECHECK_TIMEOUT_MS)
      .catch((): RecheckOutcome => ({ kind: 'unchecked' }))
      .then((outcome) => {
        rechecking.current = false;
        if (outcome.kind === 'changed') {
          setRecheckState({ status: 'refused', change: outcome.change });
          return;
        }
        setStamp(approved);
        setRecheckState(outcome.kind === 'unchecked' ? { status: 'unchecked' } : { status: 'idle' });
      });
  }, [recheck, text]);

  if (!isReview) return null;

  const stampState: StampState = stamp === null ? 'none' : isStampCurrent(stamp, text) ? 'current' : 'stale';

  return (
    <Section aria-labelledby={headingId} aria-busy={state.status === 'loading'}>
      <MD tag="h2" isBold id={headingId}>
        {t('proofread.heading')}
      </MD>
      <Subtle>{t('proofread.intro')}</Subtle>
      {state.status === 'loading' ? (
        <Row role="status">
          <Dots aria-hidden="true" />
          <Paragraph>{t('proofread.loading')}</Paragraph>
        </Row>
      ) : state.status === 'error' ? (
        <Alert type="error">
          <Alert.Paragraph>{t('proofread.readError')}</Alert.Paragraph>
          <Button size="small" onClick={retry}>
            {t('proofread.retry')}
          </Button>
        </Alert>
      ) : state.draft.type === 'internalNote' ? (
        <Paragraph>{t('proofread.internalNote')}</Paragraph>
      ) : text === '' ? (
        <Paragraph>{t('proofread.emptyDraft')}</Paragraph>
      ) : (
        <ProofreadView
          text={text}
          check={check}
          review={review}
          stamp={stampState}
          checklist={checklistFor(scenario)}
          ticked={ticked}
          onTick={onTick}
          secondReplyConfirmed={secondReplyConfirmed}
          onConfirmSecondReply={setSecondReplyConfirmed}
          contacts={contacts}
          confirmedContacts={confirmedContacts}
          onConfirmContact={onConfirmContact}
          onMark={onMark}
        />
      )}
      <StampRecheck state={recheckState} />
    </Section>
  );
}
