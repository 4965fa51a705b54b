// Change in NTM status classes between two years, for the province or one district.
// Counts xã only (phường / thị trấn are not subject to the commune criteria). A xã without a row
// or a status in a year counts as 'no_data' in that year (never carried forward), so the counts
// of each year always add up to the number of xã.
import { classifyUnit } from './classify';
import type { DataIndex } from './dataIndex';
import { NTM_STATUSES, type NtmStatus } from './types';

export type StatusChangeKey = NtmStatus | 'no_data';
export const STATUS_CHANGE_KEYS: readonly StatusChangeKey[] = [...NTM_STATUSES, 'no_data'];

export interface StatusChangeRow {
  key: StatusChangeKey;
  from: number;
  to: number;
  /** to − from */
  delta: number;
}

export interface StatusChange {
  fromYear: number;
  toYear: number;
  districtCode: string | null;
  /** xã counted (the same in both years). */
  xaCount: number;
  /** phường / thị trấn of the scope, not counted. */
  notSubject: number;
  /** One row per status class plus no_data, in STATUS_CHANGE_KEYS order. */
  rows: StatusChangeRow[];
  /** At least NTM (ntm + nâng cao + kiểu mẫu): the cumulative count the published reports use. */
  atLeastNtm: StatusChangeRow;
  /** xã whose status rose / fell / stayed, among those with a status in both years. */
  movedUp: number;
  movedDown: number;
  unchanged: number;
  /** xã without a status in either year (not compared). */
  notCompared: number;
}

const RANK: Record<NtmStatus, number> = { chua_dat: 0, ntm: 1, nang_cao: 2, kieu_mau: 3 };

function isStatus(k: string): k is NtmStatus {
  return (NTM_STATUSES as readonly string[]).includes(k);
}

export function statusChange(idx: DataIndex, fromYear: number, toYear: number, districtCode?: string | null): StatusChange {
  const units = districtCode ? idx.unitsOf(districtCode) : idx.units;
  const from: Record<StatusChangeKey, number> = { chua_dat: 0, ntm: 0, nang_cao: 0, kieu_mau: 0, no_data: 0 };
  const to: Record<StatusChangeKey, number> = { ...from };
  let xaCount = 0;
  let notSubject = 0;
  let movedUp = 0;
  let movedDown = 0;
  let unchanged = 0;
  let notCompared = 0;
  for (const u of units) {
    if (u.type !== 'xa') {
      notSubject++;
      continue;
    }
    xaCount++;
    const a = classifyUnit(idx, u.gso, 'status', fromYear);
    const b = classifyUnit(idx, u.gso, 'status', toYear);
    const ka: StatusChangeKey = isStatus(a) ? a : 'no_data';
    const kb: StatusChangeKey = isStatus(b) ? b : 'no_data';
    from[ka]++;
    to[kb]++;
    if (ka === 'no_data' || kb === 'no_data') notCompared++;
    else if (RANK[kb] > RANK[ka]) movedUp++;
    else if (RANK[kb] < RANK[ka]) movedDown++;
    else unchanged++;
  }
  const rows = STATUS_CHANGE_KEYS.map((key) => ({ key, from: from[key], to: to[key], delta: to[key] - from[key] }));
  const cumFrom = from.ntm + from.nang_cao + from.kieu_mau;
  const cumTo = to.ntm + to.nang_cao + to.kieu_mau;
  return {
    fromYear,
    toYear,
    districtCode: districtCode ?? null,
    xaCount,
    notSubject,
    rows,
    atLeastNtm: { key: 'ntm', from: cumFrom, to: cumTo, delta: cumTo - cumFrom },
    movedUp,
    movedDown,
    unchanged,
    notCompared,
  };
}

/** "+3", "−2" (U+2212), "0": a signed change for display. */
export function formatDelta(n: number): string {
  if (n > 0) return `+${n}`;
  if (n < 0) return `\u2212${Math.abs(n)}`;
  return '0';
}
