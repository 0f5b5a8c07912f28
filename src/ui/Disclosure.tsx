import { Accordion } from '@zendeskgarden/react-accordions';
import type { ReactNode } from 'react';
import styled from 'styled-components';
import { useRemembered } from './useRemembered';

/** A closed section costs one short line: Garden's compact header, with less padding above and below. */
const Compact = styled(Accordion)`
  [data-garden-id='accordions.button'] {
    padding-top: ${({ theme }) => theme.space.xxs};
    padding-bottom: ${({ theme }) => theme.space.xxs};
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
    <Compact
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
    </Compact>
  );
}
