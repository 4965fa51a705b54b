// What the desk's worker does with a dropped file, as a plain function (unit-tested in Node):
// read it (a CSV's bytes as they are, a workbook's cells through src/desk/xlsx/read.ts), check it
// with the build's own checkTable against the units and published figures of the dataset it is
// to replace, and keep the cells of the lines that have an issue so the page can show each row.
import type { ParsedCsv } from '../../scripts/lib/csv';
import { unitsOf } from '../../scripts/lib/dataset';
import type { YearCounts } from '../../scripts/lib/aggregate';
import { causeIssue, issue, type Issue } from '../../scripts/lib/issues';
import { checkTable } from '../../scripts/lib/table';
import { erasFromJson, type ErasJson } from '../../scripts/lib/codeEras';
import type { AttainmentRow, NtmDataset } from '../domain/types';
import { columnsOf, readWorkbook, type Xlsx } from './xlsx/read';

export type FileKind = 'csv' | 'xlsx';

export interface CheckResult {
  kind: FileKind;
  /** The file's name as it appears in the messages. */
  file: string;
  /** The sheet read (xlsx only). */
  sheet: string | null;
  header: string[];
  /** Column letter of each known column (xlsx; CSV columns are named by their header). */
  columns: Record<string, string>;
  rows: AttainmentRow[];
  issues: Issue[];
  counts: YearCounts[];
  publishedCheck: { year: number; ok: boolean; text: string }[];
  /** Data rows read (blank lines not counted). */
  rowCount: number;
  /** The cells of the lines with an issue (at most MAX_LINES of them), by line number. */
  lines: Record<number, string[]>;
}

/** Lines whose cells the result carries (enough to open any listed issue; the list is capped too). */
export const MAX_LINES = 1000;

const isZip = (b: Uint8Array) => b.length > 3 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOle = (b: Uint8Array) => b.length > 3 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** The file's kind by its bytes (a renamed file is read as what it is). */
export function kindOf(bytes: Uint8Array, name: string): FileKind | 'xls' {
  if (isZip(bytes)) return 'xlsx';
  if (isOle(bytes) || /\.xls$/i.test(name)) return 'xls';
  return 'csv';
}

export type Progress = (phase: 'read' | 'check', done: number, total: number) => void;

export async function checkFile(bytes: Uint8Array, name: string, published: NtmDataset, loadXlsx: () => Promise<Xlsx>, codes: ErasJson | null = null, onProgress: Progress = () => {}): Promise<CheckResult> {
  const kind = kindOf(bytes, name);
  const units = unitsOf(published);
  onProgress('read', 0, 1);
  let content: { bytes: Uint8Array } | { csv: ParsedCsv };
  let sheet: string | null = null;
  const readIssues: Issue[] = [];
  if (kind === 'xls') {
    readIssues.push(causeIssue('encoding', issue('error', name, null, null, 'tệp Excel 97-2003 (.xls): hãy mở trong Excel và lưu lại dạng "Sổ làm việc Excel (*.xlsx)" hoặc "CSV UTF-8".', 'an Excel 97-2003 file (.xls): open it in Excel and save it as "Excel Workbook (*.xlsx)" or "CSV UTF-8".')));
    content = { csv: { header: [], headerLine: 1, rows: [] } };
  } else if (kind === 'xlsx') {
    const wbRead = readWorkbook(bytes, name, await loadXlsx());
    readIssues.push(...wbRead.issues);
    sheet = wbRead.sheet;
    content = wbRead.csv ? { csv: wbRead.csv } : { csv: { header: [], headerLine: 1, rows: [] } };
  } else content = { bytes };
  onProgress('read', 1, 1);
  const unreadable = kind === 'xls' || (kind === 'xlsx' && sheet === null);
  const table = unreadable
    ? { csv: null, rows: [], issues: [], counts: [], publishedCheck: [] }
    : checkTable({ file: name, content, custom: true }, units, published.meta.published, (done, total) => onProgress('check', done, total), {
        eras: codes ? erasFromJson(codes) : null,
        catalogs: published.catalogs,
      });
  const issues = [...readIssues, ...table.issues];
  const csv = table.csv;
  const lines: Record<number, string[]> = {};
  if (csv) {
    const wanted = new Set(issues.map((i) => i.line).filter((l): l is number => l != null));
    for (const r of csv.rows) {
      if (Object.keys(lines).length >= MAX_LINES) break;
      if (wanted.has(r.line)) lines[r.line] = r.fields;
    }
    if (wanted.has(csv.headerLine)) lines[csv.headerLine] = csv.header;
  }
  return {
    kind: kind === 'xls' ? 'xlsx' : kind,
    file: name,
    sheet,
    header: csv?.header ?? [],
    columns: kind === 'xlsx' && csv ? columnsOf(csv.header) : {},
    rows: table.rows,
    issues,
    counts: table.counts,
    publishedCheck: table.publishedCheck,
    rowCount: csv?.rows.length ?? 0,
    lines,
  };
}
