import { Paragraph } from '@zendeskgarden/react-typography';
import type { StartupData } from './useStartup';

/** The review tools for a review ticket. */
export function SidebarContent({ data }: { data: StartupData }) {
  return <Paragraph>{data.ticket.subject}</Paragraph>;
}
