import type { ReactNode } from 'react';
import { ThemeProvider, getColor } from '@zendeskgarden/react-theming';
import { createGlobalStyle } from 'styled-components';
import { makeTheme, type ColorScheme } from './theme';

const GlobalStyle = createGlobalStyle`
  html, body {
    margin: 0;
    background-color: ${({ theme }) => getColor({ theme, variable: 'background.default' })};
    color: ${({ theme }) => getColor({ theme, variable: 'foreground.default' })};
    color-scheme: ${({ theme }) => theme.colors.base};
    font-family: ${({ theme }) => theme.fonts.system};
    font-size: ${({ theme }) => theme.fontSizes.md};
  }

  /* Spacing comes from the layouts' gaps, not from the browser's heading margins. */
  h1, h2, h3, h4 {
    margin: 0;
  }
`;

export interface ThemeRootProps {
  scheme: ColorScheme;
  children: ReactNode;
}

/** Garden's ThemeProvider in the agent's colour scheme, with page colours to match. */
export function ThemeRoot({ scheme, children }: ThemeRootProps) {
  return (
    <ThemeProvider theme={makeTheme(scheme)}>
      <GlobalStyle />
      {children}
    </ThemeProvider>
  );
}
