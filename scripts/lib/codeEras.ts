// Which unit codes exist when. GSO codes are reused: every one of today's 124 units (since
// 1/7/2025, NQ 1671/NQ-UBTVQH15) took the code of one of its predecessors, so a row's code means an
// old unit for years up to 2025 and one of today's units from 2026 on. This module reads the code
// sets from ../shared/data/lam-dong-crosswalk.csv (one small reader, meant to be shared with the
// crosswalk feature of issue 13 part G) and carries them compactly (public/data/codes.json) to the
// officers' desk. Pure and browser-safe: no file system, no zod.
import { issue, type Issue } from './issues';

export type TodayType = 'xa' | 'phuong' | 'dac_khu';
export type OldType = 'xa' | 'phuong' | 'thi_tran';

export interface TodayUnit {
  code: string;
  /** Without the type prefix, e.g. "Lang Biang - Đà Lạt". */
  name: string;
  type: TodayType;
}

export interface OldUnit {
  code: string;
  name: string;
  type: OldType;
  /** With its type, e.g. "Huyện Đơn Dương". */
  district: string;
  province: string;
  /** Today's units it went into (two for a split unit). */
  successors: string[];
}

export interface CodeEras {
  today: Map<string, TodayUnit>;
  old: Map<string, OldUnit>;
}

/** The crosswalk's date: the units it maps to hold from this day (NQ 1671/NQ-UBTVQH15). */
export const TODAY_SINCE = '2025-07-01';

const HEADER = ['old_code', 'old_name', 'old_type', 'old_district', 'old_province', 'new_code', 'new_name', 'new_type', 'share', 'basis'];
const OLD_TYPES: Record<string, OldType> = { 'Xã': 'xa', 'Phường': 'phuong', 'Thị trấn': 'thi_tran' };
const TODAY_TYPES: Record<string, TodayType> = { 'Xã': 'xa', 'Phường': 'phuong', 'Đặc khu': 'dac_khu' };
export const TODAY_TYPE_VI: Record<TodayType, string> = { xa: 'Xã', phuong: 'Phường', dac_khu: 'Đặc khu' };
export const OLD_TYPE_VI: Record<OldType, string> = { xa: 'Xã', phuong: 'Phường', thi_tran: 'Thị trấn' };

export const todayFullName = (u: TodayUnit) => `${TODAY_TYPE_VI[u.type]} ${u.name}`;
export const oldFullName = (u: OldUnit) => `${OLD_TYPE_VI[u.type]} ${u.name}`;

/** Read the crosswalk CSV (UTF-8, comma-separated, no quoted fields). Every bad line is an issue with its line. */
export function parseCrosswalk(text: string, file: string): { eras: CodeEras | null; issues: Issue[] } {
  const issues: Issue[] = [];
  const lines = text.replace(/^\uFEFF/, '').split('\n').map((l) => l.replace(/\r$/, ''));
  const header = (lines[0] ?? '').split(',');
  if (header.join(',') !== HEADER.join(',')) {
    issues.push(issue('error', file, 1, null, `tiêu đề không đúng: cần "${HEADER.join(',')}".`, `unexpected header: expected "${HEADER.join(',')}".`));
    return { eras: null, issues };
  }
  const today = new Map<string, TodayUnit>();
  const old = new Map<string, OldUnit>();
  lines.slice(1).forEach((l, i) => {
    const line = i + 2;
    if (l.trim() === '') return;
    const f = l.split(',');
    const err = (field: string | null, vi: string, en: string) => issues.push(issue('error', file, line, field, vi, en));
    if (f.length !== HEADER.length) return err(null, `có ${f.length} trường, cần ${HEADER.length} (tên có dấu phẩy?).`, `${f.length} fields, expected ${HEADER.length} (a comma in a name?).`);
    const [oldCode, oldName, oldType, district, province, newCode, newName, newType] = f as [string, string, string, string, string, string, string, string];
    if (!/^\d{5}$/.test(oldCode)) return err('old_code', `mã "${oldCode}" không phải 5 chữ số.`, `code "${oldCode}" is not 5 digits.`);
    if (!/^\d{5}$/.test(newCode)) return err('new_code', `mã "${newCode}" không phải 5 chữ số.`, `code "${newCode}" is not 5 digits.`);
    const ot = OLD_TYPES[oldType];
    const nt = TODAY_TYPES[newType];
    if (!ot) return err('old_type', `loại "${oldType}" không xác định.`, `unknown type "${oldType}".`);
    if (!nt) return err('new_type', `loại "${newType}" không xác định.`, `unknown type "${newType}".`);
    const t = today.get(newCode);
    if (t && (t.name !== newName || t.type !== nt)) return err('new_name', `mã ${newCode} mang hai tên: "${t.name}" và "${newName}".`, `code ${newCode} has two names: "${t.name}" and "${newName}".`);
    today.set(newCode, { code: newCode, name: newName, type: nt });
    const o = old.get(oldCode);
    if (o) {
      if (o.name !== oldName) return err('old_name', `mã ${oldCode} mang hai tên: "${o.name}" và "${oldName}".`, `code ${oldCode} has two names: "${o.name}" and "${oldName}".`);
      o.successors.push(newCode);
    } else old.set(oldCode, { code: oldCode, name: oldName, type: ot, district, province, successors: [newCode] });
  });
  if (today.size === 0) issues.push(issue('error', file, null, null, 'không có dòng dữ liệu nào.', 'no data rows.'));
  return { eras: issues.some((x) => x.level === 'error') ? null : { today, old }, issues };
}

/** The code sets as public/data/codes.json (compact arrays; the desk reads them back with erasFromJson). */
export interface ErasJson {
  since: string;
  today: [code: string, name: string, type: TodayType][];
  old: [code: string, name: string, type: OldType, district: string, province: string, successors: string[]][];
}

export function erasJson(e: CodeEras): ErasJson {
  const byCode = <T extends { code: string }>(m: Map<string, T>) => [...m.values()].sort((a, b) => a.code.localeCompare(b.code));
  return {
    since: TODAY_SINCE,
    today: byCode(e.today).map((u) => [u.code, u.name, u.type]),
    old: byCode(e.old).map((u) => [u.code, u.name, u.type, u.district, u.province, u.successors]),
  };
}

export function erasFromJson(j: ErasJson): CodeEras {
  return {
    today: new Map(j.today.map(([code, name, type]) => [code, { code, name, type }])),
    old: new Map(j.old.map(([code, name, type, district, province, successors]) => [code, { code, name, type, district, province, successors }])),
  };
}
