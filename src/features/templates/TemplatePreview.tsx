import { getColor } from '@zendeskgarden/react-theming';
import { Fragment, useId } from 'react';
import styled from 'styled-components';
import type { FilledTemplate } from '../../domain/templates/fillTemplate';
import { useI18n } from '../../i18n/I18nProvider';

const Box = styled.div`
  box-sizing: border-box;
  margin-top: ${({ theme }) => theme.space.xxs};
  border: ${({ theme }) => theme.borders.sm} ${({ theme }) => getColor({ theme, variable: 'border.default' })};
  border-radius: ${({ theme }) => theme.borderRadii.md};
  background-color: ${({ theme }) => getColor({ theme, variable: 'background.recessed' })};
  padding: ${({ theme }) => theme.space.xs};
  max-height: 96px;
  font-size: ${({ theme }) => theme.fontSizes.sm};
  overflow-y: auto;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  line-height: ${({ theme }) => theme.lineHeights.sm};
`;

const Open = styled.mark`
  border-bottom: ${({ theme }) => theme.borders.sm}
    ${({ theme }) => getColor({ theme, variable: 'border.warningEmphasis' })};
  border-radius: ${({ theme }) => theme.borderRadii.sm};
  background-color: ${({ theme }) => getColor({ theme, variable: 'background.warning' })};
  padding: 0 2px;
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.warning' })};
  font-weight: ${({ theme }) => theme.fontWeights.semibold};
`;

const Label = styled.span`
  display: block;
  font-weight: ${({ theme }) => theme.fontWeights.semibold};
`;

/** The text that will be inserted, as plain text, with placeholders still open highlighted. */
export function TemplatePreview({ filled }: { filled: FilledTemplate }) {
  const { t } = useI18n();
  const labelId = useId();
  const parts: { text: string; open: boolean }[] = [];
  let cursor = 0;
  for (const span of filled.open) {
    if (span.start > cursor) parts.push({ text: filled.text.slice(cursor, span.start), open: false });
    parts.push({ text: filled.text.slice(span.start, span.end), open: true });
    cursor = span.end;
  }
  if (cursor < filled.text.length) parts.push({ text: filled.text.slice(cursor), open: false });

  return (
    <div>
      <Label id={labelId}>{t('templates.preview')}</Label>
      <Box role="region" aria-labelledby={labelId} tabIndex={0}>
        {parts.map((part, index) =>
          part.open ? (
            <Open key={index} title={t('templates.openPlaceholder')}>
              {part.text}
            </Open>
          ) : (
            <Fragment key={index}>{part.text}</Fragment>
          ),
        )}
      </Box>
    </div>
  );
}
