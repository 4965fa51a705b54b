// Classification of units (and districts) for a measure and year: the single source of the
// classes the map colours, the legend counts and the table lists.
//
// Rules (DOMAIN.md §7):
//  - phường / thị trấn are not subject to the commune criteria → 'not_subject' (never "chưa đạt");
//  - a xã without a row for the year, or with a null value → 'no_data' (never a status, never
//    carried forward from another year).
import type { DataIndex } from './dataIndex';
import { memoPerIndex } from './memo';
import { parseMeasure, type MeasureId } from './measures';
import { CHANGE_CLASSES, changeBaseYear, changeOf, statusIn } from './change';
import { recognitionClassIn, RECOGNITION_CLASSES } from './recognition';
import {
  CHANGE_COLORS, COUNT_COLORS, MET_COLOR, RECOGNITION_COLORS, NO_DATA_COLOR, NOT_MET_COLOR, NOT_PILOT_COLOR, NOT_SUBJECT_COLOR,
  PILOT_COLORS, SHARE_COLORS, STATUS_COLORS,
} from './palette';
import { NTM_STATUSES, PILOT_MODELS, type AttainmentRow, type NtmStatus } from './types';
import { measureFitsRow } from './catalogs';

/** 'chua_dat'|'ntm'|'nang_cao'|'kieu_mau'|'met'|'not_met'|count bins 'n0_9'..'n19'|
 *  'smart_ecommerce'|'digital_economy'|'digital_society'|'not_pilot'|share bins 's0_50'..'s100'|
 *  'no_data'|'not_subject' */
export type ClassKey = string;
export type Pattern = 'none' | 'hatch' | 'dots' | 'cross';

export interface LegendClass {
  key: ClassKey;
  color: string;
  /** Non-colour cue drawn by the map and the legend swatch. */
  pattern: Pattern;
}

export const NO_DATA = 'no_data';
export const NOT_SUBJECT = 'not_subject';

const NO_DATA_CLASS: LegendClass = { key: NO_DATA, color: NO_DATA_COLOR, pattern: 'hatch' };
const NOT_SUBJECT_CLASS: LegendClass = { key: NOT_SUBJECT, color: NOT_SUBJECT_COLOR, pattern: 'none' };

/** Criteria-count bins, inclusive bounds, ascending. More resolution near 19 where it matters
 *  (national target: no commune below 15 criteria). */
export const COUNT_BINS: readonly { key: ClassKey; min: number; max: number }[] = [
  { key: 'n0_9', min: 0, max: 9 },
  { key: 'n10_14', min: 10, max: 14 },
  { key: 'n15_16', min: 15, max: 16 },
  { key: 'n17_18', min: 17, max: 18 },
  { key: 'n19', min: 19, max: 19 },
];

const PILOT_PATTERNS: Record<(typeof PILOT_MODELS)[number], Pattern> = {
  smart_ecommerce: 'dots',
  digital_economy: 'cross',
  digital_society: 'hatch',
};

/** Legend classes in display order; always ends with no_data and not_subject. */
export function legendClasses(measure: MeasureId): LegendClass[] {
  const p = parseMeasure(measure);
  let main: LegendClass[];
  switch (p.kind) {
    case 'status':
      main = NTM_STATUSES.map((s, i) => ({ key: s, color: STATUS_COLORS[i], pattern: 'none' as Pattern }));
      break;
    case 'count':
      main = COUNT_BINS.map((b, i) => ({ key: b.key, color: COUNT_COLORS[i], pattern: 'none' as Pattern }));
      break;
    case 'pilot':
      main = [
        ...PILOT_MODELS.map((m, i) => ({ key: m, color: PILOT_COLORS[i], pattern: PILOT_PATTERNS[m] })),
        { key: 'not_pilot', color: NOT_PILOT_COLOR, pattern: 'none' },
      ];
      break;
    case 'criterion':
    case 'indicator':
      main = [
        { key: 'met', color: MET_COLOR, pattern: 'none' },
        { key: 'not_met', color: NOT_MET_COLOR, pattern: 'none' },
      ];
      break;
    case 'recognition':
      main = RECOGNITION_CLASSES.map((k) => ({ key: k, color: RECOGNITION_COLORS[k], pattern: k === 'hoan_thanh_nhiem_vu' ? 'dots' as Pattern : 'none' as Pattern }));
      break;
    case 'change':
      main = CHANGE_CLASSES.map((k) => ({ key: k, color: CHANGE_COLORS[k], pattern: k === 'moved_down' ? 'cross' as Pattern : 'none' as Pattern }));
      break;
  }
  return [...main, NO_DATA_CLASS, NOT_SUBJECT_CLASS];
}

export function countBinOf(n: number): ClassKey {
  for (const b of COUNT_BINS) if (n >= b.min && n <= b.max) return b.key;
  return NO_DATA;
}

/** Criteria met in a row: known lower and upper bounds (nulls may be met or not). */
export function criteriaMetRange(row: AttainmentRow): { min: number; max: number; unknown: number } {
  let met = 0;
  let unknown = 0;
  // Counted over the row's own catalog (19 criteria up to 2025).
  for (let i = 0; i < row.criteria.length; i++) {
    const v = row.criteria[i];
    if (v === true) met++;
    else if (v !== false) unknown++;
  }
  return { min: met, max: met + unknown, unknown };
}

/** The class of a xã row for a measure (row present). */
function classifyRow(row: AttainmentRow, measure: MeasureId): ClassKey {
  const p = parseMeasure(measure);
  switch (p.kind) {
    case 'status':
      return row.status && (NTM_STATUSES as readonly string[]).includes(row.status) ? row.status : NO_DATA;
    case 'count': {
      const { min, max } = criteriaMetRange(row);
      const lo = countBinOf(min);
      // When unknown criteria could put the commune in another bin, we do not guess.
      return lo === countBinOf(max) ? lo : NO_DATA;
    }
    case 'criterion': {
      const v = row.criteria[p.no - 1];
      return v === true ? 'met' : v === false ? 'not_met' : NO_DATA;
    }
    case 'indicator': {
      const v = row.indicators?.[p.indicator];
      return v === true ? 'met' : v === false ? 'not_met' : NO_DATA;
    }
    case 'pilot':
    case 'recognition':
    case 'change':
      return NO_DATA; // handled by classifyUnit
  }
}

export function classifyUnit(idx: DataIndex, gso: string, measure: MeasureId, year: number): ClassKey {
  const unit = idx.unit(gso);
  if (!unit) return NO_DATA;
  if (parseMeasure(measure).kind === 'pilot') {
    // The pilot list comes from the plan: complete, not per year.
    const pilot = idx.pilot(gso);
    if (pilot) return pilot.model;
    return unit.type === 'xa' ? 'not_pilot' : NOT_SUBJECT;
  }
  if (parseMeasure(measure).kind === 'recognition') {
    // A district's recognition covers all its units; not yet in force in an earlier year: none.
    const d = idx.district(unit.districtCode);
    if (!d) return NO_DATA;
    return recognitionClassIn(d, year);
  }
  if (unit.type !== 'xa') return NOT_SUBJECT;
  if (parseMeasure(measure).kind === 'change') {
    const from = changeBaseYear(idx, year);
    return (from === null ? null : changeOf(statusIn(idx, gso, from), statusIn(idx, gso, year))) ?? NO_DATA;
  }
  const row = idx.row(gso, year);
  // A measure of another catalog than the row's (c8 on a 2026 row, c2026-3 on a 2024 row) has no value.
  return row && measureFitsRow(idx.ds, measure, row) ? classifyRow(row, measure) : NO_DATA;
}

/**
 * One of today's units (issue 13) in a year whose rows are keyed on today's codes (2026 on: the
 * build accepts only today's codes there). Looked up by type from today.json, never through the
 * old unit that had the same (reused) code.
 */
export function classifyTodayUnit(idx: DataIndex, code: string, type: string, measure: MeasureId, year: number): ClassKey {
  if (type !== 'xa') return NOT_SUBJECT;
  const row = idx.row(code, year);
  return row && measureFitsRow(idx.ds, measure, row) ? classifyRow(row, measure) : NO_DATA;
}

// One classification pass per (dataset index, measure, year): every view (map, legend, text
// alternative, exports, district shares) reads this memoised map instead of classifying again.
const passes = memoPerIndex<ReadonlyMap<string, ClassKey>>();
let passCount = 0;

/** How many classification passes have run (tests count them: one per measure and year). */
export function classificationPasses(): number {
  return passCount;
}

/** Every unit's class for a measure and year (memoised per index, measure and year). */
export function classifyAll(idx: DataIndex, measure: MeasureId, year: number): ReadonlyMap<string, ClassKey> {
  return passes(idx, `${measure}|${year}`, () => {
    passCount++;
    const m = new Map<string, ClassKey>();
    for (const u of idx.units) m.set(u.gso, classifyUnit(idx, u.gso, measure, year));
    return m;
  });
}

/** Count of units per legend class (every class of the measure present, possibly 0). */
export function legendCounts(idx: DataIndex, measure: MeasureId, year: number): Record<ClassKey, number> {
  const counts: Record<ClassKey, number> = {};
  for (const c of legendClasses(measure)) counts[c.key] = 0;
  for (const k of classifyAll(idx, measure, year).values()) counts[k] = (counts[k] ?? 0) + 1;
  return counts;
}

export function colorOf(measure: MeasureId, key: ClassKey): string {
  const c = legendClasses(measure).find((x) => x.key === key) ?? shareClasses().find((x) => x.key === key);
  return c ? c.color : NO_DATA_COLOR;
}

export function patternOf(measure: MeasureId, key: ClassKey): Pattern {
  return legendClasses(measure).find((x) => x.key === key)?.pattern ?? (key === NO_DATA ? 'hatch' : 'none');
}

/** Does a class meet the measure? true / false / null (no data or not subject). */
export function classMeets(measure: MeasureId, key: ClassKey): boolean | null {
  if (key === NO_DATA || key === NOT_SUBJECT) return null;
  switch (parseMeasure(measure).kind) {
    case 'status':
      return key !== 'chua_dat';
    case 'count':
      return key === 'n19';
    case 'pilot':
      return key !== 'not_pilot';
    case 'recognition':
      return key !== 'no_decision';
    case 'change':
      return key === 'newly_recognised' || key === 'moved_up';
    case 'criterion':
    case 'indicator':
      return key === 'met';
  }
}

// ---- District mode -------------------------------------------------------------------------

export interface DistrictShare {
  code: string;
  met: number;
  notMet: number;
  /** xã without data for the year (not counted as failing). */
  noData: number;
  /** All xã of the district (met + notMet + noData). */
  total: number;
  /** met / (met + notMet), a fraction 0..1; null when no xã has data. */
  share: number | null;
}

/** Share of a district's xã meeting the measure. Denominator: xã with data (no_data apart). */
export function districtShare(idx: DataIndex, code: string, measure: MeasureId, year: number): DistrictShare {
  const classes = classifyAll(idx, measure, year);
  let met = 0;
  let notMet = 0;
  let noData = 0;
  for (const u of idx.unitsOf(code)) {
    if (u.type !== 'xa') continue;
    const m = classMeets(measure, classes.get(u.gso) ?? NO_DATA);
    if (m === true) met++;
    else if (m === false) notMet++;
    else noData++;
  }
  const known = met + notMet;
  return { code, met, notMet, noData, total: met + notMet + noData, share: known ? met / known : null };
}

/** District share bins: min inclusive, max exclusive; the last is exactly 100 % (fractions 0..1).
 *  Issue 15: the breaks sit near the plan's target (every xã, 100 %) because that is where the
 *  districts are: with 0-20 … 80-100 % bins 11 of 12 districts fell in one class. A district has
 *  4 to 16 xã, so one xã moves it by 6 to 25 points: "all", "all but one or two" (90-<100 %),
 *  75-<90 %, 50-<75 % and under half are the distinctions leaders read. */
export const SHARE_BINS: readonly { key: ClassKey; min: number; max: number }[] = [
  { key: 's0_50', min: 0, max: 0.5 },
  { key: 's50_75', min: 0.5, max: 0.75 },
  { key: 's75_90', min: 0.75, max: 0.9 },
  { key: 's90_100', min: 0.9, max: 1 },
  { key: 's100', min: 1, max: 1 },
];

export function shareClasses(): { key: ClassKey; min: number; max: number; color: string }[] {
  return [
    ...SHARE_BINS.map((b, i) => ({ ...b, color: SHARE_COLORS[i] })),
    { key: NO_DATA, min: NaN, max: NaN, color: NO_DATA_COLOR },
    { key: NOT_SUBJECT, min: NaN, max: NaN, color: NOT_SUBJECT_COLOR },
  ];
}

export function shareClassOf(share: number | null): ClassKey {
  if (share == null || !Number.isFinite(share)) return NO_DATA;
  if (share >= 1) return 's100';
  if (share < 0) return SHARE_BINS[0].key;
  for (const b of SHARE_BINS) if (share >= b.min && share < b.max) return b.key;
  return NO_DATA;
}

/** A district's class: not_subject when it has no xã (all-ward city), else its share bin. */
export function districtClassOf(s: DistrictShare): ClassKey {
  return s.total === 0 ? NOT_SUBJECT : shareClassOf(s.share);
}

export function classifyDistricts(idx: DataIndex, measure: MeasureId, year: number): Map<string, ClassKey> {
  const out = new Map<string, ClassKey>();
  for (const d of idx.districts) out.set(d.code, districtClassOf(districtShare(idx, d.code, measure, year)));
  return out;
}

/** Count of districts per share class (all share classes present). */
export function districtLegendCounts(idx: DataIndex, measure: MeasureId, year: number): Record<ClassKey, number> {
  const counts: Record<ClassKey, number> = {};
  for (const c of shareClasses()) counts[c.key] = 0;
  for (const k of classifyDistricts(idx, measure, year).values()) counts[k] = (counts[k] ?? 0) + 1;
  return counts;
}

/** Status class counts of a district's units in a year (incl. no_data and not_subject). */
export function districtStatusCounts(idx: DataIndex, code: string, year: number): Record<ClassKey, number> {
  const counts: Record<ClassKey, number> = {};
  for (const c of legendClasses('status')) counts[c.key] = 0;
  const classes = classifyAll(idx, 'status', year);
  for (const u of idx.unitsOf(code)) {
    const k = classes.get(u.gso) ?? NO_DATA;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}

export function isStatus(key: ClassKey): key is NtmStatus {
  return (NTM_STATUSES as readonly string[]).includes(key);
}
