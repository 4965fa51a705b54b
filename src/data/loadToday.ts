// Today's geography (issue 13), loaded only when asked for: today.json (units, crosswalk, sources)
// and geo-2025.json (TopoJSON: communes + former-province outlines). The record alone serves an
// old unit's panel ("since 1/7/2025: part of …"); the map needs both.
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { MapGeo } from '../domain/geo';
import { GEO_2025_OBJECTS, type TodayRecord } from '../domain/todayTypes';
import { DataLoadError, fetchJson } from './loadData';

export const TODAY_URLS = { record: 'data/today.json', geo: 'data/geo-2025.json' } as const;

export async function loadTodayRecord(signal?: AbortSignal): Promise<TodayRecord> {
  const r = (await fetchJson(TODAY_URLS.record, signal)) as TodayRecord;
  if (!r || !Array.isArray(r.units) || !Array.isArray(r.crosswalk) || !r.sources || !Array.isArray(r.bounds)) {
    throw new DataLoadError(TODAY_URLS.record, 'shape', "not today's geography record");
  }
  return r;
}

/** geo-2025.json → what the map draws: communes as `gso` = code, `d` = former province; the
 *  former-province outlines in the districts' place (there is no district level since 1/7/2025). */
export function todayGeoFromTopology(topo: Topology, bounds: MapGeo['bounds']): MapGeo {
  const c = topo.objects?.[GEO_2025_OBJECTS.communes] as GeometryCollection | undefined;
  const p = topo.objects?.[GEO_2025_OBJECTS.formerProvinces] as GeometryCollection | undefined;
  if (!c || !p) throw new Error('TopoJSON lacks communes/formerProvinces objects');
  const communes = feature(topo, c) as unknown as FeatureCollection<Polygon | MultiPolygon, { p?: string }>;
  const provinces = feature(topo, p) as unknown as FeatureCollection<Polygon | MultiPolygon>;
  return {
    communes: { type: 'FeatureCollection', features: communes.features.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { gso: String(f.id), d: String(f.properties?.p ?? '') } })) },
    districts: { type: 'FeatureCollection', features: provinces.features.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { code: String(f.id) } })) },
    bounds,
  };
}

export async function loadTodayGeo(bounds: MapGeo['bounds'], signal?: AbortSignal): Promise<MapGeo> {
  const t = (await fetchJson(TODAY_URLS.geo, signal)) as Topology;
  if (!t || t.type !== 'Topology') throw new DataLoadError(TODAY_URLS.geo, 'shape', 'not a TopoJSON topology');
  try {
    return todayGeoFromTopology(t, bounds);
  } catch (e) {
    throw new DataLoadError(TODAY_URLS.geo, 'shape', e instanceof Error ? e.message : String(e));
  }
}
