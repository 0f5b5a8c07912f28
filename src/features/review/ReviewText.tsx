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
  vertical-align: baseline;
  white-space: nowrap;
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
  const paragraphs = shown.split(/\n{2,}/);
  // The toggle ends the last paragraph: it costs no line of its own.
  const toggle = preview.collapsed ? (
    <>
      {' '}
      <Toggle
        isLink
        size="small"
        aria-expanded={expanded}
        aria-controls={id}
        onClick={() => setExpanded((open) => !open)}
      >
        {expanded ? t('review.showLess') : t('review.showMore')}
      </Toggle>
    </>
  ) : null;
  return (
    <Body id={id}>
      {paragraphs.map((paragraph, index) => (
        <Paragraph key={index}>
          {paragraph}
          {index === paragraphs.length - 1 ? toggle : null}
        </Paragraph>
      ))}
    </Body>
  );
}
