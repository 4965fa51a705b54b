// The district × criterion grid of the leaders' view: one row per district (and the province),
// one column per criterion of the commune set, per indicator and per cumulative status tier;
// each cell the share of xã meeting it. Criterion and indicator cells are the district shares of
// the district-mode view model (the same numbers the district map colours), tier cells come from
// the same status pass (tiers.ts). Columns come from the dataset's criteria set, never a constant.
import { NO_DATA, shareClassOf, type ClassKey } from './classify';
import type { DataIndex } from './dataIndex';
import { isMeasureId, type MeasureId } from './measures';
import { tierCounts, TIERS, type Tier } from './tiers';
import { INDICATOR_IDS, type IndicatorId } from './types';
import { mapViewModel } from './viewModel';

export type GridColumn =
  | { id: string; kind: 'criterion'; no: number; measure: MeasureId }
  | { id: string; kind: 'indicator'; indicator: IndicatorId; measure: MeasureId }
  | { id: string; kind: 'tier'; tier: Tier; measure: MeasureId };

export interface GridCell {
  met: number;
  /** xã with data for this column (met + not met). */
  known: number;
  /** xã without data. */
  noData: number;
  /** met / known, 0..1; null when no xã has data or the district has no xã. */
  share: number | null;
  /** Heat class: a share bin, or no_data. */
  heat: ClassKey;
}

export interface GridRow {
  /** District code, or null for the province row. */
  code: string | null;
  /** xã of the district (or province). */
  xa: number;
  cells: Record<string, GridCell>;
}

export interface DistrictGrid {
  year: number;
  columns: GridColumn[];
  districts: GridRow[];
  province: GridRow;
}

/** Criterion numbers of the commune NTM set; without a catalog, those the rows carry. */
function criterionNumbers(idx: DataIndex): number[] {
  const set = idx.criteriaSet('commune_ntm');
  if (set?.criteria.length) return set.criteria.map((c) => c.no);
  const n = Math.max(0, ...idx.ds.attainment.map((r) => r.criteria.length));
  return Array.from({ length: n }, (_, i) => i + 1);
}

/** The grid's columns: criteria of the commune NTM set, its indicators, the cumulative tiers. */
export function gridColumns(idx: DataIndex): GridColumn[] {
  const criteria: GridColumn[] = criterionNumbers(idx)
    .map((no) => ({ id: `c${no}`, kind: 'criterion' as const, no, measure: `c${no}` as MeasureId }))
    .filter((c) => isMeasureId(c.measure));
  const indicators: GridColumn[] = INDICATOR_IDS
    .map((id) => ({ id: `i${id}`, kind: 'indicator' as const, indicator: id, measure: `i${id}` as MeasureId }))
    .filter((c) => isMeasureId(c.measure));
  const tiers: GridColumn[] = TIERS.map((t) => ({ id: t, kind: 'tier' as const, tier: t, measure: 'status' as MeasureId }));
  return [...criteria, ...indicators, ...tiers];
}

function cell(met: number, known: number, noData: number): GridCell {
  const share = known ? met / known : null;
  return { met, known, noData, share, heat: share === null ? NO_DATA : shareClassOf(share) };
}

/** The grid for a year. Memoised through the view model (one classification per measure and year). */
export function districtGrid(idx: DataIndex, year: number): DistrictGrid {
  const columns = gridColumns(idx);
  const districts: GridRow[] = idx.districts.map((d) => ({ code: d.code, xa: 0, cells: {} }));
  const province: GridRow = { code: null, xa: 0, cells: {} };
  for (const col of columns) {
    let pm = 0;
    let pk = 0;
    let pn = 0;
    districts.forEach((row) => {
      let met: number;
      let known: number;
      let noData: number;
      if (col.kind === 'tier') {
        const t = tierCounts(idx, year, row.code);
        met = t.tiers[col.tier];
        known = t.known;
        noData = t.noData;
      } else {
        const s = mapViewModel(idx, { measure: col.measure, year, districtMode: true }).districts.get(row.code!)!.share;
        met = s.met;
        known = s.met + s.notMet;
        noData = s.noData;
      }
      row.xa = known + noData;
      row.cells[col.id] = cell(met, known, noData);
      pm += met;
      pk += known;
      pn += noData;
    });
    province.cells[col.id] = cell(pm, pk, pn);
    province.xa = pk + pn;
  }
  return { year, columns, districts, province };
}
