// @vitest-environment node
// Validation of attainment tables: the corpus of bad inputs (one problem per file) and the name join.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, firstInvalidUtf8, readCsv } from '../../../scripts/lib/csv';
import { errorsOf, formatIssue, warningsOf } from '../../../scripts/lib/issues';
import { parseStatus, validateAttainment } from '../../../scripts/lib/validate';
import { expectOneError, FIXTURES, realUnits } from './helpers';

describe('bad attainment tables: one clear error per problem', () => {
  it('unknown GSO code', () => {
    expectOneError('unknown-code.csv', 3, 'gso', /unknown GSO code "99999"/, /không có trong danh sách/);
  });
  it('duplicate commune-year names both lines', () => {
    const e = expectOneError('duplicate-row.csv', 4, 'year', /duplicate commune-year: Xã Ka Đô \(24943\) 2021 already at line 2/);
    expect(formatIssue(e)).toMatch(/^bad\/duplicate-row\.csv:4 \[year\] LỖI: trùng dòng/);
  });
  it('unknown status', () => {
    expectOneError('unknown-status.csv', 3, 'status', /unknown status "dat roi"/);
  });
  it('criterion number out of range (tc20 column)', () => {
    expectOneError('criterion-out-of-range.csv', 1, 'tc20', /criterion number out of range: "tc20"/, /tc1…tc19/);
  });
  it('value other than 1/0/blank', () => {
    expectOneError('bad-boolean.csv', 3, 'tc5', /value "2" is invalid: expected 1 \(met\/yes\), 0 \(no\) or blank/);
  });
  it('NTM status with a criterion not met', () => {
    expectOneError('status-inconsistent.csv', 3, 'tc10', /status "ntm" requires all 19 criteria, but these are not met: tc10/);
  });
  it('name that does not match its code', () => {
    expectOneError('name-mismatch.csv', 3, 'commune', /name "Ka Đơn" does not match code 24946: that code is Xã Quảng Lập \(Đơn Dương\)/);
  });
  it('missing column', () => {
    expectOneError('missing-column.csv', 1, 'cooperative', /missing column "cooperative"/);
  });
  it('semicolon-separated Excel export', () => {
    expectOneError('semicolon.csv', 1, null, /semicolon-separated/, /dấu chấm phẩy/);
  });
  it('truncated line', () => {
    expectOneError('truncated-line.csv', 4, 'tc6', /truncated line: 10 fields, the header has 38; missing from column "tc6" on/);
  });
  it('a row for a ward', () => {
    expectOneError('ward-row.csv', 3, 'gso', /Phường 7 \(Đà Lạt\) is a ward, not subject to the commune NTM criteria/);
  });
  it('a row that cannot be matched by name', () => {
    expectOneError('unmatched-name.csv', 3, 'commune', /cannot match "Ka Đăng" in "Đơn Dương"/);
  });
  it('status going backwards without a note', () => {
    expectOneError('status-backwards.csv', 3, 'status', /status goes back from "nang_cao" \(2021\) to "ntm" \(2022\) without a note/);
  });
  it('year out of range', () => {
    expectOneError('bad-year.csv', 3, 'year', /year "2030" is invalid: expected 2021–2025/);
  });
  it('criterion 8 met with indicator 8.4 not met', () => {
    expectOneError('criterion8-indicator.csv', 3, 'i8_4', /indicator 8\.4 not met/);
  });
  it('missing source', () => {
    expectOneError('missing-source.csv', 3, 'source', /missing source/);
  });
  it('UTF-16 file: save as CSV UTF-8', () => {
    expectOneError('utf16.csv', null, null, /UTF-16.*CSV UTF-8/);
  });
  it('Windows-1258 / latin1 file: save as CSV UTF-8, with the line', () => {
    expectOneError('windows-1258.csv', 2, null, /not valid UTF-8.*CSV UTF-8/);
  });
  it('mojibake (UTF-8 decoded as cp1252 and saved again)', () => {
    expectOneError('mojibake.csv', 2, null, /garbled.*CSV UTF-8/);
  });
});

describe('reports every problem, not just the first', () => {
  it('collects errors from several lines', () => {
    const text = readFileSync(join(FIXTURES, 'bad', 'unknown-code.csv'), 'utf8').trimEnd().split('\n');
    const extra = text[2]!.replace('99999', '88888');
    const bytes = Buffer.from([...text, extra, text[1]].join('\n') + '\n');
    const { csv } = readCsv(bytes, 'x.csv');
    const v = validateAttainment(csv!, { file: 'x.csv', units: realUnits() });
    expect(errorsOf(v.issues).map((i) => i.line)).toEqual([3, 4, 5]);
  });
});

describe('joins rows without a code by normalised district + commune name', () => {
  it('matches "Đạ M\'Rong", "da m rong", "Đạ M’ Rong" to 24859 and accepts Vietnamese status labels and a BOM', () => {
    const { csv, issues } = readCsv(readFileSync(join(FIXTURES, 'good-names.csv')), 'good-names.csv');
    expect(issues).toEqual([]);
    const v = validateAttainment(csv!, { file: 'good-names.csv', units: realUnits() });
    expect(errorsOf(v.issues).map(formatIssue)).toEqual([]);
    const got = v.rows.map((r) => [r.gso, r.year, r.status]);
    expect(got).toEqual([
      ['24805', 2021, 'nang_cao'],
      ['24805', 2022, 'kieu_mau'],
      ['24859', 2021, 'chua_dat'],
      ['24859', 2022, 'chua_dat'],
      ['24859', 2023, 'ntm'],
    ]);
    // the other 109 xã have no rows: reported, not silently dropped
    expect(warningsOf(v.issues).some((w) => /2021: 109 xã have no row/.test(w.en))).toBe(true);
  });
  it('parses status codes and labels case- and diacritics-insensitively', () => {
    expect(parseStatus('Chưa đạt')).toBe('chua_dat');
    expect(parseStatus('Đạt chuẩn NTM')).toBe('ntm');
    expect(parseStatus('ntm NÂNG CAO')).toBe('nang_cao');
    expect(parseStatus('NTM kiểu mẫu')).toBe('kieu_mau');
    expect(parseStatus('kieu_mau')).toBe('kieu_mau');
    expect(parseStatus('')).toBeNull();
    expect(parseStatus('đạt rồi')).toBeUndefined();
  });
  it('warns (does not fail) when a chua_dat row meets all 19 criteria', () => {
    const head = readFileSync(join(FIXTURES, 'bad', 'unknown-code.csv'), 'utf8').split('\n')[0]!;
    const row = readFileSync(join(FIXTURES, 'bad', 'unknown-code.csv'), 'utf8').split('\n')[1]!.replace(',ntm,', ',chua_dat,');
    const { csv } = readCsv(Buffer.from(`${head}\n${row}\n`), 'w.csv');
    const v = validateAttainment(csv!, { file: 'w.csv', units: realUnits() });
    expect(errorsOf(v.issues)).toEqual([]);
    expect(warningsOf(v.issues).some((w) => w.line === 2 && /all 19 criteria met but status "chua_dat"/.test(w.en))).toBe(true);
  });
});

describe('encoding helpers', () => {
  it('accepts UTF-8 with and without BOM', () => {
    const t = 'gso,commune\n24943,Ka Đô\n';
    expect(decodeCsvBytes(Buffer.from(t), 'a').text).toBe(t);
    expect(decodeCsvBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)]), 'a').text).toBe(t);
  });
  it('finds the first invalid UTF-8 byte', () => {
    expect(firstInvalidUtf8(Buffer.from('Ka Đô'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xd0, 0x61]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xe1, 0xba]))).toBe(1);
  });
});

describe('data/attainment-template.csv', () => {
  it('parses, and its two example rows are rejected until deleted', async () => {
    const { REPO_ROOT } = await import('../../../scripts/lib/paths');
    const { csv, issues } = readCsv(readFileSync(join(REPO_ROOT, 'data', 'attainment-template.csv')), 'data/attainment-template.csv');
    expect(issues).toEqual([]);
    const v = validateAttainment(csv!, { file: 'data/attainment-template.csv', units: realUnits() });
    const errs = errorsOf(v.issues);
    expect(errs.map((e) => [e.line, e.field])).toEqual([
      [2, 'note'],
      [3, 'note'],
    ]);
    // without the marker, both rows are valid (the second is joined by name)
    const text = readFileSync(join(REPO_ROOT, 'data', 'attainment-template.csv'), 'utf8').replace(/VÍ DỤ - /g, '');
    const again = validateAttainment(readCsv(Buffer.from(text), 't').csv!, { file: 't', units: realUnits() });
    expect(errorsOf(again.issues).map(formatIssue)).toEqual([]);
    expect(again.rows.map((r) => r.gso)).toEqual(['24859', '24943']);
  });
});
