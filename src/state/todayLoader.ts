// The lazily loaded half of todayStore (issue 13): fetch and decode today's files.
import { buildTodayIndex, type TodayIndex } from '../domain/crosswalk';
import type { MapGeo } from '../domain/geo';
import { loadTodayGeo, loadTodayRecord } from '../data/loadToday';
import { searchToday } from '../domain/searchToday';
// Registers today's view model into mapViewModel (kept out of the first view's code).
import '../domain/todayViewModel';
// Today's map's messages (src/i18n/parts/today.ts): they load with today's files, not the first view.
import '../i18n/parts/today';

export async function loadRecord(): Promise<TodayIndex> {
  const today = buildTodayIndex(await loadTodayRecord());
  today.search = (q, limit) => searchToday(today, q, limit);
  return today;
}

export function loadGeo(bounds: MapGeo['bounds']): Promise<MapGeo> {
  return loadTodayGeo(bounds);
}
