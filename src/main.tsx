import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { requestStartup } from './app/startupRequest';
import { colorSchemeFromUrl } from './app/theme';
import { createSdkClient } from './zaf/sdk';

// The client is created before React renders, so the handshake with Zendesk and the start-up
// `get` are under way while the first render happens.
const client = createSdkClient();
const startup = client === false ? null : requestStartup(client);
// A failure is handled when the sidebar uses the answer (it asks again); don't report it twice.
startup?.catch(() => undefined);

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <App
      createClient={() => client}
      startup={startup}
      initialScheme={colorSchemeFromUrl(window.location.search, window.location.hash)}
      browserLocale={navigator.language}
    />,
  );
}
