// "2021–2025 results by today's communes": the project's results of the units before 1 July 2025,
// rolled up through the crosswalk to each of today's units. ONE function (rollupOf) gives the
// counts every view shows (map class, legend, panel, table, CSV).
//
// It never gives a merged unit a status of its own: no published rule was found that defines the
// NTM status of a commune formed on 1/7/2025 from communes with different statuses (searched:
// Bộ Nông nghiệp và Môi trường guidance, QĐ 51/2025/QĐ-TTg, "công nhận xã đạt chuẩn NTM sau sắp
// xếp"; see ROLLUP_RULE). The classes below describe the former xã, not the new unit.
import type { DataIndex } from './dataIndex';
import type { TodayIndex } from './crosswalk';
import type { CrosswalkRow } from './todayTypes';
import { NTM_STATUSES, type NtmStatus } from './types';
import { MET_COLOR, NO_DATA_COLOR, NOT_MET_COLOR, NOT_SUBJECT_COLOR } from './palette';
import type { LegendClass } from './classify';

/** What is known about the rule for a merged commune's status (shown on screen with the measure). */
export const ROLLUP_RULE = {
  published: false,
  searched: '2026-12-04',
} as const;

/** One former unit of a new unit, with its result for the year. */
export interface FormerUnit {
  row: CrosswalkRow;
  /** A former xã (subject to the commune criteria); phường / thị trấn are not. */
  xa: boolean;
  /** The project has data for the former province (old Lâm Đồng only). */
  projectData: boolean;
  /** The former xã's status that year; null: no data (or not a xã). */
  status: NtmStatus | null;
}

export type RollupClass = 'r_all' | 'r_some' | 'r_none' | 'r_incomplete' | 'r_no_xa' | 'no_data';

export interface Rollup {
  code: string;
  year: number;
  former: FormerUnit[];
  /** Former xã (the units the counts are about). */
  formerXa: number;
  /** Former xã with a status that year. */
  withData: number;
  byStatus: Record<NtmStatus, number>;
  ntmOrHigher: number;
  nangCaoOrHigher: number;
  kieuMau: number;
  cls: RollupClass;
}

const RANK: Record<NtmStatus, number> = { chua_dat: 0, ntm: 1, nang_cao: 2, kieu_mau: 3 };

/**
 * The roll-up of one new unit for one year. `old` is the 2020–2024 dataset (keyed by the old
 * codes: an old code is only looked up there). Classes:
 *  - no_data: no former unit carries project data (former Đắk Nông / Bình Thuận; distinct from
 *    "not subject"), or no former xã has a result that year;
 *  - r_no_xa: former units are only phường / thị trấn (not subject to the commune criteria);
 *  - r_incomplete: some former xã have a result that year, others not (no class is guessed);
 *  - r_all / r_some / r_none: every former xã has a result: all, some or none NTM or higher.
 */
export function rollupOf(old: DataIndex, today: TodayIndex, code: string, year: number): Rollup {
  const former: FormerUnit[] = today.predecessorsOf(code).map((row) => {
    const projectData = row.oldProvince === 'lam_dong' && !!old.unit(row.oldCode);
    const xa = row.oldType === 'xa';
    const s = projectData && xa ? old.row(row.oldCode, year)?.status ?? null : null;
    return { row, xa, projectData, status: s && (NTM_STATUSES as readonly string[]).includes(s) ? s : null };
  });
  const byStatus = Object.fromEntries(NTM_STATUSES.map((s) => [s, 0])) as Record<NtmStatus, number>;
  let withData = 0;
  for (const f of former) {
    if (f.status == null) continue;
    withData++;
    byStatus[f.status]++;
  }
  const formerXa = former.filter((f) => f.xa).length;
  const atLeast = (min: number) => former.filter((f) => f.status != null && RANK[f.status] >= min).length;
  const ntmOrHigher = atLeast(1);
  const withProject = former.filter((f) => f.projectData);
  const projectXa = withProject.filter((f) => f.xa).length;
  let cls: RollupClass;
  if (withProject.length === 0) cls = 'no_data';
  else if (projectXa === 0) cls = 'r_no_xa';
  else if (withData === 0) cls = 'no_data';
  else if (withData < formerXa) cls = 'r_incomplete';
  else cls = ntmOrHigher === withData ? 'r_all' : ntmOrHigher === 0 ? 'r_none' : 'r_some';
  return { code, year, former, formerXa, withData, byStatus, ntmOrHigher, nangCaoOrHigher: atLeast(2), kieuMau: atLeast(3), cls };
}

/** The legend classes of the roll-up, in display order (every unit falls in exactly one). */
export function rollupLegendClasses(): LegendClass[] {
  return [
    { key: 'r_all', color: MET_COLOR, pattern: 'none' },
    { key: 'r_some', color: '#abd9e9', pattern: 'none' },
    { key: 'r_none', color: NOT_MET_COLOR, pattern: 'none' },
    { key: 'r_incomplete', color: NO_DATA_COLOR, pattern: 'dots' },
    { key: 'no_data', color: NO_DATA_COLOR, pattern: 'hatch' },
    { key: 'r_no_xa', color: NOT_SUBJECT_COLOR, pattern: 'none' },
  ];
}
