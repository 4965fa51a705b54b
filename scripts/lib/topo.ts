// TopoJSON output: communes and dissolved districts share arcs; coordinates quantized.
import { topology } from 'topojson-server';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { Poly } from './geometry';

/**
 * Quantization chosen for public/data/geo.json. Measured on the cleaned file (communes + districts):
 * 1e4 → 58.5 KB raw / 18.3 KB gzip, 3e4 → 63.2 / 21.1, 1e5 → 67.6 / 23.9, 1e6 → 77.4 / 29.3.
 * 1e4 over the province's ~1.6° extent is a grid of ~15 m, far finer than the source's own
 * ~160 m thinning and invisible at the map's zoom levels, so it is chosen.
 */
export const QUANTIZATION = 1e4;

export interface CommuneGeo {
  gso: string;
  districtCode: string;
  geometry: Poly;
}

export function buildTopology(communes: readonly CommuneGeo[], districts: readonly Feature<Polygon>[], quantization = QUANTIZATION) {
  const communeFc: FeatureCollection<Poly, { d: string }> = {
    type: 'FeatureCollection',
    features: communes.map((c) => ({ type: 'Feature', id: c.gso, properties: { d: c.districtCode }, geometry: c.geometry })),
  };
  const districtFc: FeatureCollection<Polygon, Record<string, never>> = {
    type: 'FeatureCollection',
    features: districts.map((d) => ({ type: 'Feature', id: String(d.id), properties: {}, geometry: d.geometry })),
  };
  return topology({ communes: communeFc, districts: districtFc }, quantization);
}

export function byteSizes(text: string): { raw: number; gzip: number } {
  const buf = Buffer.from(text, 'utf8');
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}
