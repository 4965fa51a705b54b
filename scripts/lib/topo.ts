// TopoJSON output: communes and dissolved districts share arcs; coordinates quantized.
import { topology } from 'topojson-server';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { Poly } from './geometry';

/**
 * Quantization chosen for public/data/geo.json. Measured on the cleaned file (communes + districts):
 * 5e3 → 56.3 KB raw / 16.4 KB gzip (today's geo-2025.json: 45.2 KB instead of 55.6), 1e4 → 58.5 /
 * 18.3, 3e4 → 63.2 / 21.1, 1e5 → 67.6 / 23.9, 1e6 → 77.4 / 29.3. 5e3 over the province's
 * ~1.5° × 1.1° extent is a grid of ~30 × 25 m: still 5× finer than the source's own ~160 m
 * thinning, under a pixel up to zoom 12 and ≤ 2 px at the map's maximum zoom 14 (where the
 * source's thinning is already ~17 px). Issue 13: 1e4 cost ≈1.7 KB gzip of the first load for
 * detail the source does not have.
 */
export const QUANTIZATION = 5e3;

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
