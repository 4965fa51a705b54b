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
