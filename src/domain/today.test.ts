// @vitest-environment node
// Today's geography in the domain (issue 13), against the real crosswalk and the project's data:
// the crosswalk both ways, which geography holds for a year, the roll-up's counts, the view
// model of today's map and the search by old and new names.
import { beforeAll, describe, expect, it } from 'vitest';
import { realFiles, realToday, REAL_BUILD_TIMEOUT } from '../../test/unit/realData';
import { buildIndex, type DataIndex } from './dataIndex';
import { buildTodayIndex, type TodayIndex } from './crosswalk';
import { defaultGeographyForYear, geographiesForYear, geographyFor } from './geographies';
import { rollupOf } from './rollup';
import { mapViewModel } from './viewModel';
import { searchToday } from './searchToday';
import './todayViewModel';
import type { NtmDataset } from './types';

let ds: NtmDataset;
let old: DataIndex;
let today: TodayIndex;
beforeAll(async () => {
  ds = (await realFiles()).dataset;
  old = buildIndex(ds);
  today = buildTodayIndex(await realToday());
}, REAL_BUILD_TIMEOUT);

const codes = (rows: readonly { oldCode: string }[]) => rows.map((r) => r.oldCode);

describe('crosswalk lookups', () => {
  it('predecessorsOf: Đạ Tẻh 2 (25138) = Quảng Trị + Triệu Hải (NQ 1245) + Đạ Kho + Đạ Pal', () => {
    expect(codes(today.predecessorsOf('25138'))).toEqual(['25138', '25147', '25153', '25156']);
    expect(today.predecessorsOf('25138').find((r) => r.oldCode === '25147')?.basis).toBe('NQ 1245/NQ-UBTVQH15; NQ 1671/NQ-UBTVQH15');
    expect(codes(today.predecessorsOf('24943'))).toEqual(['24940', '24943']); // Ka Đô ← Lạc Lâm + Ka Đô
    expect(codes(today.predecessorsOf('23272'))).toEqual(['23272', '23275', '23278']); // Phú Quý ← its 3 xã
    expect(today.predecessorsOf('00000')).toEqual([]);
  });

  it('successorsOf: one full row, or one partial row per new unit of a split', () => {
    expect(today.successorsOf('24805').map((r) => [r.newCode, r.share])).toEqual([['24805', 'full']]);
    expect(today.unit('24805')?.fullName).toBe('Phường Xuân Trường - Đà Lạt');
    expect(today.successorsOf('22978').map((r) => [r.newCode, r.share])).toEqual([['22972', 'partial'], ['22978', 'partial']]);
    // Code reuse: 24846 was TT Lạc Dương, and is today Phường Lang Biang - Đà Lạt.
    expect(old.unit('24846')?.fullName).toBe('Thị trấn Lạc Dương');
    expect(today.unit('24846')?.fullName).toBe('Phường Lang Biang - Đà Lạt');
  });
});

describe('geographies for a year (ntm.json geographies, from data/geographies.json)', () => {
  it('2021–2024: the plan\'s 142 only; 2025: both, 142 by default; 2026 on: today\'s 124', () => {
    const g = ds.geographies!;
    expect(geographiesForYear(g, 2023).map((x) => x.id)).toEqual(['2020']);
    expect(geographiesForYear(g, 2025).map((x) => x.id)).toEqual(['2020', '2025']);
    expect(geographiesForYear(g, 2026).map((x) => x.id)).toEqual(['2025']);
    expect(defaultGeographyForYear(g, 2025)?.unitCount).toBe(142);
    expect(defaultGeographyForYear(g, 2027)?.unitCount).toBe(124);
    expect(geographyFor(g, 2025, '2025')?.id).toBe('2025');
    expect(geographyFor(g, 2023, '2025')?.id).toBe('2020'); // not readable in 2023: the default
    expect(geographyFor(g, 2030, '2020')?.id).toBe('2025');
  });
});

describe('rollupOf: the 2021–2025 results by today\'s communes', () => {
  it('Đạ Tẻh 2 in 2025: 4 former xã, all with data, 4 NTM or higher, 2 nâng cao or higher, 1 kiểu mẫu', () => {
    // data/attainment.csv 2025: Quảng Trị kieu_mau, Triệu Hải ntm, Đạ Kho nang_cao, Đạ Pal ntm.
    const r = rollupOf(old, today, '25138', 2025);
    expect(r.former.map((f) => [f.row.oldCode, f.status])).toEqual([['25138', 'kieu_mau'], ['25147', 'ntm'], ['25153', 'nang_cao'], ['25156', 'ntm']]);
    expect([r.formerXa, r.withData, r.ntmOrHigher, r.nangCaoOrHigher, r.kieuMau, r.cls]).toEqual([4, 4, 4, 2, 1, 'r_all']);
    expect(r.byStatus).toEqual({ chua_dat: 0, ntm: 2, nang_cao: 1, kieu_mau: 1 });
  });

  it('Xuân Trường - Đà Lạt: a former phường is listed but not counted among the xã', () => {
    const r = rollupOf(old, today, '24805', 2025);
    // The former units come from the crosswalk; their 2025 statuses from the (illustrative) table.
    const statusOf = (code: string) => old.row(code, 2025)?.status ?? null;
    const xa = ['24805', '24810', '24811'];
    expect(r.former.map((f) => [f.row.oldCode, f.xa, f.status])).toEqual([['24799', false, null], ...xa.map((c) => [c, true, statusOf(c)])]);
    const st = xa.map(statusOf);
    const rank = (s: string | null) => (s ? ['chua_dat', 'ntm', 'nang_cao', 'kieu_mau'].indexOf(s) : -1);
    expect([r.formerXa, r.withData, r.ntmOrHigher, r.nangCaoOrHigher, r.kieuMau]).toEqual([
      3, st.filter((x) => x !== null).length, st.filter((x) => rank(x) >= 1).length, st.filter((x) => rank(x) >= 2).length, st.filter((x) => rank(x) >= 3).length,
    ]);
    expect(st.every((x) => x !== null)).toBe(true); // the table has 2025 rows for all three
  });

  it('former Bình Thuận / Đắk Nông units: no project data → no_data (never "not subject", never a status)', () => {
    const r = rollupOf(old, today, '23272', 2025);
    expect([r.formerXa, r.withData, r.cls]).toEqual([3, 0, 'no_data']);
    expect(r.former.every((f) => !f.projectData && f.status === null)).toBe(true);
  });

  it('wards only: r_no_xa; a year without data: no_data', () => {
    expect(rollupOf(old, today, '24781', 2025).cls).toBe('r_no_xa');
    expect(rollupOf(old, today, '25138', 2026).cls).toBe('no_data');
  });
});

describe("today's view model", () => {
  it('124 units; the legend sums to 124, each count = units with that roll-up class', () => {
    const vm = mapViewModel(old, { measure: 'status', year: 2025, districtMode: false }, today);
    expect(vm.geography).toBe('2025');
    expect(vm.units.size).toBe(124);
    expect(vm.legend.total).toBe(124);
    expect(vm.legend.rows.reduce((s, r) => s + r.count, 0)).toBe(124);
    const counts = Object.fromEntries(vm.legend.rows.map((r) => [r.key, r.count]));
    // 73 former Đắk Nông / Bình Thuận units have no project data; 2 new units had only wards.
    expect(counts.no_data).toBe(73);
    expect(counts.r_no_xa).toBe(2);
    for (const [code, style] of vm.units) expect(style.key).toBe(rollupOf(old, today, code, 2025).cls);
    expect(vm.districts.size).toBe(0);
    expect(mapViewModel(old, { measure: 'status', year: 2025, districtMode: true }, today)).toBe(vm);
  });
});

describe('searchToday: old and new names, with or without diacritics', () => {
  it.each([
    ['trieu hai', '25138', 'Xã Đạ Tẻh 2', 'Xã Triệu Hải'],
    ['Triệu Hải', '25138', 'Xã Đạ Tẻh 2', 'Xã Triệu Hải'],
    ['xuan tho', '24805', 'Phường Xuân Trường - Đà Lạt', 'Xã Xuân Thọ'],
    ['lac lam', '24943', 'Xã Ka Đô', 'Xã Lạc Lâm'],
  ])('"%s" → %s (%s) via %s', (q, code, label, via) => {
    const hit = searchToday(today, q)[0]!;
    expect([hit.code, hit.label, hit.via?.oldLabel]).toEqual([code, label, via]);
  });

  it('a new unit by its own name comes before former units of the same name; tone-mark spellings meet', () => {
    const hits = searchToday(today, 'ka do');
    expect([hits[0]!.code, hits[0]!.via]).toEqual(['24943', null]);
    expect(searchToday(today, 'Hòa Ninh')[0]!.label).toBe('Xã Hoà Ninh');
    expect(searchToday(today, 'phong phu').filter((h) => h.via?.oldCode === '22978').map((h) => [h.code, h.via?.partial])).toEqual([['22972', true], ['22978', true]]);
  });
});
