import { Accordion } from '@zendeskgarden/react-accordions';
import type { ReactNode } from 'react';
import styled from 'styled-components';
import { useRemembered } from './useRemembered';

/** Garden's compact accordion, with the sidebar's narrow insets: headers and panels use its full width. */
const Frame = styled(Accordion)`
  [data-garden-id='accordions.button'] {
    padding: ${({ theme }) => `${theme.space.xxs} ${theme.space.xxs}`};
  }

  [data-garden-id='accordions.panel'][aria-hidden='false'] {
    padding: ${({ theme }) => `${theme.space.xxs} ${theme.space.xxs} ${theme.space.sm}`};
  }
`;

export interface DisclosureProps {
  /** A fixed name: the agent's choice to open or close it is remembered under it, per browser. */
  name: string;
  /** The header's text. */
  label: ReactNode;
  /** Open until the agent chooses otherwise. */
  initiallyOpen?: boolean;
  /** Shown under the header whether the section is open or not (a one-line summary). */
  summary?: ReactNode;
  /** The heading level of the header. */
  level?: 2 | 3 | 4;
  children: ReactNode;
}

/**
 * A section shown on demand: Garden's accordion with one section, its open state remembered.
 * The content is rendered only while open, so a closed section costs nothing.
 */
export function Disclosure({ name, label, initiallyOpen = false, summary, level = 3, children }: DisclosureProps) {
  const [open, setOpen] = useRemembered(name, initiallyOpen);
  return (
    <Frame
      level={level}
      isCompact
      isAnimated={false}
      isCollapsible
      expandedSections={open ? [0] : []}
      onChange={() => setOpen(!open)}
    >
      <Accordion.Section>
        <Accordion.Header>
          <Accordion.Label>{label}</Accordion.Label>
        </Accordion.Header>
        {summary}
        <Accordion.Panel>{open ? children : null}</Accordion.Panel>
      </Accordion.Section>
    </Frame>
  );
}
