// @vitest-environment node
// The exports of today's map (issue 13): the CSV lists the 124 units with the roll-up and names
// the boundary source, its date and the crosswalk; the PNG's legend rows are today's (sum 124).
import { beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { realFiles, realToday, REAL_BUILD_TIMEOUT } from '../../test/unit/realData';
import { buildIndex, type DataIndex } from '../domain/dataIndex';
import { buildTodayIndex, type TodayIndex } from '../domain/crosswalk';
import { todayCsv } from './todayCsv';
import '../domain/todayViewModel';
import { legendRows, selectionLine } from './viewText';

let idx: DataIndex;
let today: TodayIndex;
beforeAll(async () => {
  idx = buildIndex((await realFiles()).dataset);
  today = buildTodayIndex(await realToday());
}, REAL_BUILD_TIMEOUT);

describe("today's CSV", () => {
  it('124 rows with the roll-up, the former units and the sources', () => {
    const text = todayCsv(idx, today, { year: 2025, locale: 'vi' });
    const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(124);
    const r = rows.find((x) => x.code === '25138')!;
    expect([r.name, r.class, r.former_xa, r.ntm_or_higher, r.nang_cao_or_higher, r.kieu_mau]).toEqual(['Xã Đạ Tẻh 2', 'r_all', '4', '4', '2', '1']);
    expect(r.former_units).toBe('25138 Quảng Trị; 25147 Triệu Hải; 25153 Đạ Kho; 25156 Đạ Pal');
    expect(r.boundary_source).toContain('thanglequoc/vietnamese-provinces-database');
    expect(r.boundary_source).toContain('cd58063');
    expect(r.boundary_date).toBe('2026-07-25');
    expect(r.crosswalk).toContain('NQ 1671/NQ-UBTVQH15');
    expect(r.note).toContain('Chưa tìm thấy văn bản');
    expect(rows.find((x) => x.code === '23272')!.class).toBe('no_data');
  });
});

describe("today's legend and selection line (PNG, embed)", () => {
  it('legend rows sum to 124; the selected unit is one of today\'s', () => {
    const v = { measure: 'status' as const, year: 2025, districtMode: false, locale: 'en' as const, selection: { kind: 'today' as const, code: '24943' }, basemap: false, today };
    const l = legendRows(idx, v);
    expect(l.rows.reduce((s, r) => s + r.count, 0)).toBe(124);
    expect(l.title).toBe("2021–2025 results by today's communes, 2025");
    expect(selectionLine(idx, v)).toContain('Xã Ka Đô');
    // Without today's geography the same code is the plan's unit (codes are reused).
    expect(legendRows(idx, { ...v, today: null, selection: null }).rows.reduce((s, r) => s + r.count, 0)).toBe(142);
  });
});
