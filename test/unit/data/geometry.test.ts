// @vitest-environment node
// Cleaning (mapshaper -clean) and dissolving (Turf) on small hand-made coverages, plus the golden file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { dissolveBy, DissolveError } from '../../../scripts/lib/dissolve';
import { areaKm2, checkAreas, cleanCoverage, type Poly } from '../../../scripts/lib/geometry';
import { errorsOf } from '../../../scripts/lib/issues';
import { FIXTURES } from './helpers';
import { expectGolden } from '../golden';

type P = { id: string; d: string };
const rect = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]],
});
const fc = (...features: [string, string, Poly][]): FeatureCollection<Poly, P> => ({
  type: 'FeatureCollection',
  features: features.map(([id, d, geometry]) => ({ type: 'Feature', properties: { id, d }, geometry })),
});

// Four units around an enclosed sliver gap ~22 m wide (0.0002° at the equator): left/right of the
// gap, and top/bottom closing it. Units are about 1.1 km (0.01°) across.
const G = 0.0002;
const withGap = fc(
  ['left', 'X', rect(0, 0, 0.01, 0.02)],
  ['right', 'X', rect(0.01 + G, 0, 0.02, 0.02)],
  ['top', 'X', rect(0, 0.02, 0.02, 0.03)],
  ['bottom', 'Y', rect(0, -0.01, 0.02, 0)],
);
// Two units overlapping by ~22 m.
const withOverlap = fc(['a', 'X', rect(0, 0, 0.01 + G, 0.01)], ['b', 'X', rect(0.01, 0, 0.02, 0.01)]);

describe('dissolveBy', () => {
  it('gives one polygon per group, flattening multipolygons', () => {
    const input = JSON.parse(readFileSync(join(FIXTURES, 'dissolve-in.geojson'), 'utf8')) as FeatureCollection<Poly, P>;
    const out = dissolveBy(input, (f) => f.properties.d);
    expect(out.map((f) => f.id)).toEqual(['A', 'B']);
    for (const f of out) {
      expect(f.geometry.type).toBe('Polygon');
      expect(f.geometry.coordinates).toHaveLength(1);
    }
    const total = input.features.reduce((s, f) => s + areaKm2(f), 0);
    expect(out.reduce((s, f) => s + areaKm2(f), 0)).toBeCloseTo(total, 6);
  });

  it('matches the golden file (UPDATE_GOLDEN=1 to regenerate)', () => {
    const input = JSON.parse(readFileSync(join(FIXTURES, 'dissolve-in.geojson'), 'utf8')) as FeatureCollection<Poly, P>;
    const out: FeatureCollection<Polygon> = { type: 'FeatureCollection', features: dissolveBy(input, (f) => f.properties.d) };
    expectGolden(join(FIXTURES, 'dissolve-out.geojson'), out);
  });

  it('fails on a hole (an uncleaned sliver gap)', () => {
    expect(() => dissolveBy(withGap, () => 'all')).toThrowError(DissolveError);
    try {
      dissolveBy(withGap, () => 'all');
    } catch (e) {
      expect((e as DissolveError).problems).toEqual([{ group: 'all', parts: 1, holes: 1 }]);
    }
  });

  it('fails on a district in two parts', () => {
    const apart = fc(['a', 'X', rect(0, 0, 0.01, 0.01)], ['b', 'X', rect(0.02, 0, 0.03, 0.01)]);
    expect(() => dissolveBy(apart, (f) => f.properties.d)).toThrow(/X: 2 part\(s\), 0 hole\(s\)/);
  });
});

describe('cleanCoverage', () => {
  it('fills an enclosed sliver gap, keeps every unit and its area', async () => {
    const r = await cleanCoverage(withGap, 100);
    expect(r.fc.features.map((f) => f.properties.id)).toEqual(['left', 'right', 'top', 'bottom']);
    expect(r.slivers?.removed).toBeGreaterThan(0);
    const [one] = dissolveBy(r.fc, () => 'all');
    expect(one!.geometry.coordinates).toHaveLength(1); // no hole left
    const raw = new Map(withGap.features.map((f) => [f.properties.id, { label: f.properties.id, km2: areaKm2(f) }]));
    const clean = new Map(r.fc.features.map((f) => [f.properties.id, areaKm2(f)]));
    expect(errorsOf(checkAreas(raw, clean, 't').issues)).toEqual([]);
    // gap area is added, nothing is lost
    const before = withGap.features.reduce((s, f) => s + areaKm2(f), 0);
    const after = r.fc.features.reduce((s, f) => s + areaKm2(f), 0);
    expect(after).toBeGreaterThan(before);
    expect(after - before).toBeCloseTo(areaKm2(rect(0.01, 0, 0.01 + G, 0.02)), 2);
  });

  it('resolves an overlap: the clean areas sum to the union', async () => {
    const r = await cleanCoverage(withOverlap, 100);
    const sum = r.fc.features.reduce((s, f) => s + areaKm2(f), 0);
    expect(sum).toBeCloseTo(areaKm2(rect(0, 0, 0.02, 0.01)), 4);
  });

  it('leaves a 22 m gap when the threshold is smaller (the threshold matters)', async () => {
    const r = await cleanCoverage(withGap, 5);
    expect(() => dissolveBy(r.fc, () => 'all')).toThrowError(DissolveError);
  });
});

describe('checkAreas', () => {
  it('reports a vanished unit and a unit that lost most of its area', () => {
    const raw = new Map([
      ['1', { label: 'Xã A', km2: 10 }],
      ['2', { label: 'Xã B', km2: 10 }],
      ['3', { label: 'Xã C', km2: 10 }],
    ]);
    const clean = new Map([
      ['1', 10.2],
      ['2', 3],
    ]);
    const msgs = errorsOf(checkAreas(raw, clean, 'f').issues).map((i) => i.en);
    expect(msgs).toEqual([expect.stringMatching(/Xã B \(2\) changed too much.*×0\.300/), expect.stringMatching(/Xã C \(3\) vanished/)]);
  });
});

describe('on the real boundary file', () => {
  it('every district dissolves to one polygon without holes; all 142 units survive', async () => {
    const raw = JSON.parse(readFileSync(join(FIXTURES, '../../../../shared/data/lam-dong-communes.geojson'), 'utf8')) as FeatureCollection<Poly, { gsoCode: string; districtCode: string }>;
    const r = await cleanCoverage(raw);
    expect(r.slivers).toEqual({ removed: 858, total: 858 });
    expect(r.fc.features).toHaveLength(142);
    const districts: Feature<Polygon>[] = dissolveBy(r.fc, (f) => f.properties.districtCode);
    expect(districts).toHaveLength(12);
    const rawA = new Map(raw.features.map((f) => [f.properties.gsoCode, { label: f.properties.gsoCode, km2: areaKm2(f) }]));
    const cleanA = new Map(r.fc.features.map((f) => [f.properties.gsoCode, areaKm2(f)]));
    const { checks, issues } = checkAreas(rawA, cleanA, 'b', 0.95, 1.07);
    expect(errorsOf(issues)).toEqual([]);
    expect(checks).toHaveLength(142);
  });
});
