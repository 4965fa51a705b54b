// Loads what the data build wrote to public/data/, relative to the page (works from any sub-path).
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { NtmDataset } from '../domain/types';
import { GEO_OBJECTS } from '../domain/types';
import { DATA_URLS } from './urls';
import type { Bbox, CommuneProps, DistrictProps, MapGeo } from '../map/MapController';

export class DataLoadError extends Error {
  constructor(
    readonly url: string,
    readonly reason: 'network' | 'http' | 'parse' | 'shape',
    detail: string,
  ) {
    super(`${url}: ${detail}`);
    this.name = 'DataLoadError';
  }
}

export { DATA_URLS } from './urls';

async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, { signal, cache: 'default' });
  } catch (e) {
    throw new DataLoadError(url, 'network', e instanceof Error ? e.message : String(e));
  }
  if (!res.ok) throw new DataLoadError(url, 'http', `HTTP ${res.status}`);
  try {
    return await res.json();
  } catch (e) {
    throw new DataLoadError(url, 'parse', e instanceof Error ? e.message : String(e));
  }
}

export function isDataset(x: unknown): x is NtmDataset {
  const d = x as NtmDataset;
  return (
    !!d &&
    typeof d === 'object' &&
    !!d.meta &&
    Array.isArray(d.units) &&
    Array.isArray(d.districts) &&
    Array.isArray(d.attainment) &&
    Array.isArray(d.pilots) &&
    Array.isArray(d.criteriaSets) &&
    Array.isArray(d.targets)
  );
}

/** TopoJSON → the GeoJSON the map draws. Unit ids become `gso`/`code` properties for promoteId. */
export function geoFromTopology(topo: Topology): MapGeo {
  const c = topo.objects[GEO_OBJECTS.communes] as GeometryCollection | undefined;
  const d = topo.objects[GEO_OBJECTS.districts] as GeometryCollection | undefined;
  if (!c || !d) throw new Error('TopoJSON lacks communes/districts objects');
  const communes = feature(topo, c) as unknown as FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>>;
  const districts = feature(topo, d) as unknown as FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>>;
  const outC: MapGeo['communes'] = {
    type: 'FeatureCollection',
    features: communes.features.map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: { gso: String(f.id), d: String((f.properties as { d?: unknown })?.d ?? '') } as CommuneProps,
    })),
  };
  const outD: MapGeo['districts'] = {
    type: 'FeatureCollection',
    features: districts.features.map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: { code: String(f.id) } as DistrictProps,
    })),
  };
  return { communes: outC, districts: outD, bounds: bboxOf(outD) };
}

export function bboxOf(fc: FeatureCollection<Polygon | MultiPolygon>): Bbox {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const f of fc.features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const poly of polys)
      for (const ring of poly)
        for (const [x, y] of ring) {
          if (x < w) w = x;
          if (x > e) e = x;
          if (y < s) s = y;
          if (y > n) n = y;
        }
  }
  return [w, s, e, n];
}

export interface LoadedData {
  dataset: NtmDataset;
  geo: MapGeo;
}

export async function loadData(signal?: AbortSignal): Promise<LoadedData> {
  const [ds, topo] = await Promise.all([fetchJson(DATA_URLS.dataset, signal), fetchJson(DATA_URLS.geo, signal)]);
  if (!isDataset(ds)) throw new DataLoadError(DATA_URLS.dataset, 'shape', 'not an NTM dataset');
  const t = topo as Topology;
  if (!t || t.type !== 'Topology') throw new DataLoadError(DATA_URLS.geo, 'shape', 'not a TopoJSON topology');
  let geo: MapGeo;
  try {
    geo = geoFromTopology(t);
  } catch (e) {
    throw new DataLoadError(DATA_URLS.geo, 'shape', e instanceof Error ? e.message : String(e));
  }
  return { dataset: ds, geo };
}
