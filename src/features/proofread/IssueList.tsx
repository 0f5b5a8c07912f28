import { getColor } from '@zendeskgarden/react-theming';
import { SM } from '@zendeskgarden/react-typography';
import { useId } from 'react';
import styled from 'styled-components';
import type { Issue, Severity } from '../../domain/proofread/types';
import { useI18n } from '../../i18n/I18nProvider';

const List = styled.ul`
  margin: ${({ theme }) => theme.space.xxs} 0 0;
  padding: 0;
  list-style: none;
`;

const Item = styled.li<{ $severity: Severity }>`
  margin-bottom: ${({ theme }) => theme.space.xs};
  border-left: ${({ theme, $severity }) =>
    `${theme.borderWidths.md} solid ${getColor({ theme, variable: $severity === 'blocking' ? 'border.dangerEmphasis' : 'border.warningEmphasis' })}`};
  padding-left: ${({ theme }) => theme.space.xs};
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.default' })};
  font-size: ${({ theme }) => theme.fontSizes.md};
  line-height: ${({ theme }) => theme.lineHeights.md};
`;

const Words = styled.span`
  display: block;
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
  overflow-wrap: anywhere;
`;

/** How many of an issue's words are quoted before "and N more". */
const QUOTED = 3;
const MAX_QUOTE = 40;

const shorten = (words: string): string =>
  words.length > MAX_QUOTE ? `${words.slice(0, MAX_QUOTE - 1).trimEnd()}…` : words;

export interface IssueListProps {
  title: string;
  issues: readonly Issue[];
  /** The published text the issues' spans point into. */
  text: string;
}

/** A titled list of check results, each with the words it concerns quoted. */
export function IssueList({ title, issues, text }: IssueListProps) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <SM tag="h3" isBold id={headingId}>
        {title}
      </SM>
      <List>
        {issues.map((issue) => {
          const spans = issue.code === 'tooLong' ? [] : issue.spans;
          const quoted = spans
            .slice(0, QUOTED)
            .map((span) => t('proofread.quoted', { text: shorten(text.slice(span.start, span.end)) }));
          if (spans.length > QUOTED) quoted.push(t('proofread.more', { count: spans.length - QUOTED }));
          return (
            <Item key={issue.code} $severity={issue.severity}>
              {t(issue.messageKey, issue.params)}
              {quoted.length > 0 ? <Words>{quoted.join(', ')}</Words> : null}
            </Item>
          );
        })}
      </List>
    </section>
  );
}
