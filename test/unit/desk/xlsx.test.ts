// @vitest-environment node
// Issue 16: Excel files in the desk. The template it writes, read back; a workbook written by
// another program (SheetJS) from the project's table; and what is reported, never guessed:
// formulas (their saved value), Excel errors, merged cells, hidden sheets, a code turned into a date.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { strFromU8, unzipSync } from 'fflate';
import { errorsOf, formatIssue, warningsOf } from '../../../scripts/lib/issues';
import { REPO_ROOT } from '../../../scripts/lib/paths';
import type { NtmDataset } from '../../../src/domain/types';
import { checkFile } from '../../../src/desk/checkFile';
import { templateXlsx } from '../../../src/desk/xlsx/template';
import { REAL_BUILD_TIMEOUT, realFiles } from '../realData';

const xlsx = async () => XLSX;
const TABLE = readFileSync(join(REPO_ROOT, 'data', 'attainment.csv'), 'utf8').replace(/^\uFEFF/, '');
let published: NtmDataset;

beforeAll(async () => {
  published = (await realFiles()).dataset;
}, REAL_BUILD_TIMEOUT);

/** The project's table as a workbook written by SheetJS (every cell text, like a typed sheet). */
function tableWorkbook(edit?: (aoa: (string | number | XLSX.CellObject)[][], wb: XLSX.WorkBook) => void): Uint8Array {
  const aoa: (string | number | XLSX.CellObject)[][] = Papa.parse<string[]>(TABLE.trimEnd()).data;
  const wb = XLSX.utils.book_new();
  edit?.(aoa, wb);
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  XLSX.utils.book_append_sheet(wb, ws, 'Data');
  edit?.(aoa, wb);
  return write(wb);
}

const write = (wb: XLSX.WorkBook) => new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);

describe('the template', () => {
  it('prefilled with the published values, reads back to exactly the published rows', async () => {
    const bytes = templateXlsx(published, true);
    const res = await checkFile(bytes, 'mau.xlsx', published, xlsx);
    expect(errorsOf(res.issues).map(formatIssue)).toEqual([]);
    expect(res.sheet).toBe('Kết quả');
    expect(res.rows).toEqual(published.attainment);
    expect(res.columns.status).toBe('E');
  });

  it('has every xã and year, fixed codes, drop-downs, protection and Vietnamese header notes', () => {
    const files = unzipSync(templateXlsx(published, false));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const xa = published.units.filter((u) => u.type === 'xa').length;
    expect((sheet.match(/<row /g) ?? []).length).toBe(1 + xa * published.meta.years.length);
    expect(sheet).toContain('<c r="A2" s="2" t="inlineStr"><is><t xml:space="preserve">');
    expect(sheet).toMatch(/<dataValidation type="list"[^>]*sqref="E2:E556"><formula1>&quot;Chưa đạt,Đạt chuẩn NTM,NTM nâng cao,NTM kiểu mẫu&quot;<\/formula1>/);
    expect(sheet).toMatch(/<dataValidation type="list"[^>]*sqref="F2:F556 [^"]*"><formula1>&quot;1,0&quot;<\/formula1>/);
    expect(sheet).toContain('<sheetProtection sheet="1"');
    expect(sheet).toContain('state="frozen"');
    const notes = strFromU8(files['xl/comments1.xml']!);
    expect(notes).toMatch(/<comment ref="A1"[^>]*><text><r><t xml:space="preserve">Mã xã của Tổng cục Thống kê/);
    expect(notes).toMatch(/<comment ref="F1"[^>]*><text><r><t xml:space="preserve">Tiêu chí 1: Quy hoạch/);
    // SheetJS (another reader) opens it: two sheets, the notes on the header.
    const wb = XLSX.read(templateXlsx(published, false), { type: 'array' });
    expect(wb.SheetNames).toEqual(['Kết quả', 'Hướng dẫn']);
    expect(wb.Sheets['Kết quả']!.A1.c?.[0]?.t).toMatch(/^Mã xã/);
  });
});

describe('a workbook written by another program', () => {
  it('the project table as .xlsx: 0 errors, the same rows as the CSV', async () => {
    const fromXlsx = await checkFile(tableWorkbook(), 'bang.xlsx', published, xlsx);
    expect(errorsOf(fromXlsx.issues).map(formatIssue)).toEqual([]);
    expect(fromXlsx.rows).toEqual(published.attainment);
  });

  it('formulas give their saved value; no saved value, an Excel error and merged cells are errors with the cell', async () => {
    const bytes = tableWorkbook((aoa, wb) => {
      if (wb.SheetNames.length) {
        const ws = wb.Sheets.Data!;
        ws.F2 = { t: 'n', v: 1, f: '2-1' }; // saved value 1: read as 1
        ws.G3 = { t: 'z', f: 'A1+1' } as XLSX.CellObject; // no saved value
        ws.H4 = { t: 'e', v: 0x07, w: '#DIV/0!' };
        ws['!merges'] = [{ s: { r: 5, c: 1 }, e: { r: 6, c: 1 } }];
        ws.B7 = { t: 'z' } as XLSX.CellObject;
      } else aoa[1]![5] = 0;
    });
    const res = await checkFile(bytes, 'f.xlsx', published, xlsx);
    const errs = errorsOf(res.issues).map((e) => [e.line, e.field, e.en]);
    expect(errs).toEqual([
      [6, 'district', expect.stringMatching(/^merged cells B6:B7: every row needs its own value/)],
      [3, 'tc2', expect.stringMatching(/^cell G3 holds a formula with no saved value/)],
      [4, 'tc3', expect.stringMatching(/^cell H4 shows the Excel error #DIV\/0!/)],
    ]);
    expect(res.rows.find((r) => r.gso === TABLE.split('\n')[1]!.slice(0, 5) && r.year === 2021)!.criteria[0]).toBe(true);
  });

  it('hidden sheets are reported and not read; a code turned into a date is named', async () => {
    const bytes = tableWorkbook((_aoa, wb) => {
      if (!wb.SheetNames.length) return;
      wb.Sheets.Data!.A2 = { t: 'n', v: 45000, z: 'm/d/yy' };
      XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['gso', 'status'], ['1', 'x']]), 'Cũ');
      wb.Workbook = { Sheets: [{ name: 'Data', Hidden: 0 }, { name: 'Cũ', Hidden: 1 }] };
    });
    const res = await checkFile(bytes, 'h.xlsx', published, xlsx);
    expect(res.sheet).toBe('Data');
    expect(warningsOf(res.issues).filter((w) => /hidden/.test(w.en)).map((w) => w.en)).toEqual(['sheet "Cũ" is hidden and was not read (unhide it if it holds the results).']);
    expect(errorsOf(res.issues).map((e) => [e.line, e.field, e.en])).toEqual([[2, 'gso', expect.stringMatching(/^code "3\/15\/23" is a date: Excel turned the commune code into a date/)]]);
  });

  it('a workbook without the results header, or with it only in a hidden sheet, says so', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['a', 'b']]), 'S1');
    let res = await checkFile(write(wb), 'x.xlsx', published, xlsx);
    expect(errorsOf(res.issues).map((e) => e.en)).toEqual([expect.stringMatching(/^no sheet has the results header/)]);
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['gso', 'year', 'status']]), 'KQ');
    wb.Workbook = { Sheets: [{ name: 'S1', Hidden: 0 }, { name: 'KQ', Hidden: 1 }] };
    res = await checkFile(write(wb), 'x.xlsx', published, xlsx);
    expect(errorsOf(res.issues).map((e) => e.en)).toEqual([expect.stringMatching(/^the results are in the hidden sheet "KQ": unhide it/)]);
  });
});
