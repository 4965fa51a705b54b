// Which geography holds for a year: data (ntm.json's `geographies`, from data/geographies.json),
// never hard-coded. 2021–2025: the plan's 142 units; 2025 can also be read on today's 124 units;
// 2026 on: today's units only.
import type { GeographySummary } from './todayTypes';

export type GeographyId = string;

const inRange = (r: { from: number; to: number | null }, year: number) => year >= r.from && (r.to == null || year <= r.to);

/** The geographies a year can be read on, in data order. */
export function geographiesForYear(geos: readonly GeographySummary[], year: number): GeographySummary[] {
  return geos.filter((g) => inRange(g.readable, year));
}

/** The geography shown by default for a year (null when none is defined for it). */
export function defaultGeographyForYear(geos: readonly GeographySummary[], year: number): GeographySummary | null {
  return geos.find((g) => inRange(g.defaultFor, year)) ?? null;
}

/** The geography to show for a year and a wish (a URL's `geo`): the wish when it holds, else the default. */
export function geographyFor(geos: readonly GeographySummary[], year: number, wish: GeographyId | null): GeographySummary | null {
  const ok = geographiesForYear(geos, year);
  return ok.find((g) => g.id === wish) ?? defaultGeographyForYear(geos, year) ?? ok[0] ?? null;
}

/** Are a year's results those of the plan's old units (read on today's map through the crosswalk,
 *  the roll-up), rather than rows on today's codes (2026 on)? True while the old geography holds. */
export function isRollupYear(geos: readonly GeographySummary[], year: number): boolean {
  return geographiesForYear(geos, year).some((g) => g.id === '2020');
}
