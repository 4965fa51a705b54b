// Plan 5306/KH-UBND section I.2: each quantified 2025 target evaluated from the data for a year,
// for the province or one district. One pure function, `evaluateTargets`; the UI only renders
// its results (the explanation is data, the words come from the locale files).
//
// Rules:
//  - xã targets count xã only: phường and thị trấn are not subject to the commune criteria and are
//    left out (reported in `excludedNonXa`);
//  - a share is computed over the xã that have a value (true/false) for the year; xã with no row
//    or a null value are left out of the denominator and reported (`xaNoData`). If no xã has a
//    value → 'no_data' (never a 0 %);
//  - `unit_online` = online essential service AND online survey, with three-valued logic (a known
//    false on either side is "not met"; true ∧ null is unknown). District-level units have no
//    such data: the count of districts not measured is reported;
//  - `pilot_smart` counts the smart-NTM pilot communes of the plan (model smart_ecommerce). The
//    pilot list is the plan's, not a yearly result, and the target is province-wide;
//  - `district_indicator` targets have no district data → 'no_data'; `not_measurable` targets keep
//    their reason → 'not_measurable';
//  - met/not met uses the target's comparator exactly (">" is strict), compared in integers
//    (numerator × 100 against threshold × denominator) so 1/2 is exactly 50 %.
import type { DataIndex } from './dataIndex';
import type { AttainmentRow, PlanTarget, UnitInfo } from './types';

export type TargetStatus = 'met' | 'not_met' | 'no_data' | 'not_measurable';

/** Why a result is what it is, as codes the UI translates (with counts in the explanation). */
export type TargetNote =
  | 'xa_no_data' // some xã had no value (left out of the denominator)
  | 'all_xa_no_data' // no xã of the scope had a value
  | 'no_xa_in_scope' // the scope has no xã at all (an all-ward city)
  | 'non_xa_excluded' // phường / thị trấn of the scope were left out
  | 'districts_not_measured' // district-level units have no data for this measure
  | 'no_district_data' // a district-set indicator: the data has no district-level values
  | 'province_wide' // a province-wide target: a district scope does not apply
  | 'pilot_list' // counts the plan's pilot list, not a recognition result
  | 'not_measurable'; // the data cannot measure this target (see `reason`)

/** What was counted, how: everything needed to say "numerator of denominator units". */
export interface TargetExplanation {
  year: number;
  /** The district the result is for, or null for the whole province. */
  districtCode: string | null;
  /** What units the denominator counts. */
  population: 'xa' | 'district' | 'pilot' | 'none';
  /** What is tested on each unit: an IndicatorId ('8.4', 'nc15.2'), 'cooperative',
   *  'online_service_and_survey', 'smart_ecommerce', a district indicator ('9.5'), or null. */
  criterion: string | null;
  /** xã of the scope (the population before leaving out those without data). */
  xaInScope: number;
  /** xã of the scope without a value for the year (no row, or null). */
  xaNoData: number;
  /** phường and thị trấn of the scope, left out. */
  excludedNonXa: number;
  /** District-level units the measure should cover but cannot (no district data). */
  districtsNotMeasured: number;
  /** pilot_smart: GSO codes of the units counted (in plan order). */
  counted: string[];
  /** not_measurable: the reason from the targets file. */
  reason: { vi: string; en: string } | null;
  notes: TargetNote[];
}

export interface TargetResult {
  target: PlanTarget;
  status: TargetStatus;
  /** Percent 0..100 (unit 'percent') or a count (unit 'count'); null when not computed. */
  value: number | null;
  numerator: number | null;
  /** null for counts and for targets not computed. */
  denominator: number | null;
  explanation: TargetExplanation;
}

/** Does `numerator / denominator` (or a count) meet the threshold with the comparator? */
export function meetsThreshold(
  target: Pick<PlanTarget, 'threshold' | 'comparator' | 'unit'>,
  numerator: number,
  denominator: number | null,
): boolean {
  // Percent: num/den ≥ t/100  ⇔  num·100 ≥ t·den (den > 0), exact in integers.
  const lhs = target.unit === 'percent' ? numerator * 100 : numerator;
  const rhs = target.unit === 'percent' ? target.threshold * (denominator ?? 0) : target.threshold;
  return target.comparator === '>' ? lhs > rhs : lhs >= rhs;
}

type Tri = boolean | null;

/** Three-valued AND: false wins, then unknown. */
function and3(a: Tri, b: Tri): Tri {
  if (a === false || b === false) return false;
  if (a === true && b === true) return true;
  return null;
}

function unitsInScope(idx: DataIndex, districtCode: string | null): UnitInfo[] {
  return districtCode ? idx.unitsOf(districtCode) : idx.units;
}

function baseExplanation(year: number, districtCode: string | null): TargetExplanation {
  return {
    year, districtCode, population: 'none', criterion: null, xaInScope: 0, xaNoData: 0, excludedNonXa: 0,
    districtsNotMeasured: 0, counted: [], reason: null, notes: [],
  };
}

/** A share of xã meeting `test` (true / false / null per row). */
function xaShare(
  idx: DataIndex,
  target: PlanTarget,
  year: number,
  districtCode: string | null,
  criterion: string,
  test: (row: AttainmentRow) => Tri,
): TargetResult {
  const ex = baseExplanation(year, districtCode);
  ex.population = 'xa';
  ex.criterion = criterion;
  let met = 0;
  let known = 0;
  for (const u of unitsInScope(idx, districtCode)) {
    if (u.type !== 'xa') {
      ex.excludedNonXa++;
      continue;
    }
    ex.xaInScope++;
    const row = idx.row(u.gso, year);
    const v = row ? test(row) : null;
    if (v === null || v === undefined) ex.xaNoData++;
    else {
      known++;
      if (v) met++;
    }
  }
  if (ex.excludedNonXa) ex.notes.push('non_xa_excluded');
  if (ex.xaInScope === 0) {
    ex.notes.push('no_xa_in_scope');
    return { target, status: 'no_data', value: null, numerator: null, denominator: null, explanation: ex };
  }
  if (known === 0) {
    ex.notes.push('all_xa_no_data');
    return { target, status: 'no_data', value: null, numerator: null, denominator: null, explanation: ex };
  }
  if (ex.xaNoData) ex.notes.push('xa_no_data');
  const value = target.unit === 'percent' ? (met / known) * 100 : met;
  return {
    target,
    status: meetsThreshold(target, met, known) ? 'met' : 'not_met',
    value,
    numerator: met,
    denominator: known,
    explanation: ex,
  };
}

/** District-level units of the scope (the whole province, or the one district). */
function districtsInScope(idx: DataIndex, districtCode: string | null): number {
  return districtCode ? (idx.district(districtCode) ? 1 : 0) : idx.districts.length;
}

export function evaluateTarget(
  idx: DataIndex,
  target: PlanTarget,
  year: number,
  scope: { districtCode?: string | null } = {},
): TargetResult {
  const districtCode = scope.districtCode ?? null;
  const m = target.measure;
  switch (m.kind) {
    case 'commune_indicator':
      return xaShare(idx, target, year, districtCode, m.indicator, (r) => r.indicators?.[m.indicator] ?? null);
    case 'commune_field':
      return xaShare(idx, target, year, districtCode, m.field, (r) => r[m.field] ?? null);
    case 'unit_online': {
      const res = xaShare(idx, target, year, districtCode, 'online_service_and_survey', (r) =>
        and3(r.onlineService ?? null, r.onlineSurvey ?? null));
      if (target.appliesTo === 'xa_and_district' || target.appliesTo === 'district') {
        res.explanation.districtsNotMeasured = districtsInScope(idx, districtCode);
        if (res.explanation.districtsNotMeasured) res.explanation.notes.push('districts_not_measured');
      }
      return res;
    }
    case 'pilot_smart': {
      const ex = baseExplanation(year, null);
      ex.population = 'pilot';
      ex.criterion = 'smart_ecommerce';
      // Only pilots that are units of the dataset count (a plan name that matched no unit does not).
      ex.counted = idx.ds.pilots.filter((p) => p.model === 'smart_ecommerce' && idx.unit(p.gso)).map((p) => p.gso);
      ex.notes.push('pilot_list');
      if (districtCode) ex.notes.push('province_wide');
      const n = ex.counted.length;
      return {
        target,
        status: meetsThreshold(target, n, null) ? 'met' : 'not_met',
        value: n,
        numerator: n,
        denominator: null,
        explanation: ex,
      };
    }
    case 'district_indicator': {
      const ex = baseExplanation(year, districtCode);
      ex.population = 'district';
      ex.criterion = m.indicator;
      ex.districtsNotMeasured = districtsInScope(idx, districtCode);
      ex.notes.push('no_district_data');
      return { target, status: 'no_data', value: null, numerator: null, denominator: null, explanation: ex };
    }
    case 'not_measurable': {
      const ex = baseExplanation(year, districtCode);
      ex.reason = { vi: m.reason_vi, en: m.reason_en };
      ex.notes.push('not_measurable');
      return { target, status: 'not_measurable', value: null, numerator: null, denominator: null, explanation: ex };
    }
  }
}

/**
 * Every target (targets.json, in file order) evaluated for `year` on the data of `idx`, over the
 * province or, with `scope.districtCode`, over one district's units (province-wide targets stay
 * province-wide and say so in their notes).
 */
export function evaluateTargets(idx: DataIndex, targets: readonly PlanTarget[], year: number, scope: { districtCode?: string } = {}): TargetResult[] {
  return targets.map((t) => evaluateTarget(idx, t, year, scope));
}

/** Summary counts of a result list per status (for a heading like "3 met, 4 not met"). */
export function targetStatusCounts(results: readonly TargetResult[]): Record<TargetStatus, number> {
  const out: Record<TargetStatus, number> = { met: 0, not_met: 0, no_data: 0, not_measurable: 0 };
  for (const r of results) out[r.status]++;
  return out;
}
