// The view model: everything a view of the map shows, derived once from (data, measure, year,
// mode). The map's colours and patterns, the legend (rows, counts, total), the district
// aggregates, the text alternative, the PNG/CSV exports and the build's first view all read it;
// none of them classifies on its own. Pure and memoised per data index (one per dataset and
// geography), measure and year: a second view of the same choice costs a map lookup.
import type { DataIndex } from './dataIndex';
import {
  classifyAll, districtClassOf, districtShare, legendClasses, shareClasses, NO_DATA, NOT_SUBJECT,
  type ClassKey, type DistrictShare, type LegendClass, type Pattern,
} from './classify';
import { isDistrictClassMeasure, parseMeasure, type MeasureId } from './measures';
import { catalogForYear, catalogsOf } from './catalogs';
import { NTM_STATUSES } from './types';
import { recognitionClassIn } from './recognition';
import { changeBaseYear } from './change';
import { memoPerIndex } from './memo';
import type { TodayIndex } from './crosswalk';
import type { Rollup } from './rollup';

export interface ViewInput {
  measure: MeasureId;
  year: number;
  /** Colour districts by the share of their xã meeting the measure, instead of communes. */
  districtMode: boolean;
}

/** How one unit or district is drawn. */
export interface ClassStyle {
  key: ClassKey;
  color: string;
  pattern: Pattern;
}

export interface LegendRow extends ClassStyle {
  /** Units (or, in district mode, districts) in this class. */
  count: number;
}

export interface DistrictView extends ClassStyle {
  share: DistrictShare;
}

export interface Legend {
  /** What the rows count: commune-level units, or districts in district mode. */
  scope: 'units' | 'districts';
  rows: readonly LegendRow[];
  /** Sum of the rows' counts (every unit or district is in exactly one class). */
  total: number;
}

export interface MapViewModel {
  input: ViewInput;
  /** Every unit of the geography, by GSO code. */
  units: ReadonlyMap<string, ClassStyle>;
  /** Every district, by code, with its share of xã meeting the measure. */
  districts: ReadonlyMap<string, DistrictView>;
  unitLegend: Legend;
  districtLegend: Legend;
  /** The legend of the chosen mode (unitLegend or districtLegend). */
  legend: Legend;
  /** Which geography the units are: '2020' (the plan's 142, by GSO code) or '2025' (today's 124). */
  geography: '2020' | '2025';
  /** Today's map only: each unit's roll-up of the former units' results (src/domain/rollup.ts). */
  rollups?: ReadonlyMap<string, Rollup>;
  /** The 'change' measure: the year the change is measured from (null: no earlier year). */
  fromYear?: number | null;
}

/** District share classes in legend order (the share bins, then no data and not subject). */
export function districtLegendClasses(): LegendClass[] {
  return shareClasses().map((c) => ({ key: c.key, color: c.color, pattern: c.key === NO_DATA ? 'hatch' : 'none' }));
}

export function legendOf(scope: Legend['scope'], classes: readonly LegendClass[], keys: Iterable<ClassKey>): Legend {
  const counts = new Map<ClassKey, number>(classes.map((c) => [c.key, 0]));
  let total = 0;
  for (const k of keys) {
    counts.set(k, (counts.get(k) ?? 0) + 1);
    total++;
  }
  const rows: LegendRow[] = classes.map((c) => ({ ...c, count: counts.get(c.key) ?? 0 }));
  // A class outside the measure's legend would be a classification bug: show it rather than
  // silently losing units from the counts.
  for (const [k, n] of counts) if (!classes.some((c) => c.key === k)) rows.push({ key: k, color: FALLBACK_COLOR, pattern: 'none', count: n });
  return { scope, rows, total };
}

/** Drawn for a class the legend does not know (never expected; visible if it happens). */
export const FALLBACK_COLOR = '#d9d9d9';

export type Core = Omit<MapViewModel, 'input' | 'legend' | 'geography' | 'rollups'> & Partial<Pick<MapViewModel, 'rollups'>>;
interface Entry {
  core: Core;
  /** The view model per mode (index 0: communes, 1: districts), made on first use. */
  byMode: [MapViewModel?, MapViewModel?];
}
const entries = memoPerIndex<Entry>();

function entry(idx: DataIndex, measure: MeasureId, year: number): Entry {
  return entries(idx, `${measure}|${year}`, () => ({ core: buildCore(idx, measure, year), byMode: [] }));
}

/** The status legend lists the statuses of the year's catalog only (2026–2030: no nâng cao, no kiểu mẫu). */
export function statusClassesOfYear(idx: DataIndex, measure: MeasureId, year: number, all: LegendClass[]): LegendClass[] {
  if (parseMeasure(measure).kind !== 'status') return all;
  const statuses = catalogForYear(catalogsOf(idx.ds), year)?.statuses;
  if (!statuses) return all;
  return all.filter((c) => !(NTM_STATUSES as readonly string[]).includes(c.key) || (statuses as readonly string[]).includes(c.key));
}

function buildCore(idx: DataIndex, measure: MeasureId, year: number): Core {
  const classes = classifyAll(idx, measure, year);
  const unitClasses = statusClassesOfYear(idx, measure, year, legendClasses(measure));
  const styleOf = new Map(unitClasses.map((c) => [c.key, c]));
  const units = new Map<string, ClassStyle>();
  for (const [gso, k] of classes) units.set(gso, styleOf.get(k) ?? { key: k, color: FALLBACK_COLOR, pattern: 'none' });

  // Recognition colours a district by its own class (issue 15), every other measure by its share.
  const own = isDistrictClassMeasure(measure);
  const dClasses = own ? unitClasses.filter((c) => c.key !== NO_DATA && c.key !== NOT_SUBJECT) : districtLegendClasses();
  const dStyle = new Map(dClasses.map((c) => [c.key, c]));
  const districts = new Map<string, DistrictView>();
  for (const d of idx.districts) {
    const share = districtShare(idx, d.code, measure, year);
    const k = own ? recognitionClassIn(d, year) : districtClassOf(share);
    districts.set(d.code, { ...(dStyle.get(k) ?? { key: k, color: FALLBACK_COLOR, pattern: 'none' }), share });
  }

  return {
    ...(measure === 'change' ? { fromYear: changeBaseYear(idx, year) } : {}),
    units,
    districts,
    unitLegend: legendOf('units', unitClasses, classes.values()),
    districtLegend: legendOf('districts', dClasses, [...districts.values()].map((d) => d.key)),
  };
}

/** Today's map (124 units) is built by src/domain/todayViewModel.ts, which registers itself
 *  here when today's files are loaded (its code is not part of the first view). */
type TodayCoreBuilder = (idx: DataIndex, today: TodayIndex, year: number, measure: MeasureId) => Core;
let todayCoreBuilder: TodayCoreBuilder | null = null;
export function registerTodayViewModel(build: TodayCoreBuilder): void {
  todayCoreBuilder = build;
}

// Per (old dataset index, today's geography): both change the roll-up.
const todayEntries = new WeakMap<DataIndex, WeakMap<TodayIndex, Map<string, MapViewModel>>>();

/**
 * The view model of a choice. Same inputs, same object (callers may compare by identity).
 * With `today` (today's geography), the units are the 124 and the measure is the roll-up of the
 * 2021–2025 results (no district mode: there is no district level since 1/7/2025).
 */
export function mapViewModel(idx: DataIndex, input: ViewInput, today?: TodayIndex | null): MapViewModel {
  if (today) {
    let perIdx = todayEntries.get(idx);
    if (!perIdx) todayEntries.set(idx, (perIdx = new WeakMap()));
    let byYear = perIdx.get(today);
    if (!byYear) perIdx.set(today, (byYear = new Map()));
    const key = `${input.measure}|${input.year}`;
    let vm = byYear.get(key);
    if (!vm) {
      if (!todayCoreBuilder) throw new Error("today's view model is not loaded (import src/domain/todayViewModel)");
      const core = todayCoreBuilder(idx, today, input.year, input.measure);
      vm = { ...core, input: { measure: input.measure, year: input.year, districtMode: false }, legend: core.unitLegend, geography: '2025' };
      byYear.set(key, vm);
    }
    return vm;
  }
  const e = entry(idx, input.measure, input.year);
  const mode = input.districtMode ? 1 : 0;
  return (e.byMode[mode] ??= {
    ...e.core,
    input: { measure: input.measure, year: input.year, districtMode: input.districtMode },
    legend: input.districtMode ? e.core.districtLegend : e.core.unitLegend,
    geography: '2020',
  });
}

/** A unit's class in a view model (no_data for a code the geography does not have). */
export function unitClass(vm: MapViewModel, gso: string): ClassKey {
  return vm.units.get(gso)?.key ?? NO_DATA;
}

export { NO_DATA, NOT_SUBJECT };
