// @vitest-environment node
// Issue 16: the desk's check and publish against the build. The file the desk offers for download
// is byte for byte what `npm run data` writes for the same table and date.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { buildDate, datasetJson } from '../../../scripts/lib/dataset';
import { errorsOf, formatIssue } from '../../../scripts/lib/issues';
import { buildPaths, REPO_ROOT } from '../../../scripts/lib/paths';
import { buildDataset } from '../../../scripts/lib/pipeline';
import type { NtmDataset } from '../../../src/domain/types';
import { checkFile } from '../../../src/desk/checkFile';
import { diffTables } from '../../../src/desk/diff';
import { csvNameFor, deskNtmJson, epochOf, publicationDate, rebuildCommand } from '../../../src/desk/publish';
import { tableCsv } from '../../../src/desk/tableCsv';
import { REAL_BUILD_TIMEOUT, realFiles } from '../realData';

const xlsx = async () => XLSX;
const TABLE = readFileSync(join(REPO_ROOT, 'data', 'attainment.csv'));
const DATE = publicationDate(new Date('2026-03-10T08:30:15.250Z'));
let published: NtmDataset;

beforeAll(async () => {
  published = (await realFiles()).dataset;
}, REAL_BUILD_TIMEOUT);

/** `NTM_ATTAINMENT=<dir>/<name> SOURCE_DATE_EPOCH=… npm run data`, in memory: ntm.json's text. */
async function buildWith(name: string, bytes: Uint8Array | string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'ntm-desk-'));
  writeFileSync(join(dir, name), bytes);
  const env = { NTM_ATTAINMENT: join(dir, name), SOURCE_DATE_EPOCH: String(epochOf(DATE)) };
  const r = await buildDataset(buildPaths(env), buildDate(env));
  return datasetJson(r.dataset);
}

describe('publish: the desk writes what the build writes', () => {
  it('the project table, checked in the desk, gives ntm.json byte for byte as the build does', async () => {
    const res = await checkFile(TABLE, 'ket-qua.csv', published, xlsx);
    expect(errorsOf(res.issues).map(formatIssue)).toEqual([]);
    const desk = deskNtmJson(published, res.rows, csvNameFor('ket-qua.csv'), DATE);
    const build = await buildWith('ket-qua.csv', TABLE);
    expect(desk.length).toBe(build.length);
    expect(desk === build).toBe(true);
    expect(JSON.parse(desk).meta.generatedAt).toBe('2026-03-10T08:30:15.000Z');
  }, REAL_BUILD_TIMEOUT);

  it('a changed table too, and its normalised CSV rebuilds the same file', async () => {
    const text = TABLE.toString('utf8').replace('24943,Đơn Dương,Ka Đô,2025,nang_cao,', '24943,Đơn Dương,Ka Đô,2025,kieu_mau,');
    expect(text).not.toBe(TABLE.toString('utf8'));
    const res = await checkFile(Buffer.from(text), 'Bảng KQ 2025.xlsx.csv', published, xlsx);
    expect(errorsOf(res.issues).map(formatIssue)).toEqual([]);
    const name = csvNameFor('Bảng KQ 2025.xlsx.csv');
    expect(name).toBe('Bảng-KQ-2025.xlsx.csv');
    const desk = deskNtmJson(published, res.rows, name, DATE);
    const normalised = tableCsv(res.rows, published);
    expect(desk === (await buildWith(name, normalised))).toBe(true);
    expect(desk).not.toBe(deskNtmJson(published, published.attainment, name, DATE));
    expect(rebuildCommand(name, DATE)).toBe(`NTM_ATTAINMENT=data/${name} SOURCE_DATE_EPOCH=1773131415 npm run data`);
  }, REAL_BUILD_TIMEOUT);
});

describe('the normalised CSV', () => {
  it('reads back to the same rows', async () => {
    const csv = tableCsv(published.attainment, published);
    const res = await checkFile(Buffer.from(csv), 'n.csv', published, xlsx);
    expect(errorsOf(res.issues).map(formatIssue)).toEqual([]);
    expect(res.rows).toEqual(published.attainment);
  });
});

describe('diff against the published data', () => {
  it('the published table changes nothing; one status changed names that commune and year', async () => {
    const same = await checkFile(TABLE, 'a.csv', published, xlsx);
    expect(diffTables(published.attainment, same.rows).total).toBe(0);
    const text = TABLE.toString('utf8').replace('24943,Đơn Dương,Ka Đô,2025,nang_cao,', '24943,Đơn Dương,Ka Đô,2025,kieu_mau,');
    const changed = await checkFile(Buffer.from(text), 'b.csv', published, xlsx);
    const d = diffTables(published.attainment, changed.rows);
    expect(d.total).toBe(1);
    const y = d.years.find((x) => x.year === 2025)!;
    expect(y.changes).toEqual([{ gso: '24943', year: 2025, kind: 'changed', statusFrom: 'nang_cao', statusTo: 'kieu_mau', criteria: [], fields: [] }]);
    expect(y.tiers.kieuMau.after - y.tiers.kieuMau.before).toBe(1);
    expect([y.tiers.ntm.after, y.tiers.nangCao.after]).toEqual([y.tiers.ntm.before, y.tiers.nangCao.before]);
  });
});

describe('three broken lines are listed as exactly those three', () => {
  it('a duplicate row, a truncated line and an unknown code, with their line numbers', async () => {
    const lines = TABLE.toString('utf8').replace(/\r?\n$/, '').split(/\r?\n/);
    lines.splice(11, 0, lines[10]!); // line 12 repeats line 11
    lines[20] = lines[20]!.split(',').slice(0, 12).join(','); // line 21 cut short
    lines[30] = lines[30]!.replace(/^\d{5}/, '99999'); // line 31: unknown code
    const res = await checkFile(Buffer.from(lines.join('\n') + '\n'), 'broken.csv', published, xlsx);
    const errs = errorsOf(res.issues);
    expect(errs.map((e) => [e.line, e.field])).toEqual([
      [12, 'year'],
      [21, 'tc8'],
      [31, 'gso'],
    ]);
    expect(errs[0]!.en).toMatch(/duplicate commune-year: .* already at line 11/);
    expect(errs[1]!.en).toMatch(/truncated line/);
    expect(errs[2]!.en).toMatch(/unknown GSO code "99999"/);
    expect(Object.keys(res.lines).map(Number).sort((a, b) => a - b)).toEqual([12, 21, 31]);
  });

  it('a header-only file is rejected', async () => {
    const head = TABLE.toString('utf8').split('\n')[0]!;
    const res = await checkFile(Buffer.from(head + '\n'), 'h.csv', published, xlsx);
    expect(errorsOf(res.issues).map((e) => e.en)).toEqual([expect.stringMatching(/no data rows/)]);
  });
});
