// Year logic. The data has one row per xã per year; a missing year is "no data", never a
// carried-forward status (see classify.ts). These helpers only pick which year to show.
import type { DataIndex } from './dataIndex';
import type { AttainmentRow, NtmDataset } from './types';

/** Years with data, ascending and unique: meta.years, else the years of the rows. */
export function availableYears(ds: NtmDataset): number[] {
  const meta = (ds.meta.years ?? []).filter((y) => Number.isInteger(y));
  const src = meta.length ? meta : ds.attainment.map((r) => r.year);
  return [...new Set(src)].sort((a, b) => a - b);
}

export function latestYear(years: readonly number[]): number | null {
  return years.length ? years[years.length - 1] : null;
}

/** The available year nearest to `y` (ties go to the later year); `y` itself when no years. */
export function clampYear(years: readonly number[], y: number): number {
  if (!years.length) return y;
  if (!Number.isFinite(y)) return years[years.length - 1];
  let best = years[0];
  for (const c of years) if (Math.abs(c - y) <= Math.abs(best - y)) best = c;
  return best;
}

/** The available year before `y`, or null. */
export function previousYear(years: readonly number[], y: number): number | null {
  let prev: number | null = null;
  for (const c of years) if (c < y) prev = c;
  return prev;
}

/** The available year after `y`, or null. */
export function nextYear(years: readonly number[], y: number): number | null {
  for (const c of years) if (c > y) return c;
  return null;
}

/** The row of the latest year strictly before `year` that has data (for "previous year" context). */
export function previousRow(idx: DataIndex, gso: string, year: number): AttainmentRow | undefined {
  const rows = idx.rowsOf(gso);
  for (let i = rows.length - 1; i >= 0; i--) if (rows[i].year < year) return rows[i];
  return undefined;
}
