// App intent lives here (measure, year, selection, locale, modes); camera frames live in MapLibre.
import { create } from 'zustand';
import type { NtmDataset } from '../domain/types';
import type { MeasureId } from '../domain/measures';
import { measureForYear } from '../domain/catalogs';
import type { Locale } from '../i18n/locale';

export type Selection = { kind: 'commune'; gso: string } | { kind: 'district'; code: string } | null;
export type { Locale };
export type LoadReason = 'network' | 'http' | 'parse' | 'shape' | 'timeout' | 'unknown';
/** A failed load says which file failed and why (the error screen explains it in words). */
export type LoadState =
  | { kind: 'loading' }
  | { kind: 'ready' }
  | { kind: 'error'; message: string; file?: string; reason?: LoadReason };
/** Main column: the map, the data table, or the leaders' view (map kept on top, compact). */
export type MainView = 'map' | 'table' | 'leaders';

export interface AppState {
  data: NtmDataset | null;
  load: LoadState;
  measure: MeasureId;
  year: number;
  selection: Selection;
  districtMode: boolean;
  locale: Locale;
  basemap: boolean;
  view: MainView;
  /** GSO code or district code under the pointer (for the tooltip), never persisted. */
  hovered: Selection;
  setData: (data: NtmDataset) => void;
  setLoad: (load: LoadState) => void;
  setMeasure: (m: MeasureId) => void;
  setYear: (y: number) => void;
  select: (s: Selection) => void;
  setDistrictMode: (on: boolean) => void;
  setLocale: (l: Locale) => void;
  setBasemap: (on: boolean) => void;
  setView: (v: MainView) => void;
  setHovered: (s: Selection) => void;
}

export const DEFAULTS = {
  measure: 'status' as MeasureId,
  year: 2025,
  districtMode: false,
  locale: 'vi' as Locale,
  basemap: false,
  view: 'map' as MainView,
};

export const useApp = create<AppState>()((set) => ({
  data: null,
  load: { kind: 'loading' },
  ...DEFAULTS,
  selection: null,
  hovered: null,
  setData: (data) => set({ data, load: { kind: 'ready' } }),
  setLoad: (load) => set({ load }),
  setMeasure: (measure) => set({ measure }),
  // A year of another catalog keeps the measure only if that catalog has it (c8 → status in 2026).
  setYear: (year) => set((s) => ({ year, measure: s.data ? measureForYear(s.data, s.measure, year) : s.measure })),
  select: (selection) => set({ selection }),
  setDistrictMode: (districtMode) => set({ districtMode }),
  setLocale: (locale) => set({ locale }),
  setBasemap: (basemap) => set({ basemap }),
  setView: (view) => set({ view }),
  setHovered: (hovered) => set({ hovered }),
}));

// Keep <html lang> in step with the UI language (screen readers choose the voice from it).
if (typeof document !== 'undefined') {
  document.documentElement.lang = useApp.getState().locale;
  useApp.subscribe((s, prev) => {
    if (s.locale !== prev.locale) document.documentElement.lang = s.locale;
  });
}
