import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { requestStartup } from './app/startupRequest';
import { colorSchemeInUrl } from './app/theme';
import { createSdkClient, loadSdk, zendeskSdk, type ZafSdk } from './zaf/sdk';
import { createZendesk } from './zaf/port';
import { startSendGate } from './zaf/sendGate';

function start(sdk: ZafSdk | null): void {
  // The client is created before React renders, and the send gate subscribes to `ticket.save` at
  // once: from the first moment a save is answered, whatever happens to the UI afterwards. Then the
  // start-up `get` is sent, so the handshake with Zendesk runs while the first render happens.
  const client = sdk ? createSdkClient(sdk) : null;
  const gate = client ? startSendGate(client) : null;
  const startup = client ? requestStartup(createZendesk(client)) : null;
  // A failure is handled when the sidebar uses the answer (it asks again); don't report it twice.
  startup?.catch(() => undefined);

  const container = document.getElementById('root');
  if (!container) return;
  createRoot(container).render(
    <App
      createClient={() => {
        if (client === null) throw new Error('the Zendesk Apps SDK could not be loaded');
        return client;
      }}
      gate={gate}
      startup={startup}
      initialScheme={colorSchemeInUrl(window.location.search, window.location.hash)}
      browserLocale={navigator.language}
    />,
  );
}

// Zendesk's script tag ran before this module; only when it failed is the bundled copy fetched.
const loaded = zendeskSdk();
if (loaded) start(loaded);
else
  loadSdk().then(start, (error: unknown) => {
    console.error('The Zendesk Apps SDK could not be loaded', error);
    start(null);
  });
