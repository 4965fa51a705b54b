// The lazily loaded half of todayStore (issue 13): fetch and decode today's files.
import { buildTodayIndex, type TodayIndex } from '../domain/crosswalk';
import type { MapGeo } from '../domain/geo';
import { loadTodayGeo, loadTodayRecord } from '../data/loadToday';

export async function loadRecord(): Promise<TodayIndex> {
  return buildTodayIndex(await loadTodayRecord());
}

export function loadGeo(bounds: MapGeo['bounds']): Promise<MapGeo> {
  return loadTodayGeo(bounds);
}
