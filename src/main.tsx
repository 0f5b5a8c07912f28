import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { requestStartup } from './app/startupRequest';
import { colorSchemeFromUrl } from './app/theme';
import { createSdkClient } from './zaf/sdk';
import { startSendGate } from './zaf/sendGate';

// The client is created before React renders, and the send gate subscribes to `ticket.save` at
// once: from the first moment a save is answered, whatever happens to the UI afterwards. Then the
// start-up `get` is sent, so the handshake with Zendesk runs while the first render happens.
const client = createSdkClient();
const gate = client === false ? null : startSendGate(client);
const startup = client === false ? null : requestStartup(client);
// A failure is handled when the sidebar uses the answer (it asks again); don't report it twice.
startup?.catch(() => undefined);

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <App
      createClient={() => client}
      gate={gate}
      startup={startup}
      initialScheme={colorSchemeFromUrl(window.location.search, window.location.hash)}
      browserLocale={navigator.language}
    />,
  );
}
