import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
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
