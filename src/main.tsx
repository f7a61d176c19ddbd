// The global stylesheet first, so that feature and layout styles come after it in the bundle.
import './styles/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createApp } from './app/app.tsx';
import { indexedDbTexts } from './features/wizard/large-texts.ts';
import { loadWizardWithTexts } from './features/wizard/wizard-storage.ts';
import { createWizardStore, sessionStorageOrNull } from './features/wizard/wizard-store.ts';

const root = document.getElementById('root');
if (root) {
  // Texts too large for sessionStorage were kept in IndexedDB: read them back before the first
  // render, so that a reload on a later step finds its bounce (only then is there a wait).
  const session = sessionStorageOrNull();
  const texts = indexedDbTexts(session);
  const initial = await loadWizardWithTexts(session, texts);
  const app = createApp({ store: createWizardStore(session, { initial, texts }) });
  createRoot(root).render(
    <StrictMode>
      <App {...app} />
    </StrictMode>,
  );
}
