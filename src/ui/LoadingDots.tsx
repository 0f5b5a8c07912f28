import { getColor } from '@zendeskgarden/react-theming';
import styled, { keyframes } from 'styled-components';

const pulse = keyframes`
  0%, 80%, 100% { opacity: 0.25; }
  40% { opacity: 1; }
`;

/** Three pulsing dots; drawn here rather than with Garden's loaders to keep them out of the start-up bundle. */
const Pulse = styled.span`
  display: inline-flex;
  gap: 3px;
  & > span {
    width: 6px;
    height: 6px;
    border-radius: 50%;
    background-color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
    animation: ${pulse} 1.2s infinite ease-in-out;
  }
  & > span:nth-child(2) {
    animation-delay: 0.15s;
  }
  & > span:nth-child(3) {
    animation-delay: 0.3s;
  }
  @media (prefers-reduced-motion: reduce) {
    & > span {
      animation: none;
      opacity: 0.6;
    }
  }
`;

/** A decorative loading indicator; the text beside it says what is loading. */
export function LoadingDots() {
  return (
    <Pulse aria-hidden="true">
      <span />
      <span />
      <span />
    </Pulse>
  );
}
