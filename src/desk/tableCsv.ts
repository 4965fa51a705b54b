// The results table as CSV, in the columns of data/attainment.csv: the normalised copy the desk
// hands back (valid rows, codes and official names, NFC) to keep in data/, and the CSV template.
// Reading it back with the build's validator gives the same rows (test/unit/desk/publish.test.ts).
import Papa from 'papaparse';
import { ATTAINMENT_COLUMNS, CRITERIA_COLUMNS, INDICATOR_COLUMNS } from '../../scripts/lib/validate';
import type { AttainmentRow, NtmDataset } from '../domain/types';
import { tableSlots } from './slots';

const BOM = '\uFEFF';
const bool = (v: boolean | null | undefined): string => (v === true ? '1' : v === false ? '0' : '');

/** One row's cells in ATTAINMENT_COLUMNS order. */
function cells(r: AttainmentRow, district: string, commune: string): string[] {
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
  CRITERIA_COLUMNS.forEach((c, i) => (byCol[c] = bool(r.criteria[i])));
  for (const [c, id] of Object.entries(INDICATOR_COLUMNS)) byCol[c] = bool(r.indicators[id]);
  return ATTAINMENT_COLUMNS.map((c) => byCol[c] ?? '');
}

function csvText(rows: string[][]): string {
  // Plain data for the build (not the public export): no formula guard, since an apostrophe would
  // change the text; UTF-8 with BOM and CRLF so Excel opens it as it saved it.
  return BOM + Papa.unparse({ fields: [...ATTAINMENT_COLUMNS], data: rows }, { newline: '\r\n' }) + '\r\n';
}

/** The valid rows as data/attainment.csv would hold them. */
export function tableCsv(rows: readonly AttainmentRow[], ds: NtmDataset): string {
  const units = new Map(ds.units.map((u) => [u.gso, u]));
  const districts = new Map(ds.districts.map((d) => [d.code, d.name]));
  return csvText(
    rows.map((r) => {
      const u = units.get(r.gso);
      return cells(r, u ? districts.get(u.districtCode) ?? '' : '', u?.name ?? '');
    }),
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
