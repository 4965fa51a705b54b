// Lazily loaded parts of the page that can be loaded again (issue 17). React.lazy keeps a failed
// load for good: once its import() has rejected, every render throws the same error. A part made
// here can be retried: `retry()` swaps in a fresh lazy component, so the next render imports the
// chunk again. Chromium fetches a module again after a failed dynamic import (checked: offline,
// then online, the second import() succeeds), so a retry works once the connection is back. After
// a redeploy the old chunk names are gone (404): only a reload, which fetches the new index.html,
// helps; PartBoundary says so.
import { createElement, lazy, type ComponentType, type ReactElement } from 'react';

export interface LazyPart<P extends object> {
  (props: P): ReactElement;
  /** The next render loads the chunk again. */
  retry(): void;
}

export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  const make = () => lazy(async () => ({ default: await load() }));
  let Current = make();
  const Part = ((props: P) => createElement(Current, props)) as LazyPart<P>;
  Part.retry = () => {
    Current = make();
  };
  return Part;
}

/** The messages browsers give when a dynamically imported chunk (or the CSS Vite preloads with
 *  it) fails to load: Chromium, Firefox, Safari, Vite's preload helper. */
const CHUNK_LOAD_ERROR = /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

/** True when `e` says a chunk of the app could not be fetched (offline, or gone after a redeploy). */
export function isChunkLoadError(e: unknown): boolean {
  return e instanceof Error && CHUNK_LOAD_ERROR.test(e.message);
}

/** True when the browser knows it has no network (false when it cannot tell). */
export function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}
