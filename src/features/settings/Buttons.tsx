import styled from 'styled-components';

/** The template manager's buttons side by side, wrapping on a narrow sidebar. */
export const Buttons = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.xs};
`;
