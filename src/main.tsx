// The global stylesheet first, so that feature and layout styles come after it in the bundle.
import './styles/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createApp } from './app/app.tsx';

const root = document.getElementById('root');
if (root) {
  const app = createApp();
  createRoot(root).render(
    <StrictMode>
      <App {...app} />
    </StrictMode>,
  );
}
