import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './ui/styles.css';
import './ui/layout.css';
import { perfMark } from './perf';
import { loadData } from './data/loadData';

perfMark('main');

const root = document.getElementById('root');
if (root) {
  // Issue #7: the data (preloaded by the HTML) is fetched and decoded now, while React renders its
  // first frame, instead of from App's effect after it.
  const initialLoad = loadData();
  initialLoad.catch(() => undefined); // App reports a failure (this copy only avoids an unhandled rejection)
  createRoot(root).render(
    <StrictMode>
      <App initialLoad={initialLoad} />
    </StrictMode>,
  );
}
