// The attainment rules that depend on when a code is read (scripts/lib/codeEras.ts): a row of 2026
// on names one of today's 124 units and uses the 2026–2030 criteria; a row up to 2025 names an old
// unit (old Lâm Đồng, or the former Đắk Nông and Bình Thuận, accepted without project data yet).
import type { CatalogSummary } from '../../src/domain/types';
import { oldFullName, todayFullName, TODAY_SINCE, type CodeEras, type OldUnit } from './codeEras';
import { catalogColumns, PLAN_COLUMNS, PLAN_CRITERIA_COLUMNS } from './eraColumns';
import { show } from './issues';
import { normalizeCommuneName, normalizeDistrictName } from './normalize';
import type { Unit } from './unitIndex';

type Fail = (field: string, vi: string, en: string) => void;
const LAM_DONG = 'Lâm Đồng';
const since = TODAY_SINCE.split('-').reverse().map(Number).join('/'); // "1/7/2025"

/** An old unit of the former Đắk Nông or Bình Thuận as the join sees it (not on the 2020–2024 map). */
export function formerUnit(eras: CodeEras | null | undefined, gso: string): Unit | undefined {
  const o = eras?.old.get(gso);
  if (!o || o.province === LAM_DONG) return undefined;
  return { gso, name: o.name, fullName: oldFullName(o), type: o.type, districtCode: '', districtName: o.district.replace(/^(Huyện|Thành phố|Thị xã) /, ''), districtType: /^Huyện /.test(o.district) ? 'huyen' : 'thanh_pho' };
}

const successorsText = (eras: CodeEras, o: OldUnit) =>
  o.successors.map((c) => { const t = eras.today.get(c); return t ? `${c} ${todayFullName(t)}` : c; }).join(', ');

/**
 * A row up to 2025 written with the name that a reused code carries since 1/7/2025 (24846
 * "Lang Biang - Đà Lạt" in 2024: 24846 was TT Lạc Dương until 30/6/2025). Null when the name is
 * not today's name of that code.
 */
export function reusedCodeName(eras: CodeEras | null | undefined, unit: Unit, commune: string, year: number): { vi: string; en: string } | null {
  const t = eras?.today.get(unit.gso);
  if (!t) return null;
  const w = normalizeCommuneName(commune);
  if (w !== normalizeCommuneName(t.name) && w !== normalizeCommuneName(todayFullName(t))) return null;
  return {
    vi: `tên "${show(commune)}" là tên của đơn vị mới mang mã ${unit.gso} từ ${since}; năm ${year} mã ${unit.gso} là ${unit.fullName} (${unit.districtName}) cho đến 30/6/2025. Dòng đến năm 2025 ghi đơn vị cũ (tên cũ, mã cũ); kết quả theo đơn vị mới ghi từ năm 2026 (tệp mẫu attainment-2026-template.csv).`,
    en: `"${show(commune)}" is the name of the new unit that has code ${unit.gso} since ${since}; in ${year} code ${unit.gso} was ${unit.fullName} (${unit.districtName}) until 30/6/2025. Rows up to 2025 name the old unit (old name, old code); results by today's units start in 2026 (template attainment-2026-template.csv).`,
  };
}

/** Join a row of a later catalog's year to one of today's units: by code, or by name among today's xã. */
export function joinToday(eras: CodeEras | null | undefined, cat: CatalogSummary, gso: string, commune: string, district: string, year: number, fail: Fail): Unit | undefined {
  if (!eras) {
    fail('year', `dòng năm ${year} (bộ tiêu chí ${cat.id}) cần danh sách đơn vị hành chính từ ${since} (bảng chuyển đổi / codes.json), nhưng danh sách này không có: không kiểm tra được dòng này.`, `a ${year} row (${cat.id} catalog) needs the list of units since ${since} (the crosswalk / codes.json), which is not available: the row cannot be checked.`);
    return undefined;
  }
  if (district !== '') {
    fail('district', `từ ${since} không còn cấp huyện: để trống cột district ở dòng năm ${year} (đang ghi "${show(district)}").`, `there is no district level since ${since}: leave district blank on a ${year} row (it says "${show(district)}").`);
  }
  let code = gso;
  if (code === '') {
    const w = normalizeCommuneName(commune);
    const found = [...eras.today.values()].filter((t) => w !== '' && (normalizeCommuneName(t.name) === w || normalizeCommuneName(todayFullName(t)) === w));
    if (found.length !== 1) {
      fail('commune', found.length === 0 ? `không tìm thấy đơn vị hiện nay tên "${show(commune)}"; hãy ghi mã gso của đơn vị từ ${since}.` : `"${show(commune)}" khớp với nhiều đơn vị; hãy ghi mã gso.`, found.length === 0 ? `no unit of today is named "${show(commune)}"; give the gso code of the unit since ${since}.` : `"${show(commune)}" matches several units; give the gso code.`);
      return undefined;
    }
    code = found[0]!.code;
  }
  const t = eras.today.get(code);
  if (!t) {
    const o = eras.old.get(code);
    if (o) {
      fail('gso', `mã ${code} (${oldFullName(o)}, ${o.district}, ${o.province}) không còn từ ${since}: nay thuộc ${successorsText(eras, o)}. Dòng năm ${year} ghi mã của đơn vị hiện nay.`, `code ${code} (${oldFullName(o)}, ${o.district}, ${o.province}) no longer exists since ${since}: it is now part of ${successorsText(eras, o)}. A ${year} row gives the code of today's unit.`);
    } else {
      fail('gso', `mã "${show(code)}" không phải đơn vị nào của tỉnh Lâm Đồng từ ${since}.`, `code "${show(code)}" is not a unit of Lâm Đồng since ${since}.`);
    }
    return undefined;
  }
  const full = todayFullName(t);
  if (commune !== '' && normalizeCommuneName(commune) !== normalizeCommuneName(t.name) && normalizeCommuneName(commune) !== normalizeCommuneName(full)) {
    const o = eras.old.get(code);
    const was = o && normalizeCommuneName(o.name) === normalizeCommuneName(commune) ? ` ("${show(commune)}" là tên cũ của mã này, đến 30/6/2025)` : '';
    const wasEn = was ? ` ("${show(commune)}" is the code's old name, until 30/6/2025)` : '';
    fail('commune', `tên "${show(commune)}" không khớp với mã ${code}: từ ${since} mã này là ${full}${was}.`, `name "${show(commune)}" does not match code ${code}: since ${since} that code is ${full}${wasEn}.`);
  }
  if (t.type !== 'xa') {
    fail('gso', `${full} (${code}) không phải là xã: bộ tiêu chí ${cat.id} áp dụng cho xã; bỏ dòng này.`, `${full} (${code}) is not a xã: the ${cat.id} criteria apply to xã; remove the row.`);
  }
  return { gso: code, name: t.name, fullName: full, type: t.type === 'xa' ? 'xa' : 'phuong', districtCode: '', districtName: '', districtType: 'huyen' };
}

/** A later catalog's row with 2021–2025 columns filled (tc11, i8_2 …): one message naming them all. */
export function checkLaterRow(cat: CatalogSummary, year: number, get: (c: string) => string, fail: Fail): void {
  const filled = PLAN_COLUMNS.filter((c) => get(c) !== '');
  if (filled.length === 0) return;
  const cols = catalogColumns(cat);
  const first = filled[0]!;
  const crit = PLAN_CRITERIA_COLUMNS.includes(first);
  fail(
    first,
    `dòng năm ${year} theo bộ tiêu chí ${cat.id} (${cat.criteriaCount} tiêu chí, cột ${cols[0]}…${cols[cols.length - 1]}) nhưng ghi cột của bộ 2021–2025: ${filled.join(', ')}.${crit ? ` "${first}" là tiêu chí ${first.slice(2)} của bộ 2021–2025, không phải tiêu chí của bộ ${cat.id}.` : ''} Hãy để trống các cột này và dùng tệp mẫu attainment-2026-template.csv.`,
    `a ${year} row is assessed under the ${cat.id} catalog (${cat.criteriaCount} criteria, columns ${cols[0]}…${cols[cols.length - 1]}) but fills columns of the 2021–2025 set: ${filled.join(', ')}.${crit ? ` "${first}" is criterion ${first.slice(2)} of the 2021–2025 set, not a criterion of the ${cat.id} catalog.` : ''} Leave them blank and use the template attainment-2026-template.csv.`,
  );
}

/** A row up to 2025 with a later catalog's columns filled (tc2026_3 on a 2024 row). */
export function laterColumnsFilled(later: readonly CatalogSummary[], year: number, get: (c: string) => string, fail: Fail): void {
  for (const cat of later) {
    const filled = catalogColumns(cat).filter((c) => get(c) !== '');
    if (filled.length === 0) continue;
    fail(filled[0]!, `dòng năm ${year} theo bộ tiêu chí 2021–2025 (tc1…tc19) nhưng ghi cột của bộ ${cat.id} (từ năm ${cat.from}): ${filled.join(', ')}. Hãy để trống các cột này.`, `a ${year} row is assessed under the 2021–2025 set (tc1…tc19) but fills columns of the ${cat.id} catalog (from ${cat.from}): ${filled.join(', ')}. Leave them blank.`);
  }
}

/** A former-province unit's district, compared as the 2020–2024 districts are. */
export function districtMatches(unit: Unit, district: string): boolean {
  return normalizeDistrictName(district) === normalizeDistrictName(unit.districtName);
}
