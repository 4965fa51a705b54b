// Cumulative NTM tiers, as the published reports count them: "107 xã NTM" includes the advanced
// and model communes, "33 xã nâng cao" includes the 9 model ones. The legend's exclusive status
// classes (chưa đạt / NTM / nâng cao / kiểu mẫu) are the same data cut the other way.
// Reads the memoised status pass (classifyAll), so it agrees with the map and the legend.
import { classifyAll, NO_DATA } from './classify';
import type { DataIndex } from './dataIndex';
import { NTM_STATUSES, type NtmStatus } from './types';

/** Cumulative tiers, lowest first: each includes the ones after it. */
export type Tier = 'at_least_ntm' | 'at_least_nang_cao' | 'kieu_mau';
export const TIERS: readonly Tier[] = ['at_least_ntm', 'at_least_nang_cao', 'kieu_mau'];

/** The lowest status a tier includes. */
const TIER_FLOOR: Record<Tier, NtmStatus> = { at_least_ntm: 'ntm', at_least_nang_cao: 'nang_cao', kieu_mau: 'kieu_mau' };
const RANK: Record<NtmStatus, number> = Object.fromEntries(NTM_STATUSES.map((s, i) => [s, i])) as Record<NtmStatus, number>;

export interface TierCounts {
  /** xã counted in each tier (cumulative). */
  tiers: Record<Tier, number>;
  /** xã with a status in the year (the denominator of each tier's share). */
  known: number;
  /** xã without a status for the year (not counted as chưa đạt). */
  noData: number;
  /** All xã of the scope (known + noData). */
  xa: number;
}

/** Does a status belong to a tier? */
export function inTier(status: NtmStatus, tier: Tier): boolean {
  return RANK[status] >= RANK[TIER_FLOOR[tier]];
}

/** Cumulative tier counts of the province (districtCode null) or one district in a year. */
export function tierCounts(idx: DataIndex, year: number, districtCode: string | null = null): TierCounts {
  const classes = classifyAll(idx, 'status', year);
  const tiers: Record<Tier, number> = { at_least_ntm: 0, at_least_nang_cao: 0, kieu_mau: 0 };
  let known = 0;
  let noData = 0;
  for (const u of districtCode ? idx.unitsOf(districtCode) : idx.units) {
    if (u.type !== 'xa') continue;
    const k = classes.get(u.gso) ?? NO_DATA;
    if (!(NTM_STATUSES as readonly string[]).includes(k)) {
      noData++;
      continue;
    }
    known++;
    for (const t of TIERS) if (inTier(k as NtmStatus, t)) tiers[t]++;
  }
  return { tiers, known, noData, xa: known + noData };
}
