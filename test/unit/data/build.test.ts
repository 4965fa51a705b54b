// @vitest-environment node
// The whole build: as a function on the real boundary file, and the CLI as a child process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { NtmDataset, PlanTargetsFile } from '../../../src/domain/types';
import { buildPaths, REPO_ROOT } from '../../../scripts/lib/paths';
import { buildDataset } from '../../../scripts/lib/pipeline';
import { areaKm2, type Poly } from '../../../scripts/lib/geometry';
import type { Feature } from 'geojson';
import { FIXTURES } from './helpers';

const TSX = join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const runBuild = (env: Record<string, string>) =>
  spawnSync(process.execPath, [TSX, join(REPO_ROOT, 'scripts', 'build-data.ts')], { cwd: REPO_ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });

describe('buildDataset on the real inputs', () => {
  it('assembles an NtmDataset and a TopoJSON with communes and districts', async () => {
    const paths = buildPaths({});
    const { dataset, topology, targets, report, issues } = await buildDataset(paths, new Date('2026-01-01T00:00:00Z'));
    expect(issues.filter((i) => i.level === 'error')).toEqual([]);
    expect(report.units).toEqual({ total: 142, xa: 111, phuong: 18, thiTran: 13, districts: 12 });
    expect(dataset.units).toHaveLength(142);
    expect(dataset.districts.map((d) => d.code)).toEqual(['672', '673', '674', '675', '676', '677', '678', '679', '680', '681', '682', '683']);
    expect(dataset.pilots).toHaveLength(22);
    expect(targets.length).toBeGreaterThanOrEqual(15);
    expect(dataset.criteriaSets.map((s) => s.id)).toEqual(['commune_ntm', 'commune_nang_cao', 'commune_kieu_mau', 'district_ntm', 'district_nang_cao', 'commune_ntm_2026']);
    expect(dataset.catalogs?.map((c) => [c.id, c.communeSet, c.criteriaCount])).toEqual([['2021-2025', 'commune_ntm', 19], ['2026-2030', 'commune_ntm_2026', 10]]);
    expect(dataset.attainment).toHaveLength(555);
    expect(dataset.meta.illustrative).toBe(true);
    expect(dataset.meta.published.map((p) => p.year)).toEqual([2021, 2022, 2023, 2023]);
    // never invented: five districts without a published recognition
    expect(dataset.districts.filter((d) => d.recognition === null).map((d) => d.name)).toEqual(['Đam Rông', 'Lạc Dương', 'Di Linh', 'Bảo Lâm', 'Đạ Huoai']);
    // every district's note in both languages, each in one language only (no "vi / en" strings)
    for (const d of dataset.districts) {
      const n = d.recognition ?? d;
      expect([d.code, typeof n.note_vi, typeof n.note_en]).toEqual([d.code, 'string', 'string']);
      expect(`${n.note_vi} ${n.note_en}`).not.toContain(' / ');
    }
    // TopoJSON objects as in the contract
    const topo = topology as unknown as Topology;
    const communes = feature(topo, topo.objects.communes!) as unknown as GeoJSON.FeatureCollection;
    const districts = feature(topo, topo.objects.districts!) as unknown as GeoJSON.FeatureCollection;
    // the dissolved districts cover what their units cover: areas add up
    const km2 = (fc: GeoJSON.FeatureCollection) => fc.features.reduce((s, f) => s + areaKm2(f as Feature<Poly>), 0);
    expect(Math.abs(km2(communes) - km2(districts))).toBeLessThan(0.5);
    expect(communes.features).toHaveLength(142);
    expect(communes.features.find((f) => f.id === '24943')?.properties).toEqual({ d: '677' });
    expect(districts.features.map((f) => f.id)).toContain('682');
    expect(districts.features.every((f) => f.geometry.type === 'Polygon')).toBe(true);
  }, 60000);
});

describe('build-data CLI', () => {
  it('writes every output, atomically named, into its output folder', () => {
    const out = mkdtempSync(join(tmpdir(), 'ntm-build-'));
    const r = runBuild({ NTM_OUT_DIR: out });
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.inputs.json', 'codes.json', 'criteria-2026-2030.json', 'first-view-inline.svg', 'first-view.json', 'first-view.svg', 'geo-2025.json', 'geo.json', 'ntm.json', 'targets.json', 'today.json']);
    expect((JSON.parse(readFileSync(join(out, 'ntm.json'), 'utf8')) as NtmDataset).units).toHaveLength(142);
    expect((JSON.parse(readFileSync(join(out, 'targets.json'), 'utf8')) as PlanTargetsFile).targets.length).toBeGreaterThanOrEqual(15);
    expect(r.stdout).toMatch(/Đã ghi \/ written: .*geo\.json/);
    rmSync(out, { recursive: true, force: true });
  }, 60000);

  it('with NTM_BOUNDARIES=/nonexistent exits 1 with one line naming the path', () => {
    const r = runBuild({ NTM_BOUNDARIES: '/nonexistent' });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('/nonexistent');
    expect(lines[0]).toContain('NTM_BOUNDARIES');
  }, 60000);

  it('with a bad officer table exits 1, lists every error with its line, writes nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'ntm-build-'));
    const r = runBuild({ NTM_ATTAINMENT: join(FIXTURES, 'bad', 'duplicate-row.csv'), NTM_OUT_DIR: out });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/duplicate-row\.csv:4 \[year\] LỖI: trùng dòng.*ERROR: duplicate commune-year/);
    expect(r.stderr).toMatch(/nothing written/);
    expect(readdirSync(out)).toEqual([]);
    rmSync(out, { recursive: true, force: true });
    expect(readFileSync(join(FIXTURES, 'bad', 'duplicate-row.csv'), 'utf8')).toContain('24943');
  }, 60000);
});
