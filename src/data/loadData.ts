// Loads what the data build wrote to public/data/, relative to the page (works from any sub-path).
import type { Topology } from 'topojson-specification';
import type { NtmDataset } from '../domain/types';
import type { MapGeo } from '../domain/geo';
import { DATA_URLS } from './urls';
import { geoFromTopology } from './topology';

export { bboxOf, geoFromTopology } from './topology';

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

export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
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
    Array.isArray(d.criteriaSets)
  );
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
