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

// The template manager's modal page (manager.html) is this page under another name, so the
// sidebar's start-up code stays one chunk: there no send gate starts, and the manager's own chunk
// is loaded and handed what this module already imported.
const boot = (sdk: ZafSdk | null): void => {
  if (document.documentElement.dataset.page !== 'manager') return start(sdk);
  const container = document.getElementById('root');
  import('./manager').then(
    ({ startManager }) =>
      startManager({
        client: sdk ? createSdkClient(sdk) : null,
        initialScheme: colorSchemeInUrl(window.location.search, window.location.hash),
        render: (page) => container && createRoot(container).render(page),
      }),
    (error: unknown) => console.error('The template manager could not be loaded', error),
  );
};

// Zendesk's script tag ran before this module; only when it failed is the bundled copy fetched.
const loaded = zendeskSdk();
if (loaded) boot(loaded);
else
  loadSdk().then(boot, (error: unknown) => {
    console.error('The Zendesk Apps SDK could not be loaded', error);
    boot(null);
  });
