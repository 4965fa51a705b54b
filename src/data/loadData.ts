// Loads what the data build wrote to public/data/, relative to the page (works from any sub-path).
import type { Topology } from 'topojson-specification';
import type { NtmDataset } from '../domain/types';
import type { MapGeo } from '../domain/geo';
import { DATA_URLS } from './urls';
import { geoFromTopology } from './topology';
import { decodeDataset } from './wire';

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

/** The dataset from ntm.json's JSON (its wire form, src/data/wire.ts), or a DataLoadError naming the file and field. */
export function datasetFrom(url: string, x: unknown): NtmDataset {
  try {
    return decodeDataset(x);
  } catch (e) {
    throw new DataLoadError(url, 'shape', e instanceof Error ? e.message : String(e));
  }
}

export interface LoadedData {
  dataset: NtmDataset;
  geo: MapGeo;
}

export async function loadData(signal?: AbortSignal): Promise<LoadedData> {
  const [raw, topo] = await Promise.all([fetchJson(DATA_URLS.dataset, signal), fetchJson(DATA_URLS.geo, signal)]);
  const ds = datasetFrom(DATA_URLS.dataset, raw);
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
