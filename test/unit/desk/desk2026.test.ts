// @vitest-environment node
// Issue 13: the desk checks rows of 2026 on with the build's own rules, against the catalogs of the
// published ntm.json and the code sets of data/codes.json (what the page fetches for the worker).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { erasJson, type ErasJson } from '../../../scripts/lib/codeEras';
import { errorsOf } from '../../../scripts/lib/issues';
import { REPO_ROOT } from '../../../scripts/lib/paths';
import type { NtmDataset } from '../../../src/domain/types';
import { checkFile } from '../../../src/desk/checkFile';
import { realEras } from '../data/eraFixtures';
import { REAL_BUILD_TIMEOUT, realFiles } from '../realData';

const xlsx = async () => XLSX;
const fixture = (name: string) => readFileSync(join(REPO_ROOT, 'test/fixtures/data/bad-2026', name));
let published: NtmDataset;
let codes: ErasJson;

beforeAll(async () => {
  published = (await realFiles()).dataset;
  // As the build writes public/data/codes.json, then the page fetches it.
  codes = JSON.parse(JSON.stringify(erasJson(realEras()))) as ErasJson;
}, REAL_BUILD_TIMEOUT);

describe('the desk checks 2026 rows', () => {
  it('accepts the 2026 template on today\'s codes', async () => {
    const res = await checkFile(fixture('ok-2026.csv'), 'ket-qua-2026.csv', published, xlsx, codes);
    expect(errorsOf(res.issues)).toEqual([]);
    expect(res.rows.map((r) => [r.gso, r.year, r.criteriaSet])).toEqual([['24616', 2026, '2026-2030'], ['24955', 2026, '2026-2030']]);
  });
  it('shows the old-code error with its line and field, and keeps that line\'s cells for the page', async () => {
    const res = await checkFile(fixture('old-code-2026.csv'), 'kq.csv', published, xlsx, codes);
    const errs = errorsOf(res.issues);
    expect(errs.map((e) => [e.file, e.line, e.field])).toEqual([['kq.csv', 3, 'gso']]);
    expect(errs[0]!.vi).toMatch(/mã 24946 .* không còn từ 1\/7\/2025: nay thuộc 24955 Xã Quảng Lập/);
    expect(res.lines[3]?.[0]).toBe('24946');
  });
  it('shows an old criterion on a 2026 row', async () => {
    const res = await checkFile(fixture('old-criterion-2026.csv'), 'kq.csv', published, xlsx, codes);
    expect(errorsOf(res.issues).map((e) => [e.line, e.field])).toEqual([[2, 'tc11']]);
  });
  it('without data/codes.json a 2026 row says it cannot be checked', async () => {
    const res = await checkFile(fixture('ok-2026.csv'), 'kq.csv', published, xlsx, null);
    expect(errorsOf(res.issues).map((e) => e.field)).toEqual(['year', 'year']);
  });
});

describe('the desk\'s CSV files with 2026 rows', () => {
  it('the normalised copy puts 2026 criteria in tc2026_* (never tc1…) and reads back to the same rows', async () => {
    const { tableCsv } = await import('../../../src/desk/tableCsv');
    const res = await checkFile(fixture('ok-2026.csv'), 'kq.csv', published, xlsx, codes);
    const text = tableCsv(res.rows, published, realEras());
    const header = text.replace(/^\uFEFF/, '').split('\r\n')[0]!.split(',');
    expect(header.filter((c) => c.startsWith('tc2026_'))).toHaveLength(10);
    const again = await checkFile(Buffer.from(text), 'kq.csv', published, xlsx, codes);
    expect(errorsOf(again.issues)).toEqual([]);
    expect(again.rows).toEqual(res.rows);
    // A table without 2026 rows keeps exactly the 2021–2025 columns (byte for byte as before).
    expect(tableCsv(published.attainment, published).split('\r\n')[0]).not.toMatch(/tc2026/);
  });
  it('the 2026 template: today\'s 103 xã, the 2026–2030 columns, checks clean once filled', async () => {
    const { laterTemplateCsv } = await import('../../../src/desk/tableCsv');
    const text = laterTemplateCsv(published, realEras())!;
    const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe(readFileSync(join(REPO_ROOT, 'data/attainment-2026-template.csv'), 'utf8').replace(/^\uFEFF/, '').split('\n')[0]);
    expect(lines).toHaveLength(1 + 103);
    expect(lines[1]).toMatch(/^\d{5},[^,]+,2026,/);
    const filled = [lines[0], ...lines.slice(1).map((l) => l.replace(/,2026,,+$/, ',2026,chua_dat,,,,,,,,,,,,,,QĐ 1/QĐ-UBND ngày 1/3/2027,'))].join('\n');
    const res = await checkFile(Buffer.from(filled), 'mau.csv', published, xlsx, codes);
    expect(errorsOf(res.issues)).toEqual([]);
    expect(res.rows).toHaveLength(103);
    expect(laterTemplateCsv(published, null)).toBeNull();
  });
});
