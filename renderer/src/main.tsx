import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { takeTokenFromLocation } from './api/token';
import { App } from './App';
import { setupI18n } from './i18n';
import { ToastProvider } from './ui/Toasts';
import './styles/tokens.css';
import './styles/base.css';
import './styles/forms.css';
import './styles/feedback.css';
import './styles/vault.css';
import './styles/shell.css';
import './styles/clients.css';
import './styles/settings.css';
import './styles/print.css';

takeTokenFromLocation(); // first thing: the token leaves the address bar before anything renders
setupI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ToastProvider>
      <App />
    </ToastProvider>
  </StrictMode>,
);
