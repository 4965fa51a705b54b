// The view model of today's map (issue 13): every one of the 124 units classed by the roll-up of
// its former units' results (src/domain/rollup.ts), and a legend that sums to 124. Registered
// into mapViewModel on import: the app imports it with today's files (src/state/todayLoader.ts).
import type { DataIndex } from './dataIndex';
import type { TodayIndex } from './crosswalk';
import { rollupLegendClasses, rollupOf, type Rollup } from './rollup';
import { FALLBACK_COLOR, legendOf, registerTodayViewModel, type ClassStyle, type Core } from './viewModel';

export function buildTodayCore(idx: DataIndex, today: TodayIndex, year: number): Core {
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
