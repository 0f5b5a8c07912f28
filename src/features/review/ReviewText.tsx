import { Button } from '@zendeskgarden/react-buttons';
import { getColor } from '@zendeskgarden/react-theming';
import { Paragraph } from '@zendeskgarden/react-typography';
import { useId, useState } from 'react';
import styled from 'styled-components';
import { useI18n } from '../../i18n/I18nProvider';
import { collapseText } from './collapseText';

const Body = styled.div`
  overflow-wrap: anywhere;
  /* Line breaks inside a paragraph are the reviewer's own. */
  white-space: pre-line;
`;

const Toggle = styled(Button)`
  align-self: flex-start;
`;

const Empty = styled(Paragraph)`
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
  font-style: italic;
`;

/** The review text as plain text, one paragraph per block; long texts collapse behind "Show more". */
export function ReviewText({ text }: { text: string }) {
  const { t } = useI18n();
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  if (text.trim() === '') return <Empty>{t('review.noText')}</Empty>;
  const preview = collapseText(text);
  const shown = expanded || !preview.collapsed ? text : preview.text;
  return (
    <>
      <Body id={id}>
        {shown.split(/\n{2,}/).map((paragraph, index) => (
          <Paragraph key={index}>{paragraph}</Paragraph>
        ))}
      </Body>
      {preview.collapsed ? (
        <Toggle
          isLink
          size="small"
          aria-expanded={expanded}
          aria-controls={id}
          onClick={() => setExpanded((open) => !open)}
        >
          {expanded ? t('review.showLess') : t('review.showMore')}
        </Toggle>
      ) : null}
    </>
  );
}
