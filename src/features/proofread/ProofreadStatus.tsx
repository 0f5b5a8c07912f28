import { Alert } from '@zendeskgarden/react-notifications';
import { useI18n } from '../../i18n/I18nProvider';

/** Whether the current text carries the agent's proofread stamp. */
export type StampState = 'none' | 'current' | 'stale';

const TYPE = { none: 'info', current: 'success', stale: 'warning' } as const;
const MESSAGE = {
  none: 'proofread.statusNotProofread',
  current: 'proofread.statusProofread',
  stale: 'proofread.statusStale',
} as const;

/** Says whether the reply may be sent; a stale stamp is announced, since the agent just edited. */
export function ProofreadStatus({ state }: { state: StampState }) {
  const { t } = useI18n();
  return (
    <Alert type={TYPE[state]} role={state === 'stale' ? 'alert' : 'status'}>
      <Alert.Paragraph>{t(MESSAGE[state])}</Alert.Paragraph>
    </Alert>
  );
}
