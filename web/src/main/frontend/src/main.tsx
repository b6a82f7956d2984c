import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles/layout.css';
import './styles/controls.css';
import './styles/nav.css';
import './styles/forms.css';
import './styles/lists.css';
import './styles/records.css';
import './styles/setup.css';
import './styles/setup-rows.css';
import './styles/setup-results.css';
import './styles/setup-import.css';
import './styles/diary.css';
import './styles/timetable.css';
import './styles/journal.css';
import './styles/reports.css';

const root = document.getElementById('root');
if (!root) {
  throw new Error('The page has no #root element');
}
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
