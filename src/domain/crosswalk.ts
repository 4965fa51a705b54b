// Today's geography as the app holds it: the 124 units and the crosswalk from the units before
// 1 July 2025, with lookups both ways. Codes are REUSED between old and new units, so an old code
// is only ever looked up among old units (the dataset) and a new code among new units (here).
import type { CrosswalkRow, TodayRecord, TodayUnit } from './todayTypes';

/** The date today's units came into force (NQ 1671/NQ-UBTVQH15). */
export const TODAY_SINCE = '2025-07-01';

export interface TodayIndex {
  record: TodayRecord;
  units: readonly TodayUnit[];
  unit(code: string): TodayUnit | undefined;
  /** The old units that went (wholly or partly) into a new unit, in crosswalk order. */
  predecessorsOf(newCode: string): readonly CrosswalkRow[];
  /** The new unit(s) an old unit went into (two rows for a split unit, each `partial`). */
  successorsOf(oldCode: string): readonly CrosswalkRow[];
  bounds: TodayRecord['bounds'];
  /** Search by today's and former names (src/domain/searchToday.ts), attached when loaded. */
  search?: (query: string, limit?: number) => import('./searchToday').TodayHit[];
}

export function buildTodayIndex(record: TodayRecord): TodayIndex {
  const byCode = new Map(record.units.map((u) => [u.code, u]));
  const pred = new Map<string, CrosswalkRow[]>();
  const succ = new Map<string, CrosswalkRow[]>();
  for (const r of record.crosswalk) {
    (pred.get(r.newCode) ?? pred.set(r.newCode, []).get(r.newCode)!).push(r);
    (succ.get(r.oldCode) ?? succ.set(r.oldCode, []).get(r.oldCode)!).push(r);
  }
  return {
    record,
    units: record.units,
    unit: (code) => byCode.get(code),
    predecessorsOf: (code) => pred.get(code) ?? [],
    successorsOf: (code) => succ.get(code) ?? [],
    bounds: record.bounds,
  };
}

/** Full name of an old unit as the crosswalk gives it, e.g. "Xã Triệu Hải", "Phường 7". */
export function oldFullName(r: Pick<CrosswalkRow, 'oldName' | 'oldType'>): string {
  const prefix = r.oldType === 'xa' ? 'Xã' : r.oldType === 'phuong' ? 'Phường' : 'Thị trấn';
  return `${prefix} ${r.oldName}`;
}
