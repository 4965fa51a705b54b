// App intent lives here (measure, year, selection, locale, modes); camera frames live in MapLibre.
import { create } from 'zustand';
import type { NtmDataset } from '../domain/types';
import type { MeasureId } from '../domain/measures';
import { measureForYear } from '../domain/catalogs';
import type { Locale } from '../i18n/locale';

/** `today`: one of today's 124 units (issue 13). Its own kind, because codes are REUSED between
 *  old and new units: a view that only knows the 2020–2024 units (kind `commune`) never reads it. */
export type Selection = { kind: 'commune'; gso: string } | { kind: 'district'; code: string } | { kind: 'today'; code: string } | null;
/** A geography id of ntm.json `geographies` ('2020': the plan's 142 units, '2025': today's 124). */
export type GeographyId = '2020' | '2025';
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
  /** The geography asked for (the URL's `geo`, the geography control); null: the year's default.
   *  The one shown is useGeography() (src/state/useGeography.ts): the wish when it holds for the year. */
  geography: GeographyId | null;
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
  /** Switch geography: a selection of the other geography's units is dropped (codes are reused). */
  setGeography: (g: GeographyId | null) => void;
}

export const DEFAULTS = {
  measure: 'status' as MeasureId,
  year: 2025,
  districtMode: false,
  locale: 'vi' as Locale,
  basemap: false,
  view: 'map' as MainView,
  geography: null as GeographyId | null,
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
  setGeography: (geography) =>
    set((s) => {
      const today = geography === '2025';
      const keep = s.selection === null || (s.selection.kind === 'today') === today;
      return { geography, selection: keep ? s.selection : null, hovered: null, districtMode: today ? false : s.districtMode };
    }),
}));

// Keep <html lang> in step with the UI language (screen readers choose the voice from it).
if (typeof document !== 'undefined') {
  document.documentElement.lang = useApp.getState().locale;
  useApp.subscribe((s, prev) => {
    if (s.locale !== prev.locale) document.documentElement.lang = s.locale;
  });
}
