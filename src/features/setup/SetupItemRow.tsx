import { Tag } from '@zendeskgarden/react-tags';
import { getColor } from '@zendeskgarden/react-theming';
import styled from 'styled-components';
import type { SetupItemState } from '../../domain/setup';
import { useI18n } from '../../i18n/I18nProvider';
import { differencesText, failureText } from './setupTexts';
import type { ItemOutcome } from './useSetup';

const Item = styled.li`
  display: flex;
  flex-direction: column;
  gap: ${({ theme }) => theme.space.xxs};
  padding: ${({ theme }) => theme.space.xs} 0;
  border-bottom: ${({ theme }) => theme.borders.sm} ${({ theme }) => getColor({ theme, variable: 'border.subtle' })};
`;

const Head = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${({ theme }) => theme.space.xs};
`;

const Name = styled.span`
  font-weight: ${({ theme }) => theme.fontWeights.semibold};
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.default' })};
  overflow-wrap: anywhere;
`;

const Detail = styled.span`
  font-size: ${({ theme }) => theme.fontSizes.sm};
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
  overflow-wrap: anywhere;
`;

type Shown = 'present' | 'missing' | 'changed' | 'created' | 'failed' | 'creating' | 'pending';

const HUES: Record<Shown, string> = {
  present: 'green',
  created: 'green',
  missing: 'yellow',
  pending: 'grey',
  creating: 'blue',
  changed: 'kale',
  failed: 'red',
};

export interface SetupItemRowProps {
  state: SetupItemState;
  /** What the last run did to this item, when it took part. */
  outcome?: ItemOutcome;
}

/** One view or trigger: its title (as text), kind, where it stands and why. */
export function SetupItemRow({ state, outcome }: SetupItemRowProps) {
  const { t } = useI18n();
  const shown: Shown = outcome ? outcome.status : state.status;
  const failure = outcome?.status === 'failed' ? failureText(t, outcome.failure) : null;
  return (
    <Item aria-label={state.item.title}>
      <Head>
        <Name>{state.item.title}</Name>
        <Tag hue={HUES[shown]} size="small">
          <span>
            {t(`setup.kind.${state.item.kind}`)} · {t(`setup.status.${shown}`)}
          </span>
        </Tag>
      </Head>
      {state.status === 'changed' && !outcome ? (
        <>
          <Detail>{t('setup.changedBody', { list: differencesText(t, state.differences) })}</Detail>
          {state.differences.includes('title') ? (
            <Detail>{t('setup.currentTitle', { title: state.currentTitle })}</Detail>
          ) : null}
        </>
      ) : null}
      {failure ? (
        <>
          <Detail role="alert">{failure.message}</Detail>
          {failure.details.map((detail) => (
            <Detail key={detail}>{detail}</Detail>
          ))}
        </>
      ) : null}
    </Item>
  );
}
