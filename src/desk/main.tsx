// The desk's entry (desk.html). Its own page and bundle: nothing of it reaches the public map's
// first load. The worker, the Excel library and the map load only when they are needed.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/styles.css';
import '../ui/layout.css';
import './desk.css';
import { DeskApp } from './DeskApp';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <DeskApp />
    </StrictMode>,
  );
}
