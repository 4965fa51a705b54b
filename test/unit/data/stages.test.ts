// @vitest-environment node
// Each stage of the data build on its own: read → validate → geometry → assemble → first views
// (scripts/lib/stages/), on the real inputs and on small hand-made ones.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { buildPaths, type BuildPaths } from '../../../scripts/lib/paths';
import { DataBuildError, errorsOf, formatIssue, warningsOf } from '../../../scripts/lib/issues';
import { BoundaryFileError, CATALOG_FILES, readInputs, type BuildInputs } from '../../../scripts/lib/stages/read';
import { validateInputs, type ValidInputs } from '../../../scripts/lib/stages/validate';
import { buildGeometry, type Geometry } from '../../../scripts/lib/stages/geometry';
import { assemble } from '../../../scripts/lib/stages/assemble';
import { buildFirstViews } from '../../../scripts/lib/stages/firstViews';
import { buildToday, checkToday, readToday } from '../../../scripts/lib/stages/today';
import type { GeographySummary } from '../../../src/domain/todayTypes';
import type { UnitFeature } from '../../../scripts/lib/units';
import { FIXTURES } from './helpers';
import { expectGolden } from '../golden';
import { targetsJson } from '../../../scripts/lib/dataset';
import { REAL_BUILD_TIMEOUT } from '../realData';

const real = buildPaths({});
const NOW = new Date('2026-01-01T00:00:00Z');

/** The error messages of a thrown DataBuildError (fails the test if something else is thrown). */
function buildErrors(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof DataBuildError)) throw e;
    return errorsOf(e.issues).map(formatIssue);
  }
  throw new Error('expected a DataBuildError');
}

describe('read', () => {
  it('reads every input of the real build', () => {
    const r = readInputs(real);
    expect(r.boundaries.geojson.features).toHaveLength(142);
    expect(Object.keys(r.catalogs)).toEqual([...CATALOG_FILES]);
    for (const name of CATALOG_FILES) expect(r.catalogs[name]?.file).toBe(`data/${name}`);
    expect(r.plan?.lines.length).toBeGreaterThan(100);
    expect(r.attainment?.file).toBe('data/attainment.csv');
    expect(r.issues).toEqual([]);
  });

  it('a missing catalog, plan or table is an issue naming the file; a missing boundary file throws', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ntm-read-'));
    for (const name of CATALOG_FILES.filter((n) => n !== 'pilots.json')) copyFileSync(join(real.dataDir, name), join(dir, name));
    const paths: BuildPaths = { ...real, dataDir: dir, plan: join(dir, 'no-plan.txt'), attainment: join(dir, 'none.csv'), customAttainment: true };
    const r = readInputs(paths);
    expect(r.catalogs['pilots.json']).toBeNull();
    expect(errorsOf(r.issues).map((i) => `${i.file}: ${i.en}`)).toEqual([`${dir}/pilots.json: file not found.`, `${dir}/none.csv: attainment table not found (NTM_ATTAINMENT).`]);
    expect(warningsOf(r.issues).map((i) => i.en)).toEqual(['plan file not found: plan line numbers not checked.']);

    expect(() => readInputs({ ...real, boundaries: join(dir, 'missing.geojson') })).toThrow(BoundaryFileError);
    writeFileSync(join(dir, 'broken.geojson'), '{"type":"FeatureCollection",');
    expect(() => readInputs({ ...real, boundaries: join(dir, 'broken.geojson') })).toThrow(/invalid JSON/);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('validate', () => {
  let inputs: BuildInputs;
  beforeAll(() => {
    inputs = readInputs(real);
  });
  const withTable = (csv: string): BuildInputs => ({ ...inputs, attainment: { file: 'officer.csv', bytes: Buffer.from(csv, 'utf8'), custom: true } });

  it('accepts the real inputs: 142 units, every row, the published figures matched', () => {
    const v = validateInputs(inputs);
    expect(v.units).toHaveLength(142);
    expect(v.features).toHaveLength(142);
    expect(v.attainment.rows).toHaveLength(555);
    expect(v.publishedCheck.every((p) => p.ok)).toBe(true);
    expect(v.criteria.map((c) => c.id)).toContain('commune_ntm');
    expect(errorsOf(v.issues)).toEqual([]);
  });

  it('rejects a bad table from memory alone, with file, line and field', () => {
    const good = readFileSync(join(FIXTURES, 'bad', 'duplicate-row.csv'), 'utf8');
    expect(buildErrors(() => validateInputs(withTable(good)))).toEqual([expect.stringMatching(/^officer\.csv:4 \[year\] LỖI: trùng dòng/)]);
  });

  it('names the catalog whose JSON is broken', () => {
    const broken = { ...inputs, catalogs: { ...inputs.catalogs, 'targets.json': { file: 'data/targets.json', text: '[{"id": ' } } };
    expect(buildErrors(() => validateInputs(broken))).toEqual([expect.stringMatching(/^data\/targets\.json/)]);
  });

  it('stops at the boundary units when they are wrong (nothing can be checked against them)', () => {
    const fc = structuredClone(inputs.boundaries.geojson);
    fc.features[3]!.properties!.gsoCode = fc.features[2]!.properties!.gsoCode;
    const errs = buildErrors(() => validateInputs({ ...inputs, boundaries: { ...inputs.boundaries, geojson: fc } }));
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(/features\[3\]\.properties\.gsoCode.*duplicate code/);
  });
});

// Two districts of square units on a grid (0.01° ≈ 1.1 km), properties as in the boundary file.
const square = (x: number, y: number, s = 0.01): Polygon => ({ type: 'Polygon', coordinates: [[[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]] });
function unit(gso: string, districtCode: string, geometry: Polygon): UnitFeature {
  return {
    type: 'Feature',
    properties: { commune: gso, communeType: 'Xã', communeFull: `Xã ${gso}`, district: `D${districtCode}`, districtType: 'Huyện', gsoCode: gso, districtCode },
    geometry,
  };
}

describe('geometry', () => {
  it('dissolves neighbouring units into one polygon per district and reports the areas', async () => {
    const g = await buildGeometry([unit('00001', '001', square(108, 11)), unit('00002', '001', square(108.01, 11)), unit('00003', '002', square(108, 11.01))], 'grid');
    expect(g.districts.map((d) => [d.id, d.geometry.type, d.geometry.coordinates.length])).toEqual([['001', 'Polygon', 1], ['002', 'Polygon', 1]]);
    expect([...g.clean.keys()].sort()).toEqual(['00001', '00002', '00003']);
    expect(g.districtAreas.map((d) => d.code)).toEqual(['001', '002']);
    expect(g.province.cleanKm2).toBeCloseTo(g.districtAreas.reduce((s, d) => s + d.cleanKm2, 0), 3);
    expect(g.areaChecks.every((c) => Math.abs(c.ratio - 1) < 1e-6)).toBe(true);
  });

  it('a district in two pieces is an error naming it', async () => {
    const apart = [unit('00001', '001', square(108, 11)), unit('00002', '001', square(108.5, 11))];
    await expect(buildGeometry(apart, 'grid')).rejects.toThrow(/district 001 dissolves to 2 part\(s\)/);
  });
});

describe('assemble and first views (the real build)', () => {
  let valid: ValidInputs;
  let geometry: Geometry;
  let geographies: GeographySummary[];
  beforeAll(async () => {
    valid = validateInputs(readInputs(real));
    geographies = buildToday(checkToday(readToday(real), valid.units), valid.units).summaries;
    geometry = await buildGeometry(valid.features, 'boundaries');
  }, REAL_BUILD_TIMEOUT);

  it('the real coverage: 142 clean units, 12 districts of one polygon each', () => {
    expect(geometry.clean.size).toBe(142);
    expect(geometry.districts).toHaveLength(12);
    expect(geometry.districts.every((d) => d.geometry.coordinates.length === 1)).toBe(true);
    expect(geometry.cleaning.slivers).toEqual({ removed: 858, total: 858 });
  });

  it('gives the same files for the same inputs and date (golden digests; UPDATE_GOLDEN=1 after a reviewed data change)', () => {
    // ntm.json as the pipeline writes it: with the geographies summary (issue 13).
    const { dataset, topology, targets } = assemble(valid, geometry, real, NOW, geographies);
    const views = buildFirstViews(topology, dataset);
    const again = assemble(valid, geometry, real, NOW, geographies);
    expect(JSON.stringify(again.dataset)).toBe(JSON.stringify(dataset));
    const files = {
      'ntm.json': JSON.stringify(dataset),
      'targets.json': targetsJson(targets),
      'geo.json': JSON.stringify(topology),
      'first-view.svg': views.firstView.svg,
      'first-view-inline.svg': views.firstViewInline,
    };
    const digest = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, { bytes: Buffer.byteLength(v), sha256: createHash('sha256').update(v).digest('hex') }]));
    expectGolden(join(FIXTURES, 'build-golden.json'), digest);
  });

  it('the first views show the default measure and year; the inlined copy has no borders and is smaller', () => {
    const { dataset, topology } = assemble(valid, geometry, real, NOW);
    const { firstView, firstViewInline } = buildFirstViews(topology, dataset);
    expect([firstView.measure, firstView.year]).toEqual(['status', 2025]);
    expect(firstView.svg).toContain('data-borders="districts"');
    expect(firstViewInline).not.toContain('data-borders="districts"');
    expect(firstViewInline.length).toBeLessThan(firstView.svg.length);
  });
});
