// Issue 16: the officers' data desk on the built site, in real Chromium. The project's own table
// (CSV and .xlsx) checks clean with no changes; one status changed is named with its commune and
// year; three broken lines are listed as exactly those three; a header-only file is rejected; the
// downloaded ntm.json is byte for byte what the build writes for the same table and second.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { buildDate, datasetJson } from '../../scripts/lib/dataset';
import { buildPaths } from '../../scripts/lib/paths';
import { buildDataset } from '../../scripts/lib/pipeline';
import { cspViolations, runAxe, seriousOrCritical } from './helpers/a11y';
import { screenshot } from './helpers/browser';
import { openApp } from './helpers/driver';
import { openDesk } from './helpers/desk';
import { useBrowser } from './helpers/session';

const session = useBrowser();
const TABLE_PATH = 'data/attainment.csv';
const TABLE = readFileSync(TABLE_PATH, 'utf8');
const LINES = TABLE.replace(/\r?\n$/, '').split(/\r?\n/);
const withLines = (lines: string[]) => Buffer.from(lines.join('\n') + '\n');

/** The table as a workbook written by another program (SheetJS), every cell as text. */
function asXlsx(text: string): Buffer {
  const aoa = Papa.parse<string[]>(text.replace(/^\uFEFF/, '').trimEnd()).data;
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'Bảng');
  return Buffer.from(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('the data desk', () => {
  it('is reachable from the map\'s footer', async () => {
    const { page } = await openApp(session);
    await page.locator('footer.app-footer a').click();
    await page.waitForFunction(() => document.documentElement.dataset.deskReady === 'true');
    expect(new URL(page.url()).pathname).toMatch(/\/desk\.html$/);
    expect(await page.locator('h1').innerText()).toBe('Bàn dữ liệu Nông thôn mới');
  });

  it('the project\'s table as CSV: 0 errors, 0 changes', async () => {
    const { desk, page, errors } = await openDesk(session);
    await desk.check(TABLE_PATH);
    const s = await desk.summary();
    expect([s.errors, s.rows]).toEqual([0, LINES.length - 1]);
    expect((await desk.diff()).total).toBe(0);
    expect(await page.locator('.desk-diff [role="status"]').innerText()).toBe('Không có thay đổi nào so với dữ liệu đang công bố.');
    await desk.waitMapReady();
    await page.locator('.desk-preview').scrollIntoViewIfNeeded();
    await screenshot(page, 'desk-csv-clean');
    expect(errors).toEqual([]);
  });

  it('the project\'s table as .xlsx, and the desk\'s own template filled with the published values: 0 errors, 0 changes', async () => {
    const { desk, errors } = await openDesk(session);
    await desk.check({ name: 'bang-ket-qua.xlsx', bytes: asXlsx(TABLE) });
    expect((await desk.summary()).errors).toBe(0);
    expect((await desk.diff()).total).toBe(0);
    const template = await desk.download(/Tải mẫu Excel/);
    expect(template.name).toBe('mau-ket-qua-ntm.xlsx');
    await desk.check({ name: template.name, bytes: template.bytes });
    const s = await desk.summary();
    expect([s.errors, s.rows]).toEqual([0, LINES.length - 1]);
    expect((await desk.diff()).total).toBe(0);
    expect(errors).toEqual([]);
    // Under the site's Content-Security-Policy (vite preview sends dist/csp.txt's header).
    expect(await cspViolations(desk.page)).toEqual([]);
  });

  it('a copy with one status changed: the diff names that commune and year', async () => {
    const { desk, page } = await openDesk(session);
    const i = LINES.findIndex((l) => l.startsWith('24943,Đơn Dương,Ka Đô,2025,nang_cao,'));
    const lines = [...LINES];
    lines[i] = lines[i]!.replace(',2025,nang_cao,', ',2025,kieu_mau,');
    await desk.check({ name: 'mot-thay-doi.csv', bytes: withLines(lines) });
    expect((await desk.summary()).errors).toBe(0);
    const d = await desk.diff();
    expect(d.total).toBe(1);
    expect(d.changes.map((c) => [c.gso, c.year])).toEqual([['24943', 2025]]);
    expect(d.changes[0]!.text).toMatch(/Xã Ka Đô.*Đạt chuẩn NTM nâng cao → Đạt chuẩn NTM kiểu mẫu.*lên hạng/);
    // The change opens that commune in the preview, on the uploaded data.
    await page.locator('li.desk-change button').click();
    await expect.poll(() => page.locator('.detail-panel h2').innerText()).toBe('Xã Ka Đô');
    await desk.waitMapReady();
    await page.locator('#desk-preview-title').scrollIntoViewIfNeeded();
    await screenshot(page, 'desk-one-change');
  });

  it('a copy with a duplicate row, a truncated line and an unknown code lists exactly those three', async () => {
    const { desk, page } = await openDesk(session);
    const lines = [...LINES];
    lines.splice(11, 0, lines[10]!); // line 12 repeats line 11
    lines[20] = lines[20]!.split(',').slice(0, 12).join(','); // line 21 cut short
    lines[30] = lines[30]!.replace(/^\d{5}/, '99999'); // line 31: unknown code
    await desk.check({ name: 'ba-loi.csv', bytes: withLines(lines) });
    const errs = await desk.issues('error');
    expect(errs.map((e) => [e.line, e.field])).toEqual([
      [12, 'year'],
      [21, 'tc8'],
      [31, 'gso'],
    ]);
    expect(errs[0]!.text).toMatch(/^trùng dòng: .* đã có ở dòng 11/);
    expect(errs[1]!.text).toMatch(/^dòng bị cắt cụt/);
    expect(errs[2]!.text).toMatch(/^mã "99999" không có trong danh sách/);
    expect(errs.map((e) => e.where)).toEqual(['dòng 12, cột year', 'dòng 21, cột tc8', 'dòng 31, cột gso']);
    // Each opens the row as the file has it.
    const cells = await desk.openRow(31);
    expect(cells.find((c) => c.bad)).toEqual({ column: 'gso', value: '99999', bad: true });
    await page.locator('.desk-result').scrollIntoViewIfNeeded();
    await screenshot(page, 'desk-three-errors');
    // Nothing to preview or publish.
    expect(await page.locator('.desk-preview').count()).toBe(0);
  });

  it('a header-only file is rejected, the cause named first', async () => {
    const { desk } = await openDesk(session);
    await desk.check({ name: 'chi-tieu-de.csv', bytes: withLines([LINES[0]!]) });
    expect((await desk.summary()).errors).toBe(1);
    expect(await desk.causes()).toEqual([expect.stringMatching(/không có dòng dữ liệu nào/)]);
  });

  it('an Excel file with a sep= line and upper-case header: each named once as the cause, in English too', async () => {
    const { desk } = await openDesk(session, { lang: 'en' });
    await desk.check({ name: 'excel.csv', bytes: withLines(['sep=,', LINES[0]!.toUpperCase(), ...LINES.slice(1, 4)]) });
    const causes = await desk.causes();
    expect(causes).toEqual([expect.stringMatching(/^the first line "sep=,"/), expect.stringMatching(/^column names in upper case/)]);
    expect((await desk.summary()).errors).toBe(2);
  });

  it('the downloaded ntm.json equals the build\'s output byte for byte', async () => {
    const { desk } = await openDesk(session);
    const i = LINES.findIndex((l) => l.startsWith('24943,Đơn Dương,Ka Đô,2025,nang_cao,'));
    const lines = [...LINES];
    lines[i] = lines[i]!.replace(',2025,nang_cao,', ',2025,kieu_mau,');
    await desk.check({ name: 'ket-qua-2025.xlsx', bytes: asXlsx(lines.join('\n')) });
    const iso = await desk.setPublicationTime('2026-03-10T15:30:15');
    const published = await desk.download(/Tải ntm\.json/);
    const csv = await desk.download(/bảng đã chuẩn hóa/);
    expect([published.name, csv.name]).toEqual(['ntm.json', 'ket-qua-2025.csv']);
    // `NTM_ATTAINMENT=data/ket-qua-2025.csv SOURCE_DATE_EPOCH=… npm run data`, on the CSV the desk
    // handed back and on the table as edited: the same bytes.
    const dir = mkdtempSync(join(tmpdir(), 'ntm-desk-e2e-'));
    const epoch = String(Math.floor(Date.parse(iso) / 1000));
    const build = async (name: string, bytes: Buffer) => {
      writeFileSync(join(dir, name), bytes);
      const env = { NTM_ATTAINMENT: join(dir, name), SOURCE_DATE_EPOCH: epoch };
      return datasetJson((await buildDataset(buildPaths(env), buildDate(env))).dataset);
    };
    const fromCsv = await build(csv.name, csv.bytes);
    expect(published.bytes.equals(Buffer.from(fromCsv, 'utf8'))).toBe(true);
    const dirEdited = mkdtempSync(join(tmpdir(), 'ntm-desk-e2e-'));
    writeFileSync(join(dirEdited, 'ket-qua-2025.csv'), withLines(lines));
    const env = { NTM_ATTAINMENT: join(dirEdited, 'ket-qua-2025.csv'), SOURCE_DATE_EPOCH: epoch };
    const fromEdited = datasetJson((await buildDataset(buildPaths(env), buildDate(env))).dataset);
    expect(published.bytes.equals(Buffer.from(fromEdited, 'utf8'))).toBe(true);
    expect(JSON.parse(published.bytes.toString('utf8')).meta.generatedAt).toBe(iso);
  }, 120_000);

  it('nothing from the file is rendered as HTML', async () => {
    const { desk, page, dialogs } = await openDesk(session);
    const evil = '<img src=x onerror="alert(1)"><b>đậm</b>';
    const lines = [...LINES];
    // A row whose note is empty gets the markup as its note; the next one as its district.
    lines[2] = lines[2]!.replace(/,$/, `,"${evil.replaceAll('"', '""')}"`);
    lines[3] = lines[3]!.replace(/^(\d{5}),[^,]*,/, `$1,${'<script>alert(2)</script>'},`);
    await desk.check({ name: '<i>tệp</i>.csv', bytes: withLines(lines) });
    const errs = await desk.issues('error');
    expect(errs.map((e) => [e.line, e.field])).toEqual([[4, 'district']]);
    expect(errs[0]!.text).toContain('<script>alert(2)</script>');
    expect(await page.locator('.desk-file').innerText()).toContain('<i>tệp</i>.csv');
    await desk.openRow(errs[0]!.line!);
    expect(await page.locator('.desk-main img, .desk-main script, .desk-main b, .desk-main i').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});

describe('the data desk is accessible (axe-core, WCAG 2.1 A/AA)', () => {
  it('no serious or critical violation with issues listed and a row open, nor with the preview', async () => {
    const { desk, page } = await openDesk(session);
    await desk.check({ name: 'loi.csv', bytes: withLines([LINES[0]!, LINES[1]!.replace(/^\d{5}/, '99999'), ...LINES.slice(2)]) });
    await desk.openRow(2);
    expect(seriousOrCritical(await runAxe(page)).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await desk.check(TABLE_PATH);
    await desk.waitMapReady();
    expect(seriousOrCritical(await runAxe(page)).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

describe('the data desk on a phone and without WebGL', () => {
  it('works at 375 px: no sideways scroll, the steps and the issue list fit', async () => {
    const { desk, page } = await openDesk(session, { viewport: { width: 375, height: 800 }, touch: true });
    await desk.check({ name: 'ba-loi.csv', bytes: withLines([LINES[0]!, LINES[1]!.replace(/^\d{5}/, '99999'), ...LINES.slice(2)]) });
    expect((await desk.summary()).errors).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'desk-375');
  });
});

describe('the data desk without WebGL', () => {
  const noGl = useBrowser(['--disable-webgl']);
  it('previews as a table', async () => {
    const { desk, page, errors } = await openDesk(noGl);
    await desk.check(TABLE_PATH);
    expect((await desk.summary()).errors).toBe(0);
    await page.locator('.desk-no-webgl').waitFor();
    await page.locator('.desk-preview table.data-table, .desk-preview #data-table table').first().waitFor();
    expect(await page.locator('.desk-preview canvas').count()).toBe(0);
    await page.locator('.desk-preview').scrollIntoViewIfNeeded();
    await screenshot(page, 'desk-no-webgl');
    expect(errors).toEqual([]);
  });
});
