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
import { isDistrictClassMeasure, type MeasureId } from './measures';
import { recognitionClassIn } from './recognition';
import { changeBaseYear } from './change';
import { memoPerIndex } from './memo';

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
  /** The 'change' measure: the year the change is measured from (null: no earlier year). */
  fromYear?: number | null;
}

/** District share classes in legend order (the share bins, then no data and not subject). */
export function districtLegendClasses(): LegendClass[] {
  return shareClasses().map((c) => ({ key: c.key, color: c.color, pattern: c.key === NO_DATA ? 'hatch' : 'none' }));
}

function legendOf(scope: Legend['scope'], classes: readonly LegendClass[], keys: Iterable<ClassKey>): Legend {
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

type Core = Omit<MapViewModel, 'input' | 'legend'>;
interface Entry {
  core: Core;
  /** The view model per mode (index 0: communes, 1: districts), made on first use. */
  byMode: [MapViewModel?, MapViewModel?];
}
const entries = memoPerIndex<Entry>();

function entry(idx: DataIndex, measure: MeasureId, year: number): Entry {
  return entries(idx, `${measure}|${year}`, () => ({ core: buildCore(idx, measure, year), byMode: [] }));
}

function buildCore(idx: DataIndex, measure: MeasureId, year: number): Core {
  const classes = classifyAll(idx, measure, year);
  const unitClasses = legendClasses(measure);
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

/** The view model of a choice. Same inputs, same object (callers may compare by identity). */
export function mapViewModel(idx: DataIndex, input: ViewInput): MapViewModel {
  const e = entry(idx, input.measure, input.year);
  const mode = input.districtMode ? 1 : 0;
  return (e.byMode[mode] ??= {
    ...e.core,
    input: { measure: input.measure, year: input.year, districtMode: input.districtMode },
    legend: input.districtMode ? e.core.districtLegend : e.core.unitLegend,
  });
}

/** A unit's class in a view model (no_data for a code the geography does not have). */
export function unitClass(vm: MapViewModel, gso: string): ClassKey {
  return vm.units.get(gso)?.key ?? NO_DATA;
}

export { NO_DATA, NOT_SUBJECT };
