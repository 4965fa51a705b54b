// A unit's or district's values over every year of the data (issue 15: "is it improving?").
// Each year reads the same classification as the map of that year (classify.ts), so a history
// row never disagrees with the map: a year without a row is "no data", never carried forward.
import { classifyUnit, criteriaMetRange, districtShare, NO_DATA, type ClassKey, type DistrictShare } from './classify';
import type { DataIndex } from './dataIndex';
import type { MeasureId } from './measures';
import { tierCounts, type TierCounts } from './tiers';

export interface CommuneYear {
  year: number;
  /** Status class of the year (a status, no_data or not_subject). */
  status: ClassKey;
  /** Criteria met (known), null without a row. */
  met: number | null;
  /** Criteria with no value in the row. */
  unknown: number;
  /** Criteria in the row (the catalog's count for that year's set). */
  of: number | null;
}

export function communeHistory(idx: DataIndex, gso: string): CommuneYear[] {
  return idx.years.map((year) => {
    const row = idx.row(gso, year);
    const status = classifyUnit(idx, gso, 'status', year);
    if (!row) return { year, status, met: null, unknown: 0, of: null };
    const r = criteriaMetRange(row);
    return { year, status, met: r.min, unknown: r.unknown, of: row.criteria.length };
  });
}

export interface DistrictYear {
  year: number;
  share: DistrictShare;
  tiers: TierCounts;
}

export function districtHistory(idx: DataIndex, code: string, measure: MeasureId): DistrictYear[] {
  return idx.years.map((year) => ({ year, share: districtShare(idx, code, measure, year), tiers: tierCounts(idx, year, code) }));
}

export { NO_DATA };
