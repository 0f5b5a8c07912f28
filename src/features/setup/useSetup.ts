import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  createRule,
  listViewsAndTriggers,
  type SetupFailure,
  type SetupRequestPolicy,
  type WaitNotice,
} from '../../api/setup';
import {
  compareSetup,
  desiredItems,
  itemsToCreate,
  type ItemText,
  type SetupItemState,
  type SetupKey,
} from '../../domain/setup';
import type { AppSettings } from '../../domain/settings';
import type { Requester } from '../../zaf/port';
import { titlesInAllLocales } from './setupTexts';

/** What the check of the account came to. */
export type CheckState =
  { status: 'loading' } | { status: 'error'; failure: SetupFailure } | { status: 'ready'; items: SetupItemState[] };

/** What happened to one item in the last "create missing" run. */
export type ItemOutcome =
  { status: 'pending' } | { status: 'creating' } | { status: 'created' } | { status: 'failed'; failure: SetupFailure };

export type RunState =
  | { status: 'idle' }
  | { status: 'running'; outcomes: Partial<Record<SetupKey, ItemOutcome>>; waiting: WaitNotice | null }
  | { status: 'finished'; outcomes: Partial<Record<SetupKey, ItemOutcome>> };

export interface SetupController {
  check: CheckState;
  run: RunState;
  missingCount: number;
  /** Lists the account's views and triggers again. */
  recheck: () => void;
  /** Creates every missing item, one after the other; a 403 stops the rest. */
  createMissing: () => void;
}

/**
 * Joins the set-up's definitions with the account: lists the views and triggers, compares them by
 * marker, and creates the missing ones on request. Items that exist or were changed are never sent.
 */
export function useSetup(
  client: Requester,
  settings: AppSettings,
  texts: Record<SetupKey, ItemText>,
  policy: Omit<SetupRequestPolicy, 'onWait'> = {},
): SetupController {
  const desired = useMemo(() => desiredItems(settings, texts), [settings, texts]);
  const [check, setCheck] = useState<CheckState>({ status: 'loading' });
  const [run, setRun] = useState<RunState>({ status: 'idle' });
  const [generation, setGeneration] = useState(0);
  const mounted = useRef(true);
  const policyRef = useRef(policy);
  policyRef.current = policy;

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    let active = true;
    setCheck({ status: 'loading' });
    void Promise.all([listViewsAndTriggers(client, policyRef.current), titlesInAllLocales(settings)]).then(
      ([result, titles]) => {
        if (!active) return;
        setCheck(
          result.ok
            ? { status: 'ready', items: compareSetup(desired, result.rules, titles) }
            : { status: 'error', failure: result.failure },
        );
      },
    );
    return () => {
      active = false;
    };
  }, [client, desired, settings, generation]);

  const recheck = useCallback(() => {
    setRun({ status: 'idle' });
    setGeneration((value) => value + 1);
  }, []);

  const items = check.status === 'ready' ? check.items : null;
  const missing = useMemo(() => (items ? itemsToCreate(items) : []), [items]);
  const running = run.status === 'running';

  const createMissing = useCallback(() => {
    if (running || missing.length === 0) return;
    const outcomes: Partial<Record<SetupKey, ItemOutcome>> = Object.fromEntries(
      missing.map((item) => [item.key, { status: 'pending' } satisfies ItemOutcome]),
    );
    const publish = (waiting: WaitNotice | null) => {
      if (mounted.current) setRun({ status: 'running', outcomes: { ...outcomes }, waiting });
    };
    publish(null);
    void (async () => {
      let stop: SetupFailure | null = null;
      for (const item of missing) {
        if (stop !== null) {
          outcomes[item.key] = { status: 'failed', failure: stop };
          continue;
        }
        outcomes[item.key] = { status: 'creating' };
        publish(null);
        const result = await createRule(client, item, { ...policyRef.current, onWait: (notice) => publish(notice) });
        if (result.ok) {
          outcomes[item.key] = { status: 'created' };
          const id = result.id ?? 0;
          if (mounted.current) {
            setCheck((current) =>
              current.status === 'ready'
                ? {
                    status: 'ready',
                    items: current.items.map((state) =>
                      state.item.key === item.key ? { item: state.item, status: 'present', id } : state,
                    ),
                  }
                : current,
            );
          }
        } else {
          outcomes[item.key] = { status: 'failed', failure: result.failure };
          // Without admin rights every further request fails the same way.
          if (result.failure.kind === 'forbidden') stop = result.failure;
        }
        publish(null);
      }
      if (mounted.current) setRun({ status: 'finished', outcomes: { ...outcomes } });
    })();
  }, [client, missing, running]);

  return { check, run, missingCount: missing.length, recheck, createMissing };
}
