import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { colorSchemeFromUrl } from './app/theme';
import { createSdkClient } from './zaf/sdk';

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <App
      createClient={createSdkClient}
      initialScheme={colorSchemeFromUrl(window.location.search, window.location.hash)}
      browserLocale={navigator.language}
    />,
  );
}
