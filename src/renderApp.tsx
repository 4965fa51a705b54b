// Renders the React app into #root (loaded by the entry, src/main.tsx, once the first view is painted).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { LoadedData } from './data/loadData';

export function renderApp(initialLoad: Promise<LoadedData>): void {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App initialLoad={initialLoad} />
    </StrictMode>,
  );
}
