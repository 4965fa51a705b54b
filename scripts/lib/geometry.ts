// Cleaning the commune coverage with mapshaper, and per-unit measures (area, bbox, label point).
import mapshaper from 'mapshaper';
import area from '@turf/area';
import bbox from '@turf/bbox';
import pointOnFeature from '@turf/point-on-feature';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { issue, type Issue } from './issues';

export type Poly = Polygon | MultiPolygon;

/**
 * Gap threshold for `-clean`. The source was thinned with a ~160 m tolerance, so its slivers are
 * narrow; mapshaper removes all 858 of them from 100 m up (75 m leaves 9), and the default
 * (260 m) gives the same result. 100 m is the smallest width that removes them all; the smallest
 * unit (Phường 2, Đà Lạt, 1.1 km²) is about 1 km across, ten times wider.
 */
export const GAP_WIDTH_M = 100;

export interface CleanResult<P> {
  fc: FeatureCollection<Poly, P>;
  /** mapshaper's own report lines, e.g. "[clean] Removed 858 of 858 slivers using 100m width threshold". */
  log: string[];
  slivers: { removed: number; total: number } | null;
}

/** Remove gaps and overlaps between neighbouring polygons (mapshaper -clean); keeps feature order and properties. */
export async function cleanCoverage<P>(fc: FeatureCollection<Poly, P>, gapWidthM = GAP_WIDTH_M): Promise<CleanResult<P>> {
  const log: string[] = [];
  const origError = console.error;
  mapshaper.enableLogging();
  console.error = (...args: unknown[]) => {
    log.push(args.map(String).join(' '));
  };
  let out: Record<string, string | Buffer>;
  try {
    out = await mapshaper.applyCommands(`-i in.json -clean gap-width=${gapWidthM}m -o out.json format=geojson precision=0.00000001`, {
      'in.json': JSON.stringify(fc),
    });
  } finally {
    console.error = origError;
  }
  const cleaned = JSON.parse(String(out['out.json'])) as FeatureCollection<Poly, P>;
  const m = log.map((l) => /Removed (\d+) of (\d+) slivers/.exec(l)).find((x) => x);
  return { fc: cleaned, log: log.filter((l) => l.startsWith('[clean]')), slivers: m ? { removed: Number(m[1]), total: Number(m[2]) } : null };
}

export const areaKm2 = (f: Feature<Poly> | Poly): number => area(f) / 1e6;

export const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

// Bboxes (camera framing) and label points to 4 decimals (≈11 m): finer digits only cost bytes in
// ntm.json (issue #7: −0.6 KB gzip). Bboxes are rounded outwards, so they still contain the unit.
const BBOX_DIGITS = 4;
const outward = (x: number, up: boolean) => (up ? Math.ceil : Math.floor)(x * 10 ** BBOX_DIGITS) / 10 ** BBOX_DIGITS;

export function bboxOf(f: Feature<Poly>): [number, number, number, number] {
  const b = bbox(f);
  return [outward(b[0], false), outward(b[1], false), outward(b[2], true), outward(b[3], true)];
}

export function labelPointOf(f: Feature<Poly>): [number, number] {
  const p = pointOnFeature(f).geometry.coordinates;
  return [round(p[0]!, BBOX_DIGITS), round(p[1]!, BBOX_DIGITS)];
}

export interface AreaCheck {
  id: string;
  label: string;
  rawKm2: number;
  cleanKm2: number;
  ratio: number;
}

/**
 * Every unit must survive the cleaning with its area within [minRatio, maxRatio] of the raw area:
 * cleaning moves borders by a few tens of metres, it must never drop or swallow a unit.
 */
export function checkAreas(
  raw: ReadonlyMap<string, { label: string; km2: number }>,
  clean: ReadonlyMap<string, number>,
  file: string,
  minRatio = 0.9,
  maxRatio = 1.1,
): { checks: AreaCheck[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const checks: AreaCheck[] = [];
  for (const [id, r] of raw) {
    const c = clean.get(id);
    if (c == null || c === 0) {
      issues.push(issue('error', file, null, id, `đơn vị ${r.label} (${id}) bị mất sau khi làm sạch hình học.`, `unit ${r.label} (${id}) vanished in geometry cleaning.`));
      continue;
    }
    const ratio = c / r.km2;
    checks.push({ id, label: r.label, rawKm2: r.km2, cleanKm2: c, ratio });
    if (ratio < minRatio || ratio > maxRatio) {
      issues.push(
        issue('error', file, null, id, `diện tích ${r.label} (${id}) thay đổi quá nhiều khi làm sạch: ${r.km2.toFixed(2)} → ${c.toFixed(2)} km² (×${ratio.toFixed(3)}).`, `area of ${r.label} (${id}) changed too much in cleaning: ${r.km2.toFixed(2)} → ${c.toFixed(2)} km² (×${ratio.toFixed(3)}).`),
      );
    }
  }
  for (const id of clean.keys()) {
    if (!raw.has(id)) issues.push(issue('error', file, null, id, `đơn vị lạ ${id} xuất hiện sau khi làm sạch.`, `unexpected unit ${id} after cleaning.`));
  }
  return { checks, issues };
}
