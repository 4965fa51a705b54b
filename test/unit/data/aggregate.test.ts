// @vitest-environment node
// The published province counts are reproduced from data/attainment.csv; the generator is reproducible.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AttainmentRow, PublishedAggregate } from '../../../src/domain/types';
import { checkPublished, countByYear } from '../../../scripts/lib/aggregate';
import { readCsv } from '../../../scripts/lib/csv';
import { generateAttainment, toCsv } from '../../../scripts/lib/generate';
import { errorsOf, formatIssue } from '../../../scripts/lib/issues';
import { REPO_ROOT } from '../../../scripts/lib/paths';
import { validateAttainment } from '../../../scripts/lib/validate';
import { realUnits } from './helpers';

const published = JSON.parse(readFileSync(join(REPO_ROOT, 'data/published.json'), 'utf8')) as PublishedAggregate[];

function loadTable(): AttainmentRow[] {
  const { csv, issues } = readCsv(readFileSync(join(REPO_ROOT, 'data/attainment.csv')), 'data/attainment.csv');
  expect(issues).toEqual([]);
  const v = validateAttainment(csv!, { file: 'data/attainment.csv', units: realUnits() });
  expect(errorsOf(v.issues).map(formatIssue)).toEqual([]);
  return v.rows;
}

describe('data/attainment.csv', () => {
  const rows = loadTable();
  const counts = countByYear(rows);

  it('has one row per xã per year 2021-2025', () => {
    expect(rows).toHaveLength(555);
    expect(counts.map((c) => [c.year, c.rows])).toEqual([2021, 2022, 2023, 2024, 2025].map((y) => [y, 111]));
  });

  it('a year is the status at 31 December: 2023 is the end-of-2023 report (109/111, 41, 16), mid-year reports are lower bounds', () => {
    const byYear = Object.fromEntries(counts.map((c) => [c.year, [c.ntm, c.nangCao, c.kieuMau]]));
    expect(byYear[2021]).toEqual([106, 27, 9]);
    expect(byYear[2022]![0]).toBe(107);
    expect(byYear[2023]).toEqual([109, 41, 16]);
    const r = checkPublished(counts, published, 'data/attainment.csv', 'error');
    expect(r.issues).toEqual([]);
    // 16/6/2021, 8/6/2022 and 13/9/2023 (107/33/9) are interim; the end of 2023 is exact.
    expect(published.map((p) => [p.year, p.basis ?? 'year_end', p.source.date])).toEqual([
      [2021, 'interim', '2021-06-16'], [2022, 'interim', '2022-06-08'], [2023, 'interim', '2023-09-13'], [2023, 'year_end', '2023-12-31'],
    ]);
    expect(r.results.map((x) => [x.year, x.ok])).toEqual([[2021, true], [2022, true], [2023, true], [2023, true]]);
  });

  it('keeps the end-2022 not-yet communes in Đam Rông at 17/19, two of them recognised in 2023', () => {
    const notYet = (y: number) => rows.filter((r) => r.year === y && r.status === 'chua_dat');
    expect(notYet(2022).map((r) => r.gso).sort()).toEqual(['24853', '24856', '24859', '24874']);
    for (const r of notYet(2022)) expect(r.criteria.filter(Boolean)).toHaveLength(17);
    expect(notYet(2023)).toHaveLength(2);
  });

  it('never lets a status go backwards, and every NTM row meets all 19 criteria', () => {
    const order = ['chua_dat', 'ntm', 'nang_cao', 'kieu_mau'];
    const byGso = new Map<string, AttainmentRow[]>();
    for (const r of rows) byGso.set(r.gso, [...(byGso.get(r.gso) ?? []), r]);
    for (const list of byGso.values()) {
      for (let i = 1; i < list.length; i++) expect(order.indexOf(list[i]!.status!)).toBeGreaterThanOrEqual(order.indexOf(list[i - 1]!.status!));
    }
    for (const r of rows) if (r.status !== 'chua_dat') expect(r.criteria.every((c) => c === true)).toBe(true);
    for (const r of rows) if (r.status === 'chua_dat') expect(r.criteria.filter(Boolean).length).toBeLessThan(19);
  });

  it('labels published facts with their source and everything else "illustrative"', () => {
    const sources = new Set(rows.map((r) => r.source));
    for (const s of sources) expect(s === 'illustrative' || /^https?:\/\//.test(s)).toBe(true);
    const tanHa2021 = rows.find((r) => r.gso === '24916' && r.year === 2021)!;
    expect(tanHa2021.status).toBe('kieu_mau');
    expect(tanHa2021.source).toBe('http://dichvulamdong.com/them-9-xa-cua-lam-dong-dat-chuan-xa-nong-thon-moi-nang-cao/');
    expect(rows.filter((r) => r.year >= 2024 && r.source !== 'illustrative').every((r) => r.year === 2024 && ['24853', '24856', '24859', '24874'].includes(r.gso))).toBe(true);
  });

  it('is exactly what scripts/generate-attainment.ts produces (fixed seed)', () => {
    const a = toCsv(generateAttainment(realUnits()));
    const b = toCsv(generateAttainment(realUnits()));
    expect(a).toBe(b);
    expect(readFileSync(join(REPO_ROOT, 'data/attainment.csv'), 'utf8')).toBe(a);
  });
});

describe('checkPublished', () => {
  const counts = [{ year: 2021, rows: 111, withStatus: 111, ntm: 105, nangCao: 27, kieuMau: 9 }];
  it('is an error for the project table and a warning for an officer table', () => {
    const asError = checkPublished(counts, published, 't.csv', 'error').issues;
    expect(asError).toHaveLength(1);
    expect(asError[0]!.level).toBe('error');
    expect(asError[0]!.en).toMatch(/year 2021 does not match the published figures .*NTM 105 < 106/);
    expect(checkPublished(counts, published, 't.csv', 'warning').issues[0]!.level).toBe('warning');
  });
  it('a mid-year report is a lower bound, a year-end report exact', () => {
    const y2023 = (ntm: number, nangCao: number, kieuMau: number) => [{ year: 2023, rows: 111, withStatus: 111, ntm, nangCao, kieuMau }];
    expect(checkPublished(y2023(109, 41, 16), published, 't.csv', 'error').issues).toEqual([]);
    // 107/33/9 meets the 13/9/2023 lower bound but not the end-of-2023 report.
    const at13Sep = checkPublished(y2023(107, 33, 9), published, 't.csv', 'error').issues;
    expect(at13Sep).toHaveLength(1);
    expect(at13Sep[0]!.en).toMatch(/NTM 107 ≠ 109; nâng cao 33 ≠ 41; kiểu mẫu 9 ≠ 16/);
    // Above the end-of-2023 figures: fails the exact check only.
    expect(checkPublished(y2023(110, 41, 16), published, 't.csv', 'error').issues).toHaveLength(1);
  });
  it('skips years the table does not claim', () => {
    expect(checkPublished([], published, 't.csv', 'error').issues).toEqual([]);
  });
});
