// The view model of today's map (issue 13): every one of the 124 units classed by the roll-up of
// its former units' results (src/domain/rollup.ts) while the old units' results are what a year
// has (2021–2025), by today's own rows and the year's catalog after that (2026 on: the measure
// picker's measure); a legend that sums to 124 either way. Registered
// into mapViewModel on import: the app imports it with today's files (src/state/todayLoader.ts).
import type { DataIndex } from './dataIndex';
import type { TodayIndex } from './crosswalk';
import { rollupLegendClasses, rollupOf, type Rollup } from './rollup';
import { classifyTodayUnit, legendClasses } from './classify';
import { isRollupYear } from './geographies';
import type { MeasureId } from './measures';
import { FALLBACK_COLOR, legendOf, registerTodayViewModel, statusClassesOfYear, type ClassStyle, type Core } from './viewModel';

function rowsCore(idx: DataIndex, today: TodayIndex, year: number, measure: MeasureId): Core {
  const classes = statusClassesOfYear(idx, measure, year, legendClasses(measure));
  const styleOf = new Map(classes.map((c) => [c.key, c]));
  const units = new Map<string, ClassStyle>();
  for (const u of today.units) {
    const k = classifyTodayUnit(idx, u.code, u.type, measure, year);
    units.set(u.code, styleOf.get(k) ?? { key: k, color: FALLBACK_COLOR, pattern: 'none' });
  }
  const unitLegend = legendOf('units', classes, [...units.values()].map((s) => s.key));
  return { units, districts: new Map(), unitLegend, districtLegend: { scope: 'districts', rows: [], total: 0 } };
}

export function buildTodayCore(idx: DataIndex, today: TodayIndex, year: number, measure: MeasureId): Core {
  if (!isRollupYear(idx.ds.geographies ?? [], year)) return rowsCore(idx, today, year, measure);
  const classes = rollupLegendClasses();
  const styleOf = new Map(classes.map((c) => [c.key, c]));
  const units = new Map<string, ClassStyle>();
  const rollups = new Map<string, Rollup>();
  for (const u of today.units) {
    const r = rollupOf(idx, today, u.code, year);
    rollups.set(u.code, r);
    units.set(u.code, styleOf.get(r.cls) ?? { key: r.cls, color: FALLBACK_COLOR, pattern: 'none' });
  }
  const unitLegend = legendOf('units', classes, [...units.values()].map((s) => s.key));
  return { units, districts: new Map(), unitLegend, districtLegend: { scope: 'districts', rows: [], total: 0 }, rollups };
}

registerTodayViewModel(buildTodayCore);
