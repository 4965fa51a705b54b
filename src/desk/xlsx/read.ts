// An .xlsx workbook read into the header and rows the build's validator checks (ParsedCsv), with
// the sheet row as the line number. What the file says is taken as it is, never guessed:
// - a formula cell gives the value Excel saved with it (never evaluated); none saved is an error;
// - an Excel error value (#N/A, #DIV/0!…) is an error naming it;
// - merged cells are an error naming the range (only the first cell of a merge holds a value);
// - hidden sheets are reported and not read; the data sheet is the one visible sheet whose first
//   row is the table header;
// - numbers are written in full ("24943", not "24,943" or "2.49E+04"); a cell formatted as a date
//   gives the date as Excel shows it, so a code turned into a date is reported as such.
// The SheetJS module (@e965/xlsx) is passed in: the worker loads it only for a spreadsheet.
import type * as XLSXModule from '@e965/xlsx';
import type { CellObject, WorkSheet } from '@e965/xlsx';
import type { CsvRow, ParsedCsv } from '../../../scripts/lib/csv';
import { causeIssue, issue, show, type Issue } from '../../../scripts/lib/issues';
import { ATTAINMENT_COLUMNS } from '../../../scripts/lib/validate';
import { colLetter } from './cells';

export type Xlsx = Pick<typeof XLSXModule, 'read' | 'utils' | 'SSF'>;

export interface ReadWorkbook {
  csv: ParsedCsv | null;
  /** The sheet read (null when none could be). */
  sheet: string | null;
  issues: Issue[];
}


const HEADER_HINTS = new Set(['gso', 'status', 'year', 'commune']);

function cellText(c: CellObject | undefined, x: Xlsx): { text: string; problem?: 'error' | 'formula' } {
  if (!c) return { text: '' };
  if (c.f != null && (c.v === undefined || c.t === 'z')) return { text: '', problem: 'formula' };
  switch (c.t) {
    case 's':
      return { text: String(c.v ?? '') };
    case 'n': {
      const v = c.v as number;
      if (c.z != null && x.SSF.is_date(c.z)) return { text: c.w ?? String(v) };
      return { text: Number.isFinite(v) ? String(v) : '' };
    }
    case 'b':
      return { text: c.v ? 'TRUE' : 'FALSE' };
    case 'e':
      return { text: c.w ?? '#ERROR', problem: 'error' };
    case 'd':
      return { text: c.w ?? String(c.v) };
    default:
      return { text: '' };
  }
}

function rowsOf(ws: WorkSheet, x: Xlsx): (CellObject | undefined)[][] {
  const dense = (ws as { '!data'?: (CellObject | undefined)[][] })['!data'];
  if (dense) return dense;
  const ref = ws['!ref'];
  if (!ref) return [];
  const r = x.utils.decode_range(ref);
  const out: (CellObject | undefined)[][] = [];
  for (let row = 0; row <= r.e.r; row++) {
    const cells: (CellObject | undefined)[] = [];
    for (let col = 0; col <= r.e.c; col++) cells.push(ws[x.utils.encode_cell({ r: row, c: col })] as CellObject | undefined);
    out.push(cells);
  }
  return out;
}

function headerRowIndex(rows: (CellObject | undefined)[][], x: Xlsx): number {
  return rows.findIndex((r) => r && r.some((c) => cellText(c, x).text.trim() !== ''));
}

function looksLikeHeader(rows: (CellObject | undefined)[][], x: Xlsx): boolean {
  const i = headerRowIndex(rows, x);
  if (i < 0) return false;
  const names = rows[i]!.map((c) => cellText(c, x).text.trim().toLowerCase());
  return names.filter((n) => HEADER_HINTS.has(n)).length >= 2;
}

export function readWorkbook(bytes: Uint8Array, file: string, x: Xlsx): ReadWorkbook {
  const issues: Issue[] = [];
  let wb;
  try {
    wb = x.read(bytes, { type: 'array', cellFormula: true, cellNF: true, cellDates: false, cellHTML: false, dense: true, sheetStubs: true });
  } catch (e) {
    issues.push(causeIssue('encoding', issue('error', file, null, null, `không đọc được tệp Excel: ${(e as Error).message}. Hãy mở tệp trong Excel và lưu lại dạng "Sổ làm việc Excel (*.xlsx)".`, `cannot read the Excel file: ${(e as Error).message}. Open it in Excel and save it again as "Excel Workbook (*.xlsx)".`)));
    return { csv: null, sheet: null, issues };
  }
  const hidden = new Map((wb.Workbook?.Sheets ?? []).map((s) => [s.name ?? '', (s.Hidden ?? 0) > 0]));
  const candidates: string[] = [];
  const hiddenWithHeader: string[] = [];
  for (const name of wb.SheetNames) {
    const rows = rowsOf(wb.Sheets[name]!, x);
    if (hidden.get(name)) {
      if (looksLikeHeader(rows, x)) hiddenWithHeader.push(name);
      issues.push(causeIssue('sheet', issue('warning', file, null, null, `trang tính "${show(name)}" đang bị ẩn: không đọc (bỏ ẩn trang nếu đó là bảng kết quả).`, `sheet "${show(name)}" is hidden and was not read (unhide it if it holds the results).`)));
      continue;
    }
    if (looksLikeHeader(rows, x)) candidates.push(name);
  }
  if (candidates.length !== 1) {
    const [vi, en] =
      candidates.length > 1
        ? [`có ${candidates.length} trang tính mang tiêu đề bảng kết quả (${candidates.map((n) => `"${show(n)}"`).join(', ')}): chỉ để lại một trang.`, `${candidates.length} sheets have the results header (${candidates.map((n) => `"${show(n)}"`).join(', ')}): keep only one.`]
        : hiddenWithHeader.length > 0
          ? [`bảng kết quả nằm trong trang tính bị ẩn "${show(hiddenWithHeader[0]!)}": hãy bỏ ẩn trang đó.`, `the results are in the hidden sheet "${show(hiddenWithHeader[0]!)}": unhide it.`]
          : ['không có trang tính nào có dòng tiêu đề của bảng kết quả (gso, district, commune, year, status, …): hãy dùng tệp mẫu.', 'no sheet has the results header (gso, district, commune, year, status, …): use the template.'];
    issues.push(causeIssue('sheet', issue('error', file, null, null, vi, en)));
    return { csv: null, sheet: null, issues };
  }
  const sheet = candidates[0]!;
  const ws = wb.Sheets[sheet]!;
  const rows = rowsOf(ws, x);
  const h = headerRowIndex(rows, x);
  const header = rows[h]!.map((c) => cellText(c, x).text.trim());
  while (header.length && header[header.length - 1] === '') header.pop();
  const colName = (c: number) => header[c] || colLetter(c);

  for (const m of ws['!merges'] ?? []) {
    const range = x.utils.encode_range(m);
    issues.push(issue('error', file, m.s.r + 1, colName(m.s.c), `ô gộp ${range}: mỗi dòng cần giá trị riêng (chỉ ô đầu của vùng gộp có giá trị). Hãy bỏ gộp ô (Merge & Center) và điền từng ô.`, `merged cells ${range}: every row needs its own value (only the first cell of a merge holds one). Unmerge them (Merge & Center) and fill every cell.`));
  }

  const out: CsvRow[] = [];
  for (let r = h + 1; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    const fields: string[] = [];
    let last = -1;
    for (let c = 0; c < Math.max(cells.length, header.length); c++) {
      const { text, problem } = cellText(cells[c], x);
      const where = problem ? `${colLetter(c)}${r + 1}` : '';
      if (problem === 'formula') {
        issues.push(issue('error', file, r + 1, colName(c), `ô ${where} có công thức nhưng không có giá trị đã lưu: mở tệp trong Excel, để Excel tính xong rồi lưu lại (bàn làm việc không tự tính công thức).`, `cell ${where} holds a formula with no saved value: open the file in Excel, let it calculate, and save it again (the desk never evaluates formulas).`));
      } else if (problem === 'error') {
        issues.push(issue('error', file, r + 1, colName(c), `ô ${where} hiển thị lỗi Excel ${show(text)}: hãy sửa công thức hoặc gõ giá trị.`, `cell ${where} shows the Excel error ${show(text)}: fix the formula or type the value.`));
      }
      fields.push(problem ? '' : text);
      if (text.trim() !== '') last = c;
    }
    if (last < 0) continue; // an empty row, as a blank CSV line
    // A spreadsheet row has every column; cells past the header count only when they hold a value.
    out.push({ line: r + 1, fields: fields.slice(0, Math.max(header.length, last + 1)) });
  }
  return { csv: { header, headerLine: h + 1, rows: out }, sheet, issues };
}

/** The column letter of each field of the header (for "sheet, row, column" in the desk's list). */
export function columnsOf(header: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  header.forEach((h, i) => {
    const name = h.trim().toLowerCase();
    if (ATTAINMENT_COLUMNS.includes(name) && !(name in out)) out[name] = colLetter(i);
  });
  return out;
}
