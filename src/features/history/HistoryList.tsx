import { getColor } from '@zendeskgarden/react-theming';
import { forwardRef, type ForwardedRef, type MouseEvent } from 'react';
import styled from 'styled-components';
import type { HistoryEntry } from '../../domain/history/types';
import { useI18n } from '../../i18n/I18nProvider';

// One styled list with plain rows: hundreds of tickets must render without a component per row.
const List = styled.ul`
  margin: 0;
  padding: 0;
  list-style: none;

  & > li + li {
    border-top: 1px solid ${({ theme }) => getColor({ theme, variable: 'border.subtle' })};
  }

  & button {
    display: block;
    box-sizing: border-box;
    width: 100%;
    border: 0;
    border-radius: ${({ theme }) => theme.borderRadii.md};
    background: transparent;
    cursor: pointer;
    padding: ${({ theme }) => `${theme.space.xs} ${theme.space.xxs}`};
    text-align: start;
    color: ${({ theme }) => getColor({ theme, variable: 'foreground.default' })};
    font: inherit;
  }

  & button:hover {
    background: ${({ theme }) => getColor({ theme, variable: 'background.subtle' })};
  }

  & button:focus-visible {
    outline: 2px solid ${({ theme }) => getColor({ theme, variable: 'border.primaryEmphasis' })};
    outline-offset: -2px;
  }

  & .subject {
    display: block;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    color: ${({ theme }) => getColor({ theme, variable: 'foreground.primary' })};
  }

  & .meta {
    display: block;
    font-size: ${({ theme }) => theme.fontSizes.sm};
    color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
  }

  & .stars {
    color: ${({ theme }) => getColor({ theme, variable: 'foreground.warning' })};
    letter-spacing: 1px;
  }

  & .unresolved {
    font-weight: ${({ theme }) => theme.fontWeights.semibold};
    color: ${({ theme }) => getColor({ theme, variable: 'foreground.default' })};
  }
`;

const STAR_GLYPHS = ['', '★☆☆☆☆', '★★☆☆☆', '★★★☆☆', '★★★★☆', '★★★★★'];

export interface HistoryListProps {
  entries: readonly HistoryEntry[];
  /** Opens a ticket in Zendesk. */
  onOpen: (ticketId: number) => void;
}

/** The requester's other tickets as a list of buttons, each opening its ticket. */
export const HistoryList = forwardRef(function HistoryList(
  { entries, onOpen }: HistoryListProps,
  ref: ForwardedRef<HTMLUListElement>,
) {
  const { t, formatDate } = useI18n();
  // One handler for the whole list instead of one per row.
  const onClick = (event: MouseEvent<HTMLUListElement>) => {
    const target = event.target instanceof Element ? event.target.closest('button[data-ticket-id]') : null;
    const id = Number(target?.getAttribute('data-ticket-id'));
    if (Number.isSafeInteger(id) && id > 0) onOpen(id);
  };
  return (
    <List ref={ref} aria-label={t('history.listLabel')} onClick={onClick}>
      {entries.map((entry) => {
        const parts = [
          t('history.ticketNumber', { id: entry.ticketId }),
          entry.kind === 'review' ? t('history.review') : t(`history.channel.${entry.channel}`),
        ];
        const date = entry.createdAt ? formatDate(entry.createdAt) : null;
        return (
          <li key={entry.ticketId}>
            <button type="button" data-ticket-id={entry.ticketId}>
              <span className="subject">{entry.subject === '' ? t('history.noSubject') : entry.subject}</span>
              <span className="meta">
                {entry.kind === 'review' ? (
                  entry.stars === null ? (
                    `${t('history.unrated')} · `
                  ) : (
                    <>
                      <span className="stars" role="img" aria-label={t('history.stars', { stars: entry.stars })}>
                        {STAR_GLYPHS[entry.stars]}
                      </span>{' '}
                    </>
                  )
                ) : null}
                {parts.join(' · ')}
                {' · '}
                <span className={entry.unresolved ? 'unresolved' : undefined}>
                  {t(`history.status.${entry.status}`)}
                </span>
                {date ? ` · ${date}` : null}
              </span>
            </button>
          </li>
        );
      })}
    </List>
  );
});
