// The entry. The HTML already shows the first view (the province, coloured, with its legend). Issue #7:
// this starts the data download at once, lets the browser paint that picture, and only then renders
// React and evaluates the map chunk (MapLibre, preloaded by the HTML meanwhile).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, loadMapView, prefetchAnswerOnSlowLink } from './App';
import './ui/styles.css';
import './ui/layout.css';
import { perfMark } from './perf';
import { loadData } from './data/loadData';
import { PartBoundary } from './ui/PartBoundary';
import { markStarted } from './startup';

perfMark('main');
// Issue 17: the entry runs, so the first view's watchdog (inlined in index.html) stands down.
markStarted();

/** The longest the app waits for the first view to be painted before it starts anyway. */
const FIRST_PAINT_WAIT_MS = 300;

/** Resolves after the frame that shows the inlined first view (its picture decoded), or at once on a
 *  page without one. React's first render and MapLibre's evaluation (100-400 ms of main thread)
 *  would otherwise sit between the decoded picture and the frame that shows it. */
function firstViewPainted(): Promise<void> {
  const img = document.querySelector<HTMLImageElement>('img[data-first-view-image]');
  if (!img) return Promise.resolve();
  const painted = img
    .decode()
    .catch(() => undefined)
    .then(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  return Promise.race([painted, new Promise<void>((resolve) => setTimeout(resolve, FIRST_PAINT_WAIT_MS))]);
}

const root = document.getElementById('root');
if (root) {
  // The data (preloaded by the HTML) is fetched and decoded meanwhile, not from App's first effect.
  const initialLoad = loadData();
  initialLoad.catch(() => undefined); // App reports a failure (this copy only avoids an unhandled rejection)
  prefetchAnswerOnSlowLink();
  void firstViewPainted().then(() => {
    void loadMapView();
    createRoot(root).render(
      <StrictMode>
        {/* Issue 17: a crash anywhere above the parts' own boundaries shows a message, never a blank page. */}
        <PartBoundary part="app">
          <App initialLoad={initialLoad} />
        </PartBoundary>
      </StrictMode>,
    );
  });
}
