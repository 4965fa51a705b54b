// The crosswalk from the units in force before 1 July 2025 (old Lâm Đồng's 142 units of
// 2020–2024, Đắk Nông and Bình Thuận) to today's 124 units, checked as it is read. Every failure
// names file, line, field and what was expected; nothing unmatched is dropped silently.
// Codes are REUSED between old and new units: the crosswalk is the only way from one to the other.
// Pure and browser-safe (no node: modules).
import type { CrosswalkRow, FormerProvince, OldUnitType, TodayUnitType } from '../../src/domain/todayTypes';
import { parseCsvText } from './csv';
import { issue, show, type Issue } from './issues';

export const CROSSWALK_HEADER = ['old_code', 'old_name', 'old_type', 'old_district', 'old_province', 'new_code', 'new_name', 'new_type', 'share', 'basis'] as const;

const OLD_TYPES: Record<string, OldUnitType> = { 'Xã': 'xa', 'Phường': 'phuong', 'Thị trấn': 'thi_tran' };
export const NEW_TYPES: Record<string, TodayUnitType> = { 'Xã': 'xa', 'Phường': 'phuong', 'Đặc khu': 'dac_khu' };
export const PROVINCES: Record<string, FormerProvince> = { 'Lâm Đồng': 'lam_dong', 'Đắk Nông': 'dak_nong', 'Bình Thuận': 'binh_thuan' };

/** An old Lâm Đồng unit as the 2020–2024 boundary file gives it. */
export interface OldBoundaryUnit {
  gso: string;
  name: string;
  /** 'Xã' | 'Phường' | 'Thị trấn' */
  typeVi: string;
  /** With its type, e.g. "Huyện Đạ Tẻh", "Thành phố Đà Lạt". */
  district: string;
}

/** A unit of today's boundary file. */
export interface NewBoundaryUnit {
  code: string;
  name: string;
  /** 'Xã' | 'Phường' | 'Đặc khu' */
  typeVi: string;
}

export interface CrosswalkCheck {
  rows: CrosswalkRow[];
  /** The former province of each new unit (no new unit mixes provinces, or it is an error). */
  provinceOf: Map<string, FormerProvince>;
  issues: Issue[];
}

const quoted = (s: string) => `"${show(s)}"`;

export function checkCrosswalk(text: string, file: string, oldUnits: readonly OldBoundaryUnit[], newUnits: readonly NewBoundaryUnit[]): CrosswalkCheck {
  const issues: Issue[] = [];
  const err = (line: number | null, field: string | null, vi: string, en: string) => issues.push(issue('error', file, line, field, vi, en));
  const rows: CrosswalkRow[] = [];
  const provinceOf = new Map<string, FormerProvince>();
  const parsed = parseCsvText(text, file);
  issues.push(...parsed.issues);
  const csv = parsed.csv;
  if (!csv) return { rows, provinceOf, issues };

  const header = csv.header.join(',');
  if (header !== CROSSWALK_HEADER.join(',')) {
    err(csv.headerLine, null, `dòng tiêu đề "${show(header, 200)}", cần đúng ${CROSSWALK_HEADER.join(',')}`, `header "${show(header, 200)}", expected exactly ${CROSSWALK_HEADER.join(',')}`);
    return { rows, provinceOf, issues };
  }

  const newByCode = new Map(newUnits.map((u) => [u.code, u]));
  const oldLd = new Map(oldUnits.map((u) => [u.gso, u]));
  const seenPair = new Map<string, number>();
  const byOld = new Map<string, { line: number; row: CrosswalkRow; name: string; type: string; district: string; province: string }[]>();
  const provinceLine = new Map<string, { p: FormerProvince; line: number }>();
  // Codes named by any row, even a rejected one (its error is already given: no cascade).
  const namedOld = new Set<string>();
  const namedNew = new Set<string>();

  for (const r of csv.rows) {
    const f = Object.fromEntries(CROSSWALK_HEADER.map((h, i) => [h, r.fields[i] ?? ''])) as Record<(typeof CROSSWALK_HEADER)[number], string>;
    if (r.fields.length !== CROSSWALK_HEADER.length) {
      err(r.line, null, `có ${r.fields.length} cột, cần ${CROSSWALK_HEADER.length}`, `${r.fields.length} fields, expected ${CROSSWALK_HEADER.length}`);
      continue;
    }
    namedOld.add(f.old_code);
    namedNew.add(f.new_code);
    let ok = true;
    const bad = (field: string, vi: string, en: string) => {
      err(r.line, field, vi, en);
      ok = false;
    };
    for (const k of ['old_code', 'new_code'] as const) if (!/^\d{5}$/.test(f[k])) bad(k, `mã ${quoted(f[k])} không hợp lệ, cần 5 chữ số`, `code ${quoted(f[k])} is not valid, expected 5 digits`);
    if (!f.old_name) bad('old_name', 'trống, cần tên đơn vị cũ', 'empty, expected the old unit name');
    const oldType = OLD_TYPES[f.old_type];
    if (!oldType) bad('old_type', `${quoted(f.old_type)} không hợp lệ, cần Xã, Phường hoặc Thị trấn`, `${quoted(f.old_type)} is not valid, expected Xã, Phường or Thị trấn`);
    if (!f.old_district) bad('old_district', 'trống, cần huyện cũ kèm loại (ví dụ Huyện Đạ Tẻh)', 'empty, expected the old district with its type (e.g. Huyện Đạ Tẻh)');
    const province = PROVINCES[f.old_province];
    if (!province) bad('old_province', `${quoted(f.old_province)} không hợp lệ, cần Lâm Đồng, Đắk Nông hoặc Bình Thuận`, `${quoted(f.old_province)} is not valid, expected Lâm Đồng, Đắk Nông or Bình Thuận`);
    if (f.share !== 'full' && f.share !== 'partial') bad('share', `${quoted(f.share)} không hợp lệ, cần full hoặc partial`, `${quoted(f.share)} is not valid, expected full or partial`);
    if (!/NQ 1671\/NQ-UBTVQH15/.test(f.basis)) bad('basis', `${quoted(f.basis)}: cần nêu NQ 1671/NQ-UBTVQH15`, `${quoted(f.basis)}: expected to name NQ 1671/NQ-UBTVQH15`);

    const nu = newByCode.get(f.new_code);
    if (/^\d{5}$/.test(f.new_code)) {
      if (!nu) bad('new_code', `mã ${f.new_code} không có trong 124 đơn vị mới (tệp ranh giới 2025)`, `code ${f.new_code} is not one of the new units (2025 boundary file)`);
      else {
        if (nu.name !== f.new_name) bad('new_name', `${quoted(f.new_name)} khác tên trong tệp ranh giới 2025: ${quoted(nu.name)}`, `${quoted(f.new_name)} differs from the 2025 boundary file: ${quoted(nu.name)}`);
        if (nu.typeVi !== f.new_type) bad('new_type', `${quoted(f.new_type)} khác loại trong tệp ranh giới 2025: ${quoted(nu.typeVi)}`, `${quoted(f.new_type)} differs from the 2025 boundary file: ${quoted(nu.typeVi)}`);
      }
    }
    const pair = `${f.old_code}>${f.new_code}`;
    const dupOf = seenPair.get(pair);
    if (dupOf !== undefined) bad('new_code', `trùng cặp ${f.old_code} → ${f.new_code} (đã có ở dòng ${dupOf})`, `duplicate pair ${f.old_code} → ${f.new_code} (already on line ${dupOf})`);
    else seenPair.set(pair, r.line);
    if (!ok) continue;

    const row: CrosswalkRow = { oldCode: f.old_code, oldName: f.old_name, oldType: oldType!, oldDistrict: f.old_district, oldProvince: province!, newCode: f.new_code, share: f.share as CrosswalkRow['share'], basis: f.basis };
    rows.push(row);
    const list = byOld.get(f.old_code) ?? [];
    list.push({ line: r.line, row, name: f.old_name, type: f.old_type, district: f.old_district, province: f.old_province });
    byOld.set(f.old_code, list);
    const prev = provinceLine.get(f.new_code);
    if (!prev) provinceLine.set(f.new_code, { p: province!, line: r.line });
    else if (prev.p !== province) err(r.line, 'old_province', `đơn vị mới ${f.new_code} gộp đơn vị của hai tỉnh cũ (${prev.p} ở dòng ${prev.line}, ${province} ở đây)`, `new unit ${f.new_code} mixes former provinces (${prev.p} on line ${prev.line}, ${province} here)`);
  }

  // An old unit: the same name, type, district and province on every row; split ⇔ all partial.
  for (const [code, list] of byOld) {
    const first = list[0]!;
    for (const x of list.slice(1)) {
      for (const k of ['name', 'type', 'district', 'province'] as const) {
        if (x[k] !== first[k]) err(x.line, `old_${k}`, `${quoted(x[k])} khác dòng ${first.line} của cùng mã ${code} (${quoted(first[k])})`, `${quoted(x[k])} differs from line ${first.line} of the same code ${code} (${quoted(first[k])})`);
      }
    }
    if (list.length > 1) {
      for (const x of list) if (x.row.share !== 'partial') err(x.line, 'share', `mã cũ ${code} có ${list.length} dòng (bị chia tách): mọi dòng phải là partial`, `old code ${code} has ${list.length} rows (split): every row must be partial`);
    } else if (first.row.share === 'partial') {
      err(first.line, 'share', `mã cũ ${code} chỉ có một dòng partial: phần còn lại đi đâu? (cần full, hoặc một dòng partial cho mỗi đơn vị mới)`, `old code ${code} has a single partial row: where did the rest go? (expected full, or one partial row per new unit)`);
    }
    if (first.province === 'Lâm Đồng') {
      const b = oldLd.get(code);
      if (!b) {
        err(first.line, 'old_code', `mã ${code} (Lâm Đồng) không có trong tệp ranh giới 2020-2024`, `code ${code} (Lâm Đồng) is not in the 2020-2024 boundary file`);
        continue;
      }
      if (b.name !== first.name) err(first.line, 'old_name', `${quoted(first.name)} khác tên trong tệp ranh giới 2020-2024: ${quoted(b.name)}`, `${quoted(first.name)} differs from the 2020-2024 boundary file: ${quoted(b.name)}`);
      if (b.typeVi !== first.type) err(first.line, 'old_type', `${quoted(first.type)} khác loại trong tệp ranh giới 2020-2024: ${quoted(b.typeVi)}`, `${quoted(first.type)} differs from the 2020-2024 boundary file: ${quoted(b.typeVi)}`);
      if (b.district !== first.district) err(first.line, 'old_district', `${quoted(first.district)} khác huyện trong tệp ranh giới 2020-2024: ${quoted(b.district)}`, `${quoted(first.district)} differs from the 2020-2024 boundary file: ${quoted(b.district)}`);
    }
  }
  // Coverage both ways: every old Lâm Đồng unit goes somewhere, every new unit has a predecessor.
  for (const u of oldUnits) {
    if (!namedOld.has(u.gso)) err(null, 'old_code', `đơn vị ${u.gso} ${u.typeVi} ${u.name} (${u.district}) của tệp ranh giới 2020-2024 không có dòng nào`, `unit ${u.gso} ${u.typeVi} ${u.name} (${u.district}) of the 2020-2024 boundary file has no row`);
  }
  for (const u of newUnits) {
    const p = provinceLine.get(u.code);
    if (!p && !namedNew.has(u.code)) err(null, 'new_code', `đơn vị mới ${u.code} ${u.typeVi} ${u.name} không có đơn vị cũ nào`, `new unit ${u.code} ${u.typeVi} ${u.name} has no old unit`);
    else if (p) provinceOf.set(u.code, p.p);
  }
  return { rows, provinceOf, issues };
}
