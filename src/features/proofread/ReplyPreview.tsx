import { getColor } from '@zendeskgarden/react-theming';
import { Fragment, useMemo } from 'react';
import styled, { css } from 'styled-components';
import { segmentText } from '../../domain/proofread/segments';
import type { Issue, Severity } from '../../domain/proofread/types';

const Preview = styled.div`
  margin: 0;
  border: ${({ theme }) => `${theme.borders.sm} ${getColor({ theme, variable: 'border.default' })}`};
  border-radius: ${({ theme }) => theme.borderRadii.md};
  background: ${({ theme }) => getColor({ theme, variable: 'background.raised' })};
  padding: ${({ theme }) => theme.space.xs};
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.default' })};
  font-size: ${({ theme }) => theme.fontSizes.md};
  line-height: ${({ theme }) => theme.lineHeights.sm};
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  /* A long reply scrolls inside its frame, so the checklist and the button stay near. */
  max-height: 140px;
  overflow-y: auto;
`;

// Colour plus a distinct underline, so the two kinds differ without relying on colour alone.
const Mark = styled.mark<{ $severity: Severity }>`
  ${({ theme, $severity }) => css`
    border-bottom: 2px ${$severity === 'blocking' ? 'solid' : 'dashed'}
      ${getColor({ theme, variable: $severity === 'blocking' ? 'border.dangerEmphasis' : 'border.warningEmphasis' })};
    background: ${getColor({ theme, variable: $severity === 'blocking' ? 'background.danger' : 'background.warning' })};
    color: inherit;
  `}
`;

export interface ReplyPreviewProps {
  /** The published text (plain), never HTML. */
  text: string;
  issues: readonly Issue[];
  /** What the preview is, for assistive technology. */
  label: string;
}

/** The reply exactly as it will be published, with the words each issue concerns marked. */
export function ReplyPreview({ text, issues, label }: ReplyPreviewProps) {
  const segments = useMemo(() => segmentText(text, issues), [text, issues]);
  return (
    <Preview role="document" aria-label={label} tabIndex={0}>
      {/* Segments are recomputed as a whole on every change, so the index is a stable key. */}
      {segments.map((segment, index) => (
        <Fragment key={index}>
          {segment.mark === null ? segment.text : <Mark $severity={segment.mark}>{segment.text}</Mark>}
        </Fragment>
      ))}
    </Preview>
  );
}
