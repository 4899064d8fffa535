import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The elements are defined before React renders: React 19 sets a prop as a property only when the
// element already has that property (`endpoint`, `sort`), as an attribute otherwise.
import '@biv/elements/login-box.js';
import '@biv/elements/my-loans.js';
import { App } from './App';
import './app.css';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
