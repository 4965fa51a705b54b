// The "change between two years" measure (issue 15): each xã's NTM status in the chosen year
// against the previous year of the data, so a journalist can publish "what changed in 2023".
// Classes, in legend order:
//  - newly_recognised: chưa đạt in the earlier year, NTM or higher in the later one;
//  - moved_up: already NTM or higher, now a higher tier (NTM → nâng cao → kiểu mẫu);
//  - moved_down: a lower status than in the earlier year;
//  - unchanged: the same status in both years;
//  - no_data: no status in either year (never compared against a guess), or no earlier year.
// Reads the memoised status passes (classifyAll), so it agrees with the status map of each year.
import type { DataIndex } from './dataIndex';
import { NTM_STATUSES, type NtmStatus } from './types';
import { previousYear } from './years';

export type ChangeClass = 'newly_recognised' | 'moved_up' | 'moved_down' | 'unchanged';
export const CHANGE_CLASSES: readonly ChangeClass[] = ['newly_recognised', 'moved_up', 'moved_down', 'unchanged'];

const RANK: Record<NtmStatus, number> = Object.fromEntries(NTM_STATUSES.map((s, i) => [s, i])) as Record<NtmStatus, number>;
const isStatus = (k: string | null | undefined): k is NtmStatus => !!k && (NTM_STATUSES as readonly string[]).includes(k);

/** The class of one change of status; null when either year has no status. */
export function changeOf(from: string | null | undefined, to: string | null | undefined): ChangeClass | null {
  if (!isStatus(from) || !isStatus(to)) return null;
  if (RANK[to] === RANK[from]) return 'unchanged';
  if (RANK[to] < RANK[from]) return 'moved_down';
  return from === 'chua_dat' ? 'newly_recognised' : 'moved_up';
}

/** The year a change to `year` is measured from: the previous year of the data, or null. */
export function changeBaseYear(idx: DataIndex, year: number): number | null {
  return previousYear(idx.years, year);
}

/** A xã's status in a year straight from its row (no row, or no status: null). */
export function statusIn(idx: DataIndex, gso: string, year: number): NtmStatus | null {
  const s = idx.row(gso, year)?.status;
  return isStatus(s) ? s : null;
}

export interface ChangeCounts {
  fromYear: number | null;
  toYear: number;
  counts: Record<ChangeClass | 'no_data', number>;
  /** xã of the scope. */
  xa: number;
}

/** Counts of xã per change class from the previous year of the data to `year`. */
export function changeCounts(idx: DataIndex, year: number, districtCode: string | null = null): ChangeCounts {
  const fromYear = changeBaseYear(idx, year);
  const counts: ChangeCounts['counts'] = { newly_recognised: 0, moved_up: 0, moved_down: 0, unchanged: 0, no_data: 0 };
  let xa = 0;
  for (const u of districtCode ? idx.unitsOf(districtCode) : idx.units) {
    if (u.type !== 'xa') continue;
    xa++;
    const c = fromYear === null ? null : changeOf(statusIn(idx, u.gso, fromYear), statusIn(idx, u.gso, year));
    counts[c ?? 'no_data']++;
  }
  return { fromYear, toYear: year, counts, xa };
}
