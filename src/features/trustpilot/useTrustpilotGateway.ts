import { useMemo } from 'react';
import { createTrustpilotGateway, type TrustpilotGateway } from '../../api/trustpilot';
import { useZafClient } from '../../zaf/ZafProvider';

/** The frame's Trustpilot reader (one budget per frame), created once per client. */
export function useTrustpilotGateway(): TrustpilotGateway {
  const client = useZafClient();
  return useMemo(() => createTrustpilotGateway(client), [client]);
}
