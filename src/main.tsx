// The entry. Issue #7: it holds no React. The HTML already shows the first view (the province,
// coloured, with its legend); this starts the data download, lets the browser paint that picture,
// and only then evaluates React and the app (src/renderApp.tsx, preloaded by the HTML meanwhile).
// The stylesheets of everything the first screen shows are imported here, so the build inlines
// them into the HTML (vite.config.ts) and the pre-JS first view is laid out like the app.
import './ui/styles.css';
import './ui/layout.css';
import './ui/firstView.css';
import './ui/press.css';
import { perfMark } from './perf';
import { loadData } from './data/loadData';

perfMark('main');

/** The longest the app waits for the first view to be painted before it starts anyway. */
const FIRST_PAINT_WAIT_MS = 300;

/** Resolves after the frame that shows the inlined first view (its picture decoded), or at once on
 *  a page without one. Script evaluation (React, then MapLibre: 100-400 ms of main thread) would
 *  otherwise sit between the decoded picture and the frame that shows it. */
function firstViewPainted(): Promise<void> {
  const img = document.querySelector<HTMLImageElement>('img[data-first-view-image]');
  if (!img) return Promise.resolve();
  const painted = img
    .decode()
    .catch(() => undefined)
    .then(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  return Promise.race([painted, new Promise<void>((resolve) => setTimeout(resolve, FIRST_PAINT_WAIT_MS))]);
}

if (document.getElementById('root')) {
  // The data (preloaded by the HTML) is fetched and decoded meanwhile.
  const initialLoad = loadData();
  initialLoad.catch(() => undefined); // App reports a failure (this copy only avoids an unhandled rejection)
  void firstViewPainted()
    .then(() => import('./renderApp'))
    .then((m) => m.renderApp(initialLoad));
}
