// @vitest-environment node
// Today's geography (issue 13): the crosswalk's checks on bad input (every message asserted) and
// the outputs on the real inputs (124 units, 103/20/1, Phú Quý's 7 islands after quantization).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { MultiPolygon } from 'geojson';
import area from '@turf/area';
import { checkCrosswalk, CROSSWALK_HEADER, type NewBoundaryUnit, type OldBoundaryUnit } from '../../../scripts/lib/crosswalk';
import { errorsOf, formatIssue } from '../../../scripts/lib/issues';
import { buildPaths } from '../../../scripts/lib/paths';
import { buildToday, checkToday, oldBoundaryUnits, readToday, type BuiltToday } from '../../../scripts/lib/stages/today';
import { realUnits } from './helpers';

const F = 'xw.csv';
const OLD: OldBoundaryUnit[] = [
  { gso: '25138', name: 'Quảng Trị', typeVi: 'Xã', district: 'Huyện Đạ Tẻh' },
  { gso: '25147', name: 'Triệu Hải', typeVi: 'Xã', district: 'Huyện Đạ Tẻh' },
];
const NEW: NewBoundaryUnit[] = [
  { code: '25138', name: 'Đạ Tẻh 2', typeVi: 'Xã' },
  { code: '22978', name: 'Tuy Phong', typeVi: 'Xã' },
  { code: '22972', name: 'Phan Rí Cửa', typeVi: 'Xã' },
];
const HEAD = CROSSWALK_HEADER.join(',');
const GOOD = [
  '25138,Quảng Trị,Xã,Huyện Đạ Tẻh,Lâm Đồng,25138,Đạ Tẻh 2,Xã,full,NQ 1671/NQ-UBTVQH15',
  '25147,Triệu Hải,Xã,Huyện Đạ Tẻh,Lâm Đồng,25138,Đạ Tẻh 2,Xã,full,NQ 1245/NQ-UBTVQH15; NQ 1671/NQ-UBTVQH15',
  '22978,Phong Phú,Xã,Huyện Tuy Phong,Bình Thuận,22972,Phan Rí Cửa,Xã,partial,NQ 1671/NQ-UBTVQH15',
  '22978,Phong Phú,Xã,Huyện Tuy Phong,Bình Thuận,22978,Tuy Phong,Xã,partial,NQ 1671/NQ-UBTVQH15',
];
const csv = (rows: string[], head = HEAD) => [head, ...rows].join('\n') + '\n';
const errors = (text: string) => errorsOf(checkCrosswalk(text, F, OLD, NEW).issues).map(formatIssue);
/** GOOD with row i (0-based) replaced. */
const withRow = (i: number, row: string) => csv(GOOD.map((r, j) => (j === i ? row : r)));

describe('checkCrosswalk on small inputs', () => {
  it('accepts a good table: rows, provinces of the new units', () => {
    const r = checkCrosswalk(csv(GOOD), F, OLD, NEW);
    expect(r.issues).toEqual([]);
    expect(r.rows).toHaveLength(4);
    expect(r.rows[1]).toEqual({ oldCode: '25147', oldName: 'Triệu Hải', oldType: 'xa', oldDistrict: 'Huyện Đạ Tẻh', oldProvince: 'lam_dong', newCode: '25138', share: 'full', basis: 'NQ 1245/NQ-UBTVQH15; NQ 1671/NQ-UBTVQH15' });
    expect([...r.provinceOf]).toEqual([['25138', 'lam_dong'], ['22978', 'binh_thuan'], ['22972', 'binh_thuan']]);
  });

  it('a wrong header', () => {
    expect(errors(csv(GOOD, HEAD.replace('share', 'kind')))).toEqual([
      `xw.csv:1 LỖI: dòng tiêu đề "${HEAD.replace('share', 'kind')}", cần đúng ${HEAD} | ERROR: header "${HEAD.replace('share', 'kind')}", expected exactly ${HEAD}`,
    ]);
  });

  it('bad cells: code, type, province, share, basis, a field count', () => {
    expect(errors(withRow(0, '2513,Quảng Trị,Xã,Huyện Đạ Tẻh,Lâm Đồng,25138,Đạ Tẻh 2,Xã,full,NQ 1671/NQ-UBTVQH15'))).toContain(
      'xw.csv:2 [old_code] LỖI: mã "2513" không hợp lệ, cần 5 chữ số | ERROR: code "2513" is not valid, expected 5 digits',
    );
    expect(errors(withRow(0, '25138,Quảng Trị,Thôn,Huyện Đạ Tẻh,Lâm Đồng,25138,Đạ Tẻh 2,Xã,full,NQ 1671/NQ-UBTVQH15'))).toContain(
      'xw.csv:2 [old_type] LỖI: "Thôn" không hợp lệ, cần Xã, Phường hoặc Thị trấn | ERROR: "Thôn" is not valid, expected Xã, Phường or Thị trấn',
    );
    expect(errors(withRow(0, '25138,Quảng Trị,Xã,Huyện Đạ Tẻh,Đồng Nai,25138,Đạ Tẻh 2,Xã,full,NQ 1671/NQ-UBTVQH15'))).toContain(
      'xw.csv:2 [old_province] LỖI: "Đồng Nai" không hợp lệ, cần Lâm Đồng, Đắk Nông hoặc Bình Thuận | ERROR: "Đồng Nai" is not valid, expected Lâm Đồng, Đắk Nông or Bình Thuận',
    );
    expect(errors(withRow(0, '25138,Quảng Trị,Xã,Huyện Đạ Tẻh,Lâm Đồng,25138,Đạ Tẻh 2,Xã,most,NQ 1671/NQ-UBTVQH15'))).toContain(
      'xw.csv:2 [share] LỖI: "most" không hợp lệ, cần full hoặc partial | ERROR: "most" is not valid, expected full or partial',
    );
    expect(errors(withRow(0, '25138,Quảng Trị,Xã,Huyện Đạ Tẻh,Lâm Đồng,25138,Đạ Tẻh 2,Xã,full,'))).toContain(
      'xw.csv:2 [basis] LỖI: "": cần nêu NQ 1671/NQ-UBTVQH15 | ERROR: "": expected to name NQ 1671/NQ-UBTVQH15',
    );
    expect(errors(withRow(0, '25138,Quảng Trị,Xã,Huyện Đạ Tẻh,Lâm Đồng,25138,Đạ Tẻh 2,Xã,full'))).toContain('xw.csv:2 LỖI: có 9 cột, cần 10 | ERROR: 9 fields, expected 10');
  });

  it('a new code that is not one of the new units, or whose name or type differ from the geojson', () => {
    expect(errors(withRow(0, '25138,Quảng Trị,Xã,Huyện Đạ Tẻh,Lâm Đồng,99999,Đạ Tẻh 2,Xã,full,NQ 1671/NQ-UBTVQH15'))).toContain(
      'xw.csv:2 [new_code] LỖI: mã 99999 không có trong 124 đơn vị mới (tệp ranh giới 2025) | ERROR: code 99999 is not one of the new units (2025 boundary file)',
    );
    expect(errors(withRow(0, '25138,Quảng Trị,Xã,Huyện Đạ Tẻh,Lâm Đồng,25138,Đạ Teh 2,Phường,full,NQ 1671/NQ-UBTVQH15'))).toEqual([
      'xw.csv:2 [new_name] LỖI: "Đạ Teh 2" khác tên trong tệp ranh giới 2025: "Đạ Tẻh 2" | ERROR: "Đạ Teh 2" differs from the 2025 boundary file: "Đạ Tẻh 2"',
      'xw.csv:2 [new_type] LỖI: "Phường" khác loại trong tệp ranh giới 2025: "Xã" | ERROR: "Phường" differs from the 2025 boundary file: "Xã"',
    ]);
  });

  it('old Lâm Đồng units must agree with the 2020–2024 boundary file, and all of them occur', () => {
    expect(errors(withRow(0, '25138,Quang Tri,Thị trấn,Huyện Đạ Huoai,Lâm Đồng,25138,Đạ Tẻh 2,Xã,full,NQ 1671/NQ-UBTVQH15'))).toEqual([
      'xw.csv:2 [old_name] LỖI: "Quang Tri" khác tên trong tệp ranh giới 2020-2024: "Quảng Trị" | ERROR: "Quang Tri" differs from the 2020-2024 boundary file: "Quảng Trị"',
      'xw.csv:2 [old_type] LỖI: "Thị trấn" khác loại trong tệp ranh giới 2020-2024: "Xã" | ERROR: "Thị trấn" differs from the 2020-2024 boundary file: "Xã"',
      'xw.csv:2 [old_district] LỖI: "Huyện Đạ Huoai" khác huyện trong tệp ranh giới 2020-2024: "Huyện Đạ Tẻh" | ERROR: "Huyện Đạ Huoai" differs from the 2020-2024 boundary file: "Huyện Đạ Tẻh"',
    ]);
    expect(errors(csv(GOOD.slice(1)))).toEqual([
      'xw.csv [old_code] LỖI: đơn vị 25138 Xã Quảng Trị (Huyện Đạ Tẻh) của tệp ranh giới 2020-2024 không có dòng nào | ERROR: unit 25138 Xã Quảng Trị (Huyện Đạ Tẻh) of the 2020-2024 boundary file has no row',
    ]);
    expect(errors(csv([...GOOD, '24999,Không Có,Xã,Huyện Đạ Tẻh,Lâm Đồng,25138,Đạ Tẻh 2,Xã,full,NQ 1671/NQ-UBTVQH15']))).toEqual([
      'xw.csv:6 [old_code] LỖI: mã 24999 (Lâm Đồng) không có trong tệp ranh giới 2020-2024 | ERROR: code 24999 (Lâm Đồng) is not in the 2020-2024 boundary file',
    ]);
  });

  it('every new unit occurs; none mixes former provinces', () => {
    expect(errors(csv([GOOD[0]!, GOOD[1]!, '22978,Phong Phú,Xã,Huyện Tuy Phong,Bình Thuận,22978,Tuy Phong,Xã,full,NQ 1671/NQ-UBTVQH15']))).toEqual([
      'xw.csv [new_code] LỖI: đơn vị mới 22972 Xã Phan Rí Cửa không có đơn vị cũ nào | ERROR: new unit 22972 Xã Phan Rí Cửa has no old unit',
    ]);
    expect(errors(csv([...GOOD, '24000,Ai Đó,Xã,Huyện Krông Nô,Đắk Nông,25138,Đạ Tẻh 2,Xã,full,NQ 1671/NQ-UBTVQH15']))).toEqual([
      'xw.csv:6 [old_province] LỖI: đơn vị mới 25138 gộp đơn vị của hai tỉnh cũ (lam_dong ở dòng 2, dak_nong ở đây) | ERROR: new unit 25138 mixes former provinces (lam_dong on line 2, dak_nong here)',
    ]);
  });

  it('duplicate pairs; a split unit must be all partial; a lone partial row', () => {
    expect(errors(csv([...GOOD, GOOD[0]!]))).toContain(
      'xw.csv:6 [new_code] LỖI: trùng cặp 25138 → 25138 (đã có ở dòng 2) | ERROR: duplicate pair 25138 → 25138 (already on line 2)',
    );
    expect(errors(withRow(3, GOOD[3]!.replace('partial', 'full')))).toEqual([
      'xw.csv:5 [share] LỖI: mã cũ 22978 có 2 dòng (bị chia tách): mọi dòng phải là partial | ERROR: old code 22978 has 2 rows (split): every row must be partial',
    ]);
    expect(errors(withRow(1, GOOD[1]!.replace('full', 'partial')))).toEqual([
      'xw.csv:3 [share] LỖI: mã cũ 25147 chỉ có một dòng partial: phần còn lại đi đâu? (cần full, hoặc một dòng partial cho mỗi đơn vị mới) | ERROR: old code 25147 has a single partial row: where did the rest go? (expected full, or one partial row per new unit)',
    ]);
    expect(errors(withRow(3, GOOD[3]!.replace('Phong Phú', 'Phong Phu')))).toEqual([
      'xw.csv:5 [old_name] LỖI: "Phong Phu" khác dòng 4 của cùng mã 22978 ("Phong Phú") | ERROR: "Phong Phu" differs from line 4 of the same code 22978 ("Phong Phú")',
    ]);
  });
});

describe("today's geography on the real inputs", () => {
  let built: BuiltToday;
  beforeAll(() => {
    const checked = checkToday(readToday(buildPaths({})), realUnits());
    expect(checked.issues).toEqual([]);
    built = buildToday(checked, realUnits());
  });

  it('the real crosswalk: 336 rows, 4 partial, all 142 old Lâm Đồng units, all 124 new units', () => {
    const rows = built.record.crosswalk;
    expect(rows).toHaveLength(336);
    expect(rows.filter((r) => r.share === 'partial').map((r) => `${r.oldCode}>${r.newCode}`)).toEqual(['22978>22972', '22978>22978', '23053>23041', '23053>23053']);
    expect(new Set(rows.filter((r) => r.oldProvince === 'lam_dong').map((r) => r.oldCode)).size).toBe(142);
    expect(new Set(rows.map((r) => r.newCode)).size).toBe(124);
    expect(oldBoundaryUnits(realUnits()).find((u) => u.gso === '24805')).toEqual({ gso: '24805', name: 'Xuân Thọ', typeVi: 'Xã', district: 'Thành phố Đà Lạt' });
  });

  it('124 units, 103 xã / 20 phường / 1 đặc khu, counted from the file; both geographies summarised', () => {
    expect(built.record.units).toHaveLength(124);
    expect(built.record.geography.counts).toEqual({ dac_khu: 1, phuong: 20, xa: 103 });
    expect(built.summaries.map((s) => [s.id, s.unitCount, s.defaultFor, s.readable])).toEqual([
      ['2020', 142, { from: 2021, to: 2025 }, { from: 2021, to: 2025 }],
      ['2025', 124, { from: 2026, to: null }, { from: 2025, to: null }],
    ]);
    const byProvince = (p: string) => built.record.units.filter((u) => u.formerProvince === p).length;
    expect([byProvince('lam_dong'), byProvince('binh_thuan'), byProvince('dak_nong')]).toEqual([51, 45, 28]);
    const ka = built.record.units.find((u) => u.code === '24943')!;
    expect([ka.fullName, ka.type, ka.formerProvince]).toEqual(['Xã Ka Đô', 'xa', 'lam_dong']);
    expect(built.record.sources.boundary.commit).toBe('cd58063');
  });

  it('geo-2025: 124 communes with their former province; 3 former-province outlines; Phú Quý keeps its 7 islands', () => {
    const topo = JSON.parse(JSON.stringify(built.topology)) as Topology;
    expect(topo.transform).toBeDefined();
    const communes = feature(topo, topo.objects.communes!) as unknown as GeoJSON.FeatureCollection;
    expect(communes.features).toHaveLength(124);
    expect(communes.features.find((f) => f.id === '25138')?.properties).toEqual({ p: 'lam_dong' });
    const pq = communes.features.find((f) => f.id === '23272')!;
    const parts = (pq.geometry as MultiPolygon).coordinates;
    expect(parts).toHaveLength(7);
    for (const p of parts) expect(area({ type: 'Polygon', coordinates: p })).toBeGreaterThan(5000); // the smallest islet is 1.2 ha
    const provinces = feature(topo, topo.objects.formerProvinces!) as unknown as GeoJSON.FeatureCollection;
    expect(provinces.features.map((f) => f.id)).toEqual(['lam_dong', 'dak_nong', 'binh_thuan']);
    // The three outlines cover the 124 units (same arcs): areas agree.
    const sumUnits = communes.features.reduce((s, f) => s + area(f), 0);
    const sumProv = provinces.features.reduce((s, f) => s + area(f), 0);
    expect(Math.abs(sumUnits - sumProv) / sumUnits).toBeLessThan(1e-6);
  });

  it('a missing 2025 boundary file or crosswalk is an error naming the file and its variable', () => {
    const p = buildPaths({ NTM_BOUNDARIES_2025: '/nonexistent/b.geojson', NTM_CROSSWALK: '/nonexistent/x.csv' });
    const c = checkToday(readToday(p), realUnits());
    expect(errorsOf(c.issues).map(formatIssue)).toEqual([
      '/nonexistent/b.geojson LỖI: không có tệp (đặt NTM_BOUNDARIES_2025=<đường dẫn>). | ERROR: file not found (set NTM_BOUNDARIES_2025=<path>).',
      '/nonexistent/x.csv LỖI: không có tệp (đặt NTM_CROSSWALK=<đường dẫn>). | ERROR: file not found (set NTM_CROSSWALK=<path>).',
    ]);
    expect(readFileSync(buildPaths({}).crosswalk, 'utf8').startsWith(CROSSWALK_HEADER.join(','))).toBe(true);
  });
});
