import { getColor } from '@zendeskgarden/react-theming';
import { Paragraph, SM } from '@zendeskgarden/react-typography';
import styled, { css } from 'styled-components';

type Space = 'xxs' | 'xs' | 'sm';

/** One part of a panel: its content stacked with a small gap; `$divided` draws a line above it. */
export const Section = styled.section<{ $gap?: Space; $divided?: boolean }>`
  display: flex;
  flex-direction: column;
  gap: ${({ theme, $gap = 'sm' }) => theme.space[$gap]};
  padding: ${({ theme, $divided }) => ($divided ? theme.space.sm : theme.space.xs)} 0;
  ${({ theme, $divided }) =>
    $divided &&
    css`
      border-top: ${theme.borders.sm} ${getColor({ theme, variable: 'border.default' })};
    `}
`;

/** Items side by side, vertically centred; `$wrap` lets them wrap, `$spread` pushes them apart. */
export const Row = styled.div<{ $wrap?: boolean; $spread?: boolean }>`
  display: flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
  ${({ $wrap }) => $wrap && 'flex-wrap: wrap;'}
  ${({ $spread }) => $spread && 'justify-content: space-between;'}
`;

/** Read by assistive technology, not shown: a heading whose content the layout already says. */
export const visuallyHidden = css`
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
`;

/** A section heading for assistive technology only; `as="h1"` for a page title. */
export const HiddenHeading = styled.h2`
  ${visuallyHidden}
`;

const subtle = css`
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
`;

/** A paragraph of secondary text: hints, explanations, empty states. */
export const Subtle = styled(Paragraph)`
  ${subtle}
`;

/** Secondary text inline and small: dates, counts, labels beside a value; long words wrap. */
export const SubtleSmall = styled(SM)`
  ${subtle}
  overflow-wrap: anywhere;
`;
