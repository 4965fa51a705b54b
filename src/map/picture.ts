// What the map paints for a view model: a colour and a pattern per commune, a colour per district,
// and which of the two is shown. Derived from the view model only (no classification here).
import type { MapViewModel } from '../domain/viewModel';
import type { PatternName } from './patterns';

export interface MapPicture {
  colors: ReadonlyMap<string, string>;
  patterns: ReadonlyMap<string, PatternName | 'none'>;
  districtColors: ReadonlyMap<string, string>;
  districtMode: boolean;
}

const pictures = new WeakMap<MapViewModel, MapPicture>();

/** The picture of a view model (memoised: the same view model gives the same object). */
export function pictureOf(vm: MapViewModel): MapPicture {
  let p = pictures.get(vm);
  if (!p) {
    const colors = new Map<string, string>();
    const patterns = new Map<string, PatternName | 'none'>();
    for (const [gso, c] of vm.units) {
      colors.set(gso, c.color);
      patterns.set(gso, c.pattern);
    }
    const districtColors = new Map<string, string>();
    for (const [code, d] of vm.districts) districtColors.set(code, d.color);
    p = { colors, patterns, districtColors, districtMode: vm.input.districtMode };
    pictures.set(vm, p);
  }
  return p;
}
