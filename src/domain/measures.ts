// What the map can colour communes by. A MeasureId is a short, URL-safe string so the lead's
// URL codec can store it as is; `isMeasureId` is the gate for anything coming from outside.
import { CRITERIA_COUNT, INDICATOR_IDS, type IndicatorId } from './types';

/**
 * 'recognition' district recognition (issue 15); 'change' status change from the previous year of
 * the data to the chosen one (issue 15);
 * 'status' NTM status class; 'count' number of criteria met (0..19); 'pilot' pilot model type;
 * 'c1'..'c19' one criterion of the 2021–2025 catalog (the v=1 ids); 'c2026-1'..'c2026-10' one
 * criterion of the catalog that starts in 2026 (a later catalog's criteria carry its first year,
 * src/domain/catalogs.ts); 'i8.1'..'i8.4', 'inc8.4', 'inc15.2' one indicator (an IndicatorId
 * prefixed by 'i').
 */
export type MeasureId = 'status' | 'count' | 'pilot' | 'recognition' | 'change' | `c${number}` | `c${number}-${number}` | `i${string}`;

export type ParsedMeasure =
  | { kind: 'status' }
  | { kind: 'count' }
  | { kind: 'pilot' }
  | { kind: 'recognition' }
  | { kind: 'change' }
  /** `since`: the first year of the criterion's catalog, null for the first catalog (c1..c19). */
  | { kind: 'criterion'; no: number; since: number | null }
  | { kind: 'indicator'; indicator: IndicatorId };

export const DEFAULT_MEASURE: MeasureId = 'status';

const ALL: readonly MeasureId[] = [
  'status',
  'count',
  'pilot',
  'change',
  'recognition',
  ...Array.from({ length: CRITERIA_COUNT }, (_, i) => `c${i + 1}` as MeasureId),
  ...INDICATOR_IDS.map((id) => `i${id}` as MeasureId),
];
const ALL_SET: ReadonlySet<string> = new Set(ALL);

/** Every measure, in the order the picker lists them. */
export function allMeasures(): MeasureId[] {
  return [...ALL];
}

/** A later catalog's criterion: `c<first year>-<no>`, no leading zeros (the app then checks the
 *  number against the catalog of the year: src/domain/catalogs.ts measureForYear). */
const LATER_CRITERION = /^c(20[2-9]\d)-([1-9]\d?)$/;

/** Strict: only the exact ids of `allMeasures()` and later catalogs' criteria (rejects 'c0', 'c20', 'c01', 'i9.9', ' status', 'c2026-0', 'c2026-01'). */
export function isMeasureId(s: unknown): s is MeasureId {
  return typeof s === 'string' && (ALL_SET.has(s) || LATER_CRITERION.test(s));
}

/** The id of criterion `no` of a catalog: the first catalog keeps 'cN', a later one 'c<from>-N'. */
export function criterionMeasure(no: number, since: number | null): MeasureId {
  return since == null ? `c${no}` : `c${since}-${no}`;
}

/** Parse a valid MeasureId into its parts; throws on an invalid id (gate input with isMeasureId). */
export function parseMeasure(m: MeasureId): ParsedMeasure {
  if (!isMeasureId(m)) throw new Error(`Unknown measure: ${String(m)}`);
  if (m === 'status' || m === 'count' || m === 'pilot' || m === 'recognition' || m === 'change') return { kind: m };
  const later = LATER_CRITERION.exec(m);
  if (later) return { kind: 'criterion', no: Number(later[2]), since: Number(later[1]) };
  if (m.startsWith('c')) return { kind: 'criterion', no: Number(m.slice(1)), since: null };
  return { kind: 'indicator', indicator: m.slice(1) as IndicatorId };
}

/** Criterion number 1..19 of a 'cN' measure, else null. */
export function criterionOf(m: MeasureId): number | null {
  const p = parseMeasure(m);
  return p.kind === 'criterion' ? p.no : null;
}

/** Indicator id of an 'i…' measure, else null. */
export function indicatorOf(m: MeasureId): IndicatorId | null {
  const p = parseMeasure(m);
  return p.kind === 'indicator' ? p.indicator : null;
}

/** Indicators of the advanced (nâng cao) set: their definitions are unverified (DOMAIN.md §2.1). */
export function isAdvancedIndicator(id: IndicatorId): boolean {
  return id.startsWith('nc');
}

/** The indicator number without the set prefix: 'nc15.2' → '15.2'. */
export function indicatorNumber(id: IndicatorId): string {
  return id.replace(/^nc/, '');
}

/** Measures whose district-mode colour is the district's own class, not a share of its xã. */
export function isDistrictClassMeasure(m: MeasureId): boolean {
  return m === 'recognition';
}

/** Measures whose classes are met / not met. */
export function isBinaryMeasure(m: MeasureId): boolean {
  const k = parseMeasure(m).kind;
  return k === 'criterion' || k === 'indicator';
}
