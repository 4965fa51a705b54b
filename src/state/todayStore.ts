// Today's geography in the app (issue 13): loaded on first use, never with the first view.
// `record` (today.json) is enough for search and panels; `geo` (geo-2025.json) for the map.
import { create } from 'zustand';
import type { TodayIndex } from '../domain/crosswalk';
import type { MapGeo } from '../domain/geo';
import type { LoadState } from './store';
// The loader and its TopoJSON decoding are their own chunk: nothing of it in the first view's bytes.
const loader = () => import('./todayLoader');

export interface TodayState {
  today: TodayIndex | null;
  geo: MapGeo | null;
  /** idle until first asked for. */
  record: LoadState | { kind: 'idle' };
  map: LoadState | { kind: 'idle' };
}

export const useToday = create<TodayState>()(() => ({ today: null, geo: null, record: { kind: 'idle' }, map: { kind: 'idle' } }));

const errorOf = (e: unknown): Extract<LoadState, { kind: 'error' }> => {
  const d = e as { url?: string; reason?: Extract<LoadState, { kind: 'error' }>['reason'] };
  return d && typeof d.url === 'string' ? { kind: 'error', message: (e as Error).message, file: d.url, reason: d.reason } : { kind: 'error', message: e instanceof Error ? e.message : String(e), reason: 'unknown' };
};

let recordPromise: Promise<TodayIndex> | null = null;
let geoPromise: Promise<MapGeo> | null = null;

/** today.json, once (a failure is forgotten, so a retry loads again). */
export function ensureTodayRecord(): Promise<TodayIndex> {
  if (!recordPromise) {
    useToday.setState({ record: { kind: 'loading' } });
    recordPromise = loader().then((m) => m.loadRecord()).then((today) => {
      useToday.setState({ today, record: { kind: 'ready' } });
      return today;
    });
    recordPromise.catch((e: unknown) => {
      recordPromise = null;
      useToday.setState({ record: errorOf(e) });
    });
  }
  return recordPromise;
}

/** today.json and geo-2025.json, once. */
export function ensureTodayMap(): Promise<MapGeo> {
  if (!geoPromise) {
    useToday.setState({ map: { kind: 'loading' } });
    geoPromise = Promise.all([ensureTodayRecord(), loader()]).then(([t, m]) => m.loadGeo(t.bounds)).then((geo) => {
      useToday.setState({ geo, map: { kind: 'ready' } });
      return geo;
    });
    geoPromise.catch((e: unknown) => {
      geoPromise = null;
      useToday.setState({ map: errorOf(e) });
    });
  }
  return geoPromise;
}
