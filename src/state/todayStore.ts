// Today's geography in the app (issue 13): loaded on first use, never with the first view.
// `record` (today.json) is enough for search and panels; `geo` (geo-2025.json) for the map.
import { create } from 'zustand';
import { buildTodayIndex, type TodayIndex } from '../domain/crosswalk';
import type { MapGeo } from '../domain/geo';
import { loadTodayGeo, loadTodayRecord } from '../data/loadToday';
import { DataLoadError } from '../data/loadData';
import type { LoadState } from './store';

export interface TodayState {
  today: TodayIndex | null;
  geo: MapGeo | null;
  /** idle until first asked for. */
  record: LoadState | { kind: 'idle' };
  map: LoadState | { kind: 'idle' };
}

export const useToday = create<TodayState>()(() => ({ today: null, geo: null, record: { kind: 'idle' }, map: { kind: 'idle' } }));

const errorOf = (e: unknown): Extract<LoadState, { kind: 'error' }> =>
  e instanceof DataLoadError ? { kind: 'error', message: e.message, file: e.url, reason: e.reason } : { kind: 'error', message: e instanceof Error ? e.message : String(e), reason: 'unknown' };

let recordPromise: Promise<TodayIndex> | null = null;
let geoPromise: Promise<MapGeo> | null = null;

/** today.json, once (a failure is forgotten, so a retry loads again). */
export function ensureTodayRecord(): Promise<TodayIndex> {
  if (!recordPromise) {
    useToday.setState({ record: { kind: 'loading' } });
    recordPromise = loadTodayRecord().then((r) => {
      const today = buildTodayIndex(r);
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
    geoPromise = ensureTodayRecord().then((t) => loadTodayGeo(t.bounds)).then((geo) => {
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
