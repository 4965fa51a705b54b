// The geography shown: the wish (store.geography) when it holds for the year, else the year's
// default (ntm.json `geographies`, from data/geographies.json; never hard-coded).
import { geographiesForYear, geographyFor } from '../domain/geographies';
import type { GeographySummary } from '../domain/todayTypes';
import type { NtmDataset } from '../domain/types';
import { useApp, type GeographyId } from './store';

export function effectiveGeography(data: NtmDataset | null, year: number, wish: GeographyId | null): GeographyId {
  const g = data?.geographies ? geographyFor(data.geographies, year, wish) : null;
  return g?.id === '2025' ? '2025' : '2020';
}

export function useGeography(): GeographyId {
  const data = useApp((s) => s.data);
  const year = useApp((s) => s.year);
  const wish = useApp((s) => s.geography);
  return effectiveGeography(data, year, wish);
}

/** The geographies the year can be read on (the control is shown when there are two). */
export function useGeographiesForYear(): GeographySummary[] {
  const data = useApp((s) => s.data);
  const year = useApp((s) => s.year);
  return data?.geographies ? geographiesForYear(data.geographies, year) : [];
}
