import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { readCsv } from '../../../scripts/lib/csv';
import { errorsOf, formatIssue, type Issue } from '../../../scripts/lib/issues';
import { validateAttainment } from '../../../scripts/lib/validate';
import { REPO_ROOT } from '../../../scripts/lib/paths';
import { readUnits, type Unit } from '../../../scripts/lib/units';

export const BOUNDARIES = resolve(REPO_ROOT, '../shared/data/lam-dong-communes.geojson');
export const FIXTURES = resolve(REPO_ROOT, 'test/fixtures/data');

let cached: Unit[] | null = null;
/** The 142 units of the real boundary file (read from ../shared/data, as in CI). */
export function realUnits(): Unit[] {
  if (!cached) cached = readUnits(JSON.parse(readFileSync(BOUNDARIES, 'utf8')), 'boundaries').units;
  return cached;
}

/** A fixture of test/fixtures/data/bad read and validated as the build does. */
export function check(name: string): { issues: Issue[]; rows: number } {
  const file = `bad/${name}`;
  const { csv, issues } = readCsv(readFileSync(join(FIXTURES, 'bad', name)), file);
  if (!csv) return { issues, rows: 0 };
  const v = validateAttainment(csv, { file, units: realUnits() });
  return { issues: [...issues, ...v.issues], rows: v.rows.length };
}

/** Exactly one error, on the given line and field, whose message matches. */
export function expectOneError(name: string, line: number | null, field: string | null, en: RegExp, vi?: RegExp): Issue {
  const { issues } = check(name);
  const errs = errorsOf(issues);
  expect(errs.map(formatIssue)).toHaveLength(1);
  const e = errs[0]!;
  expect(e.file).toBe(`bad/${name}`);
  expect(e.line).toBe(line);
  expect(e.field).toBe(field);
  expect(e.en).toMatch(en);
  if (vi) expect(e.vi).toMatch(vi);
  return e;
}
