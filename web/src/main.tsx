import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { LanguageProvider, rememberedLanguage } from './i18n/i18n';
import './ui/styles.css';

// The screen starts in the language chosen last, its catalogue at hand (Kazakh's at once).
void rememberedLanguage().then((initial) =>
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <LanguageProvider initial={initial}>
        <App />
      </LanguageProvider>
    </StrictMode>,
  ),
);

// Keeps the app's files in the browser so it opens offline (service workers need https, or
// localhost); without one the app simply works online.
if ('serviceWorker' in navigator && import.meta.env.PROD)
  void navigator.serviceWorker.register('/app/sw.js', { scope: '/app/' });
