// The view model of the current choice (src/domain/viewModel.ts), for components. Memoised in the
// domain, so every component that asks gets the same object for the same choice. On today's
// geography (issue 13) it is null until today's files are loaded.
import { mapViewModel, type MapViewModel } from '../domain/viewModel';
import { useApp } from './store';
import { useIndex } from './useIndex';
import { useGeography } from './useGeography';
import { useToday } from './todayStore';

export function useViewModel(): MapViewModel | null {
  const idx = useIndex();
  const measure = useApp((s) => s.measure);
  const year = useApp((s) => s.year);
  const districtMode = useApp((s) => s.districtMode);
  const geography = useGeography();
  // Today's picture only once its map is there too: drawn on the old map, new codes would colour
  // other units (codes are reused).
  const today = useToday((s) => (s.geo ? s.today : null));
  if (!idx) return null;
  if (geography === '2025') return today ? mapViewModel(idx, { measure, year, districtMode: false }, today) : null;
  return mapViewModel(idx, { measure, year, districtMode });
}
