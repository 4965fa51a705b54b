// The view model of the current choice (src/domain/viewModel.ts), for components. Memoised in the
// domain, so every component that asks gets the same object for the same choice.
import { mapViewModel, type MapViewModel } from '../domain/viewModel';
import { useApp } from './store';
import { useIndex } from './useIndex';

export function useViewModel(): MapViewModel | null {
  const idx = useIndex();
  const measure = useApp((s) => s.measure);
  const year = useApp((s) => s.year);
  const districtMode = useApp((s) => s.districtMode);
  return idx ? mapViewModel(idx, { measure, year, districtMode }) : null;
}
