// CSV of the current view and of the full attainment table (see README.md for the columns).
// Loaded with import() from the export bar: papaparse stays out of the main bundle.
// UTF-8 with BOM (Excel otherwise misreads the diacritics), header row, CRLF, RFC 4180 quoting
// (Papa.unparse), and formula-injection safe: a text cell starting with = + - @ TAB or CR gets a
// leading apostrophe, so a spreadsheet shows it as text instead of running it.
import Papa from 'papaparse';
import { criteriaMetRange, NO_DATA } from '../domain/classify';
import { mapViewModel } from '../domain/viewModel';
import type { DataIndex } from '../domain/dataIndex';
import { criterionMeasure, parseMeasure, type MeasureId } from '../domain/measures';
import { catalogsOf } from '../domain/catalogs';
import { CRITERIA_COUNT, INDICATOR_IDS, type AttainmentRow, type UnitInfo } from '../domain/types';
// The plain-function parts of i18n, not its index (which brings the React hooks): the build
// writes the published CSV with this module too (scripts/lib/publish.ts).
import {
  classLabel, districtName, measureLabel, shareClassLabel, statusLabel, unitName, unitTypeLabel,
} from '../i18n/labels';
import { translate } from '../i18n/translate';
import type { Locale } from '../i18n/locale';

export { exportFileName, ATTAINMENT_FILE_NAME } from './fileNames';

export type Cell = string | number | null;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as written: numbers as is, null empty, text that a spreadsheet would evaluate quoted out. */
export function safeCell(v: Cell | boolean | undefined): string | number {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  return FORMULA_START.test(v) ? `'${v}` : v;
}

/** BOM + header + rows, CRLF, quoted where RFC 4180 needs it. */
export function toCsv(header: readonly string[], rows: readonly (readonly (Cell | boolean | undefined)[])[]): string {
  return (
    BOM +
    Papa.unparse(
      { fields: header.map((h) => String(safeCell(h))), data: rows.map((r) => r.map(safeCell)) },
      { newline: '\r\n', quotes: false, escapeFormulae: false },
    ) +
    '\r\n'
  );
}

function bool(v: boolean | null | undefined): Cell {
  return v === true ? 1 : v === false ? 0 : null;
}

function sourceOf(idx: DataIndex, row: AttainmentRow | undefined, locale: Locale): string {
  if (row && row.source && row.source !== 'illustrative') return row.source;
  if (row?.source === 'illustrative' || idx.ds.meta.illustrative) return translate(locale, 'source.illustrative');
  return idx.ds.meta.attainmentSource.label;
}

function sortedUnits(idx: DataIndex): UnitInfo[] {
  const order = new Map(idx.districts.map((d, i) => [d.code, i]));
  return [...idx.units].sort(
    (a, b) => (order.get(a.districtCode) ?? 99) - (order.get(b.districtCode) ?? 99) || a.name.localeCompare(b.name, 'vi', { numeric: true }),
  );
}

export const VIEW_HEADER = [
  'gso_code', 'district', 'commune', 'unit_type', 'year', 'measure', 'measure_label', 'class', 'class_label',
  'status', 'criteria_met', 'value', 'source', 'data_date',
] as const;

/** The value of the measure for one unit: 1/0 for a criterion or indicator, the status or model
 *  key, or the number of criteria met; empty when there is no data or it does not apply. */
function valueOf(measure: MeasureId, key: string, row: AttainmentRow | undefined): Cell {
  const p = parseMeasure(measure);
  if (key === 'no_data' || key === 'not_subject') return null;
  switch (p.kind) {
    case 'criterion':
    case 'indicator':
      return key === 'met' ? 1 : key === 'not_met' ? 0 : null;
    case 'status':
      return key;
    case 'pilot':
      return key === 'not_pilot' ? null : key;
    case 'recognition':
    case 'change':
      return key;
    case 'count': {
      if (!row) return null;
      const r = criteriaMetRange(row);
      return r.unknown ? null : r.min;
    }
  }
}

/** One row per commune-level unit: the data behind the map for a measure and year. */
export function viewRows(idx: DataIndex, measure: MeasureId, year: number, locale: Locale): Cell[][] {
  const sets = idx.ds.criteriaSets;
  const mLabel = measureLabel(measure, sets, locale);
  const vm = mapViewModel(idx, { measure, year, districtMode: false });
  return sortedUnits(idx).map((u) => {
    const d = idx.district(u.districtCode);
    const row = u.type === 'xa' ? idx.row(u.gso, year) : undefined;
    const key = vm.units.get(u.gso)?.key ?? NO_DATA;
    const met = row ? criteriaMetRange(row) : null;
    return [
      u.gso,
      d ? districtName(d, locale) : u.districtCode,
      unitName(u, locale),
      unitTypeLabel(u.type, locale),
      year,
      measure,
      mLabel,
      key,
      classLabel(measure, key, locale),
      u.type !== 'xa' ? translate(locale, 'class.not_subject') : row ? statusLabel(row.status, locale) : translate(locale, 'class.no_data'),
      met ? met.min : null,
      valueOf(measure, key, row),
      sourceOf(idx, row, locale),
      idx.ds.meta.dataDate,
    ];
  });
}

export const DISTRICT_HEADER = [
  'district_code', 'district', 'year', 'measure', 'measure_label', 'class', 'class_label',
  'xa_total', 'xa_met', 'xa_not_met', 'xa_no_data', 'share_met', 'source', 'data_date',
] as const;

/** District mode: one row per district with the share of its xã meeting the measure. */
export function districtRows(idx: DataIndex, measure: MeasureId, year: number, locale: Locale): Cell[][] {
  const mLabel = measureLabel(measure, idx.ds.criteriaSets, locale);
  const vm = mapViewModel(idx, { measure, year, districtMode: true });
  return idx.districts.map((d) => {
    const { share: s, key } = vm.districts.get(d.code)!;
    return [
      d.code, districtName(d, locale), year, measure, mLabel, key, shareClassLabel(key, locale),
      s.total, s.met, s.notMet, s.noData, s.share === null ? null : Math.round(s.share * 10000) / 10000,
      sourceOf(idx, undefined, locale), idx.ds.meta.dataDate,
    ];
  });
}

export const ATTAINMENT_HEADER = [
  'gso_code', 'district', 'commune', 'year', 'status', 'status_label', 'criteria_met',
  ...Array.from({ length: CRITERIA_COUNT }, (_, i) => `c${i + 1}`),
  ...INDICATOR_IDS.map((id) => `i${id}`),
  'cooperative', 'online_service', 'online_survey', 'recognition_year', 'decision', 'criteria_set',
  'source', 'note', 'data_date',
] as const;

/** Later catalogs with rows in the data: their criteria get columns of their own (c2026-1…), after c1…c19. */
function laterWithRows(idx: DataIndex) {
  return catalogsOf(idx.ds).slice(1).filter((c) => idx.ds.attainment.some((r) => c.from <= r.year && r.year <= c.to));
}

/** The header of the full table: ATTAINMENT_HEADER, plus c2026-1…c2026-10 once 2026 rows exist. */
export function attainmentHeader(idx: DataIndex): string[] {
  const later = laterWithRows(idx).flatMap((c) => Array.from({ length: c.criteriaCount }, (_, i) => criterionMeasure(i + 1, c.from)));
  const at = ATTAINMENT_HEADER.indexOf(`c${CRITERIA_COUNT}` as (typeof ATTAINMENT_HEADER)[number]) + 1;
  return [...ATTAINMENT_HEADER.slice(0, at), ...later, ...ATTAINMENT_HEADER.slice(at)];
}

/** The full attainment table: one row per xã per year with data. */
export function attainmentRows(idx: DataIndex, locale: Locale): Cell[][] {
  const out: Cell[][] = [];
  const later = laterWithRows(idx);
  for (const u of sortedUnits(idx)) {
    const d = idx.district(u.districtCode);
    for (const r of idx.rowsOf(u.gso)) {
      out.push([
        u.gso,
        d ? districtName(d, locale) : u.districtCode,
        unitName(u, locale),
        r.year,
        r.status,
        statusLabel(r.status, locale),
        criteriaMetRange(r).min,
        // Each row fills the columns of its own catalog: a 2026 row never lands in c1…c19.
        ...Array.from({ length: CRITERIA_COUNT }, (_, i) => (r.year < (later[0]?.from ?? Infinity) ? bool(r.criteria[i]) : null)),
        ...later.flatMap((c) => Array.from({ length: c.criteriaCount }, (_, i) => (c.from <= r.year && r.year <= c.to ? bool(r.criteria[i]) : null))),
        ...INDICATOR_IDS.map((id) => bool(r.indicators?.[id])),
        bool(r.cooperative), bool(r.onlineService), bool(r.onlineSurvey),
        r.recognitionYear, r.decision, r.criteriaSet,
        sourceOf(idx, r, locale), r.note, idx.ds.meta.dataDate,
      ]);
    }
  }
  return out;
}

export interface ViewCsvOptions {
  measure: MeasureId;
  year: number;
  districtMode: boolean;
  locale: Locale;
}

export function viewCsv(idx: DataIndex, o: ViewCsvOptions): string {
  return o.districtMode
    ? toCsv(DISTRICT_HEADER, districtRows(idx, o.measure, o.year, o.locale))
    : toCsv(VIEW_HEADER, viewRows(idx, o.measure, o.year, o.locale));
}

export function attainmentCsv(idx: DataIndex, locale: Locale): string {
  return toCsv(attainmentHeader(idx), attainmentRows(idx, locale));
}

