// @vitest-environment node
// Validation of rows of 2026 on (the 2026–2030 catalog, today's 124 units) and of the codes that
// changed meaning on 1/7/2025: one fixture per problem in test/fixtures/data/bad-2026, each with its
// file, line, field and message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../scripts/lib/csv';
import { errorsOf, formatIssue, warningsOf, type Issue } from '../../../scripts/lib/issues';
import { checkTable } from '../../../scripts/lib/table';
import { validateAttainment } from '../../../scripts/lib/validate';
import type { AttainmentRow } from '../../../src/domain/types';
import { realCatalogs, realEras } from './eraFixtures';
import { FIXTURES, realUnits } from './helpers';

const catalogs = realCatalogs().summaries;
const eras = realEras();

function check(name: string, withEras = true): { issues: Issue[]; rows: AttainmentRow[] } {
  const file = `bad-2026/${name}`;
  const { csv, issues } = readCsv(readFileSync(join(FIXTURES, 'bad-2026', name)), file);
  if (!csv) return { issues, rows: [] };
  const v = validateAttainment(csv, { file, units: realUnits(), catalogs, eras: withEras ? eras : null });
  return { issues: [...issues, ...v.issues], rows: v.rows };
}

function oneError(name: string, line: number, field: string, en: RegExp, vi: RegExp): Issue {
  const errs = errorsOf(check(name).issues);
  expect(errs.map(formatIssue)).toHaveLength(1);
  const e = errs[0]!;
  expect([e.file, e.line, e.field]).toEqual([`bad-2026/${name}`, line, field]);
  expect(e.en).toMatch(en);
  expect(e.vi).toMatch(vi);
  return e;
}

describe('rows of 2026 on: today\'s units, the 2026–2030 criteria', () => {
  it('accepts the 2026 template: today\'s codes (old Lâm Đồng and former Đắk Nông alike), criteria tc2026_1…tc2026_10', () => {
    const { issues, rows } = check('ok-2026.csv');
    expect(errorsOf(issues).map(formatIssue)).toEqual([]);
    expect(rows.map((r) => [r.gso, r.year, r.status, r.criteriaSet, r.criteria.length])).toEqual([
      ['24616', 2026, 'chua_dat', '2026-2030', 10],
      ['24955', 2026, 'ntm', '2026-2030', 10],
    ]);
    expect(rows[0]!.criteria).toEqual([true, true, false, true, true, null, true, true, true, true]);
    // Coverage is of today's xã (103), not of the plan's 111.
    expect(warningsOf(issues).map((w) => w.en)).toEqual([expect.stringMatching(/^year 2026: 101 xã have no row/)]);
  });
  it('rejects an old code that no longer exists in 2026, naming today\'s unit', () => {
    const e = oneError('old-code-2026.csv', 3, 'gso',
      /code 24946 \(Xã Quảng Lập, Huyện Đơn Dương, Lâm Đồng\) no longer exists since 1\/7\/2025: it is now part of 24955 Xã Quảng Lập/,
      /mã 24946 .* không còn từ 1\/7\/2025: nay thuộc 24955 Xã Quảng Lập/);
    expect(formatIssue(e)).toMatch(/^bad-2026\/old-code-2026\.csv:3 \[gso\] LỖI: /);
  });
  it('rejects a 2021–2025 criterion filled on a 2026 row (tc11)', () => {
    oneError('old-criterion-2026.csv', 2, 'tc11',
      /a 2026 row is assessed under the 2026-2030 catalog \(10 criteria, columns tc2026_1…tc2026_10\) but fills columns of the 2021–2025 set: tc11\. "tc11" is criterion 11 of the 2021–2025 set/,
      /dòng năm 2026 theo bộ tiêu chí 2026-2030 .* tc11/);
  });
  it('rejects a 2021–2025 indicator column filled on a 2026 row (i8_2)', () => {
    oneError('old-indicator-2026.csv', 2, 'i8_2', /fills columns of the 2021–2025 set: i8_2\. Leave them blank/, /ghi cột của bộ 2021–2025: i8_2/);
  });
  it('rejects a 2026 column filled on a 2024 row', () => {
    oneError('later-column-2024.csv', 2, 'tc2026_3', /a 2024 row is assessed under the 2021–2025 set \(tc1…tc19\) but fills columns of the 2026-2030 catalog \(from 2026\): tc2026_3/, /dòng năm 2024 theo bộ tiêu chí 2021–2025/);
  });
  it('rejects a district on a 2026 row (no district level since 1/7/2025)', () => {
    oneError('district-2026.csv', 2, 'district', /there is no district level since 1\/7\/2025: leave district blank on a 2026 row \(it says "Đơn Dương"\)/, /không còn cấp huyện/);
  });
  it('rejects a status the 2026–2030 catalog does not have', () => {
    oneError('advanced-2026.csv', 2, 'status', /status "nang_cao" does not exist in the 2026-2030 catalog: a 2026 row takes chua_dat or ntm only/, /không có trong bộ tiêu chí 2026-2030/);
  });
  it('rejects a 2026 row for a phường', () => {
    oneError('ward-2026.csv', 2, 'gso', /Phường Lang Biang - Đà Lạt \(24846\) is not a xã: the 2026-2030 criteria apply to xã/, /không phải là xã/);
  });
  it('rejects a 2026 row written with the code\'s old name', () => {
    oneError('old-name-2026.csv', 2, 'commune', /name "Đạ Nhim" does not match code 24848: since 1\/7\/2025 that code is Xã Lạc Dương \("Đạ Nhim" is the code's old name, until 30\/6\/2025\)/, /từ 1\/7\/2025 mã này là Xã Lạc Dương/);
  });
  it('rejects a criterion number beyond the 2026–2030 catalog (tc2026_11)', () => {
    oneError('out-of-range-2026.csv', 1, 'tc2026_11', /criterion number out of range: "tc2026_11" — the 2026-2030 catalog has 10 criteria \(tc2026_1…tc2026_10\)/, /bộ tiêu chí 2026-2030 có 10 tiêu chí/);
  });
  it('without the code sets of today a 2026 row cannot be checked, and says so', () => {
    const errs = errorsOf(check('ok-2026.csv', false).issues);
    expect(errs).toHaveLength(2);
    expect(errs[0]!.field).toBe('year');
    expect(errs[0]!.en).toMatch(/a 2026 row \(2026-2030 catalog\) needs the list of units since 1\/7\/2025/);
  });
});

describe('rows up to 2025: codes read as the old units', () => {
  it('rejects a 2024 row written with the name a reused code has since 1/7/2025 (24848: xã Đạ Nhim, now xã Lạc Dương)', () => {
    oneError('reused-name-2024.csv', 2, 'commune',
      /"Lạc Dương" is the name of the new unit that has code 24848 since 1\/7\/2025; in 2024 code 24848 was Xã Đạ Nhim \(Lạc Dương\) until 30\/6\/2025/,
      /là tên của đơn vị mới mang mã 24848 từ 1\/7\/2025; năm 2024 mã 24848 là Xã Đạ Nhim/);
  });
  it('rejects 24846 "Lang Biang - Đà Lạt" in 2024: 24846 was TT Lạc Dương until 30/6/2025', () => {
    const errs = errorsOf(check('reused-name-town-2024.csv').issues);
    expect(errs[0]!.field).toBe('commune');
    expect(errs[0]!.en).toMatch(/"Lang Biang - Đà Lạt" is the name of the new unit that has code 24846 since 1\/7\/2025; in 2024 code 24846 was Thị trấn Lạc Dương \(Lạc Dương\)/);
    // A town has no row in 2021–2025 either (not subject to the commune criteria).
    expect(errs.map((e) => e.field)).toEqual(['commune', 'gso']);
  });
  it('accepts a former Đắk Nông xã for 2024 (no project data yet) and keeps it out of Lâm Đồng\'s counts', () => {
    const { issues, rows } = check('former-province-2024.csv');
    expect(errorsOf(issues).map(formatIssue)).toEqual([]);
    expect(rows.map((r) => r.gso)).toEqual(['24616']);
    const bytes = readFileSync(join(FIXTURES, 'bad-2026', 'former-province-2024.csv'));
    const t = checkTable({ file: 'x.csv', content: { bytes }, custom: true }, realUnits(), [], undefined, { eras, catalogs });
    expect(t.rows).toHaveLength(1);
    expect(t.counts).toEqual([]);
  });
  it('without the code sets a former-province code stays unknown (as before issue 13)', () => {
    const errs = errorsOf(check('former-province-2024.csv', false).issues);
    expect(errs.map((e) => [e.field, e.en])).toEqual([['gso', 'unknown GSO code "24616": not a unit of the province.']]);
  });
});

describe('data/attainment-2026-template.csv', () => {
  it('has exactly the 2026 columns (counted from the catalog) and only an example row the build rejects', async () => {
    const { templateColumns, laterCatalogs } = await import('../../../scripts/lib/eraColumns');
    const { REPO_ROOT } = await import('../../../scripts/lib/paths');
    const bytes = readFileSync(join(REPO_ROOT, 'data', 'attainment-2026-template.csv'));
    const { csv } = readCsv(bytes, 'data/attainment-2026-template.csv');
    expect(csv!.header).toEqual(templateColumns(laterCatalogs(catalogs)[0]!));
    expect(csv!.header.filter((c) => c.startsWith('tc'))).toHaveLength(10);
    const v = validateAttainment(csv!, { file: 'data/attainment-2026-template.csv', units: realUnits(), catalogs, eras });
    expect(errorsOf(v.issues).map((e) => [e.line, e.field, e.en])).toEqual([[2, 'note', 'example row from the template (attainment-template.csv): delete it.']]);
  });
});
