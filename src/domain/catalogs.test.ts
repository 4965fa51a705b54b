// Issue 13: which catalog holds for a year, the measures it offers, and that a measure of one
// catalog never reads a row of another.
import { describe, expect, it } from 'vitest';
import {
  catalogCriteria, catalogForYear, catalogsOf, hasDataForYear, measureFitsRow, measureForYear, measuresForYear, timelineYears,
} from './catalogs';
import { classifyUnit } from './classify';
import { buildIndex } from './dataIndex';
import type { AttainmentRow, CatalogSummary, NtmDataset } from './types';

const base = (id: string, from: number, to: number, extra: Partial<CatalogSummary>): CatalogSummary => ({
  id, vi: id, en: id, decision: `${id} (x)`, from, to, inForce: `${from}-02-15`, inForceVerified: true,
  communeSet: 'commune_ntm', criteriaCount: 19, groups: 0, indicatorTotal: null, statuses: ['chua_dat', 'ntm', 'nang_cao', 'kieu_mau'], detail: null, ...extra,
});
const PLAN = base('2021-2025', 2021, 2025, {});
const NEW = base('2026-2030', 2026, 2030, { communeSet: 'commune_ntm_2026', criteriaCount: 10, groups: 3, indicatorTotal: 47, statuses: ['chua_dat', 'ntm'], detail: 'criteria-2026-2030.json' });

function row(gso: string, year: number, criteria: (boolean | null)[], status: AttainmentRow['status'] = 'ntm'): AttainmentRow {
  return {
    gso, year, status, criteria, indicators: { '8.1': true, '8.2': true, '8.3': true, '8.4': true, 'nc8.4': null, 'nc15.2': null },
    cooperative: null, onlineService: null, onlineSurvey: null, recognitionYear: null, decision: null,
    criteriaSet: year >= 2026 ? '2026-2030' : '2021-2025', source: 'test', note: null,
  };
}

function dataset(rows: AttainmentRow[], catalogs: CatalogSummary[] | null = [NEW, PLAN]): NtmDataset {
  return {
    meta: { title_vi: '', title_en: '', generatedAt: '', years: [...new Set(rows.map((r) => r.year))].sort(), dataDate: '', illustrative: true,
      boundarySource: { label: '', url: null, date: '', licence: '', note: '' }, attainmentSource: { label: '', url: null, date: '' }, planSource: { label: '', url: null, date: '' }, published: [] },
    districts: [{ code: '677', name: 'Đơn Dương', fullName: 'Huyện Đơn Dương', type: 'huyen', labelPoint: [0, 0], recognition: null }],
    units: [{ gso: '24955', name: 'Pró', fullName: 'Xã Pró', type: 'xa', districtCode: '677', labelPoint: [0, 0] }],
    criteriaSets: [], pilots: [], attainment: rows, ...(catalogs ? { catalogs } : {}),
  };
}

describe('catalogForYear', () => {
  it('gives the catalog whose years hold the year, whatever the order they come in', () => {
    const cs = catalogsOf(dataset([]));
    expect(cs.map((c) => c.id)).toEqual(['2021-2025', '2026-2030']);
    expect(catalogForYear(cs, 2021)?.id).toBe('2021-2025');
    expect(catalogForYear(cs, 2025)?.id).toBe('2021-2025');
    expect(catalogForYear(cs, 2026)?.id).toBe('2026-2030');
    expect(catalogForYear(cs, 2030)?.id).toBe('2026-2030');
    expect(catalogForYear(cs, 2020)).toBeNull();
    expect(catalogForYear(cs, 2031)).toBeNull();
  });
  it('a dataset built before the catalogs has one, the 2021–2025 commune set', () => {
    const cs = catalogsOf(dataset([row('24955', 2023, Array(19).fill(true))], null));
    expect(cs.map((c) => [c.id, c.communeSet, c.criteriaCount])).toEqual([['2021-2025', 'commune_ntm', 19]]);
  });
  it('counts a catalog\'s criteria from its data', () => {
    expect(catalogCriteria(NEW, []).map((c) => c.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe('the timeline and the measures of a year', () => {
  const ds = dataset([row('24955', 2024, Array(19).fill(true)), row('24955', 2025, Array(19).fill(true))]);
  it('offers the years with data and each catalog\'s first year', () => {
    // 2021 has no row here, but it opens the 2021–2025 period: offered, with "no data yet".
    expect(timelineYears(ds)).toEqual([2021, 2024, 2025, 2026]);
    expect(timelineYears(dataset([], null))).toEqual([]);
    expect(hasDataForYear(ds, 2025)).toBe(true);
    expect(hasDataForYear(ds, 2026)).toBe(false);
  });
  it('2021–2025: the v=1 measures; 2026: the status and the 10 criteria c2026-1…c2026-10', () => {
    expect(measuresForYear(ds, 2023)).toContain('c19');
    expect(measuresForYear(ds, 2023)).toContain('i8.4');
    expect(measuresForYear(ds, 2026)).toEqual(['status', ...Array.from({ length: 10 }, (_, i) => `c2026-${i + 1}`)]);
  });
  it('a measure of another catalog falls back to the status', () => {
    expect(measureForYear(ds, 'c8', 2023)).toBe('c8');
    expect(measureForYear(ds, 'c8', 2026)).toBe('status');
    expect(measureForYear(ds, 'count', 2026)).toBe('status');
    expect(measureForYear(ds, 'c2026-8', 2026)).toBe('c2026-8');
    expect(measureForYear(ds, 'c2026-8', 2025)).toBe('status');
    expect(measureForYear(ds, 'c2026-11', 2026)).toBe('status');
  });
});

describe('a measure reads only rows of its own catalog', () => {
  const r2026 = row('24955', 2026, [true, false, true, true, true, true, true, true, true, true], 'chua_dat');
  const r2025 = row('24955', 2025, Array(19).fill(true));
  const ds = dataset([r2025, r2026]);
  const idx = buildIndex(ds);
  it('c2 in 2025 is criterion 2 of 2021–2025; c2026-2 in 2026 is criterion 2 of 2026–2030', () => {
    expect(classifyUnit(idx, '24955', 'c2', 2025)).toBe('met');
    expect(classifyUnit(idx, '24955', 'c2026-2', 2026)).toBe('not_met');
  });
  it('never the other way round: no data, not a value of another criterion', () => {
    expect(measureFitsRow(ds, 'c2', r2026)).toBe(false);
    expect(classifyUnit(idx, '24955', 'c2', 2026)).toBe('no_data');
    expect(classifyUnit(idx, '24955', 'c2026-2', 2025)).toBe('no_data');
    expect(classifyUnit(idx, '24955', 'count', 2026)).toBe('no_data');
    expect(classifyUnit(idx, '24955', 'status', 2026)).toBe('chua_dat');
  });
});
