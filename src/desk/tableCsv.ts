// The results table as CSV, in the columns of data/attainment.csv: the normalised copy the desk
// hands back (valid rows, codes and official names, NFC) to keep in data/, and the CSV template.
// Reading it back with the build's validator gives the same rows (test/unit/desk/publish.test.ts).
import Papa from 'papaparse';
import { ATTAINMENT_COLUMNS, CRITERIA_COLUMNS, INDICATOR_COLUMNS } from '../../scripts/lib/validate';
import { catalogColumns, laterCatalogs, templateColumns } from '../../scripts/lib/eraColumns';
import type { CodeEras } from '../../scripts/lib/codeEras';
import { catalogsOf } from '../domain/catalogs';
import type { AttainmentRow, CatalogSummary, NtmDataset } from '../domain/types';
import { tableSlots } from './slots';

const BOM = '\uFEFF';
const bool = (v: boolean | null | undefined): string => (v === true ? '1' : v === false ? '0' : '');

/** One row's cells in the given columns (ATTAINMENT_COLUMNS, plus a later catalog's when the table has its rows). */
function cells(r: AttainmentRow, district: string, commune: string, columns: readonly string[] = ATTAINMENT_COLUMNS, later: readonly CatalogSummary[] = []): string[] {
  const byCol: Record<string, string> = {
    gso: r.gso,
    district,
    commune,
    year: String(r.year),
    status: r.status ?? '',
    cooperative: bool(r.cooperative),
    online_service: bool(r.onlineService),
    online_survey: bool(r.onlineSurvey),
    recognition_year: r.recognitionYear == null ? '' : String(r.recognitionYear),
    decision: r.decision ?? '',
    criteria_set: r.criteriaSet ?? '',
    source: r.source,
    note: r.note ?? '',
  };
  // A row of a later catalog (2026 on) fills that catalog's columns, never tc1…tc19.
  const cat = later.find((c) => c.from <= r.year && r.year <= c.to);
  if (cat) catalogColumns(cat).forEach((c, i) => (byCol[c] = bool(r.criteria[i])));
  else {
    CRITERIA_COLUMNS.forEach((c, i) => (byCol[c] = bool(r.criteria[i])));
    for (const [c, id] of Object.entries(INDICATOR_COLUMNS)) byCol[c] = bool(r.indicators[id]);
  }
  return columns.map((c) => byCol[c] ?? '');
}

function csvText(rows: string[][], fields: readonly string[] = ATTAINMENT_COLUMNS): string {
  // Plain data for the build (not the public export): no formula guard, since an apostrophe would
  // change the text; UTF-8 with BOM and CRLF so Excel opens it as it saved it.
  return BOM + Papa.unparse({ fields: [...fields], data: rows }, { newline: '\r\n' }) + '\r\n';
}

/**
 * The 2026 template (data/attainment-2026-template.csv's columns): one row per xã of today's units
 * (since 1/7/2025) for the catalog's first year, code and name filled in. Null without the code sets.
 */
export function laterTemplateCsv(ds: NtmDataset, eras: CodeEras | null): string | null {
  const cat = laterCatalogs(catalogsOf(ds))[0];
  if (!cat || !eras) return null;
  const columns = templateColumns(cat);
  const xa = [...eras.today.values()].filter((t) => t.type === 'xa').sort((a, b) => a.code.localeCompare(b.code));
  return csvText(xa.map((t) => columns.map((c) => (c === 'gso' ? t.code : c === 'commune' ? t.name : c === 'year' ? String(cat.from) : ''))), columns);
}

/** The valid rows as data/attainment.csv would hold them (with the 2026 columns when the table has 2026 rows). */
export function tableCsv(rows: readonly AttainmentRow[], ds: NtmDataset, eras: CodeEras | null = null): string {
  const units = new Map(ds.units.map((u) => [u.gso, u]));
  const districts = new Map(ds.districts.map((d) => [d.code, d.name]));
  const later = laterCatalogs(catalogsOf(ds)).filter((c) => rows.some((r) => c.from <= r.year && r.year <= c.to));
  const columns = [...ATTAINMENT_COLUMNS.slice(0, -5), ...later.flatMap(catalogColumns), ...ATTAINMENT_COLUMNS.slice(-5)];
  return csvText(
    rows.map((r) => {
      // From 2026 a code is one of today's units (no district); up to 2025 an old one.
      if (later.some((c) => c.from <= r.year && r.year <= c.to)) return cells(r, '', eras?.today.get(r.gso)?.name ?? '', columns, later);
      const u = units.get(r.gso);
      return cells(r, u ? districts.get(u.districtCode) ?? '' : '', u?.name ?? '', columns, later);
    }),
    columns,
  );
}

/** Every xã and year with its code and names, the rest blank (or the published values). */
export function templateCsv(ds: NtmDataset, withValues: boolean): string {
  const byKey = new Map(ds.attainment.map((r) => [`${r.gso}|${r.year}`, r]));
  return csvText(
    tableSlots(ds).map((s) => {
      const r = withValues ? byKey.get(`${s.unit.gso}|${s.year}`) : undefined;
      if (r) return cells(r, s.district, s.unit.name);
      return ATTAINMENT_COLUMNS.map((c) => (c === 'gso' ? s.unit.gso : c === 'district' ? s.district : c === 'commune' ? s.unit.name : c === 'year' ? String(s.year) : ''));
    }),
  );
}
