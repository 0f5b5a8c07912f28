import { getColor } from '@zendeskgarden/react-theming';
import { Paragraph } from '@zendeskgarden/react-typography';
import type { Ref } from 'react';
import styled from 'styled-components';
import { useI18n } from '../../i18n/I18nProvider';

/** Whether the current text carries the agent's proofread stamp. */
export type StampState = 'none' | 'current' | 'stale';

/** The states with a status line: before the first stamp the heading and the button say enough. */
type ShownState = Exclude<StampState, 'none'>;

const BORDER = { current: 'border.successEmphasis', stale: 'border.warningEmphasis' };
const BACKGROUND = { current: 'background.success', stale: 'background.warning' };
const MESSAGE = {
  current: 'proofread.statusProofread',
  stale: 'proofread.statusStale',
} as const;

const Status = styled.div<{ $state: ShownState }>`
  border-inline-start: ${({ theme }) => theme.borderWidths.md} solid
    ${({ theme, $state }) => getColor({ theme, variable: BORDER[$state] })};
  border-radius: ${({ theme }) => theme.borderRadii.sm};
  background: ${({ theme, $state }) => getColor({ theme, variable: BACKGROUND[$state] })};
  padding: ${({ theme }) => `${theme.space.xxs} ${theme.space.xs}`};

  &:focus-visible {
    outline: ${({ theme }) => theme.borderWidths.md} solid
      ${({ theme }) => getColor({ theme, variable: 'border.primaryEmphasis' })};
    outline-offset: 2px;
  }
`;

/**
 * Says whether the reply may be sent; a stale stamp is announced, since the agent just edited.
 * Focusable from code: after "Mark as proofread" focus moves here.
 */
export function ProofreadStatus({ state, statusRef }: { state: ShownState; statusRef?: Ref<HTMLDivElement> }) {
  const { t } = useI18n();
  return (
    <Status ref={statusRef} $state={state} tabIndex={-1} role={state === 'stale' ? 'alert' : 'status'}>
      <Paragraph>{t(MESSAGE[state])}</Paragraph>
    </Status>
  );
}
