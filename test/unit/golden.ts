// Golden files are written only on request (UPDATE_GOLDEN=1): a test that finds its golden file
// missing fails and says how to make it, so it can never pass by writing what it just computed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

export const UPDATING_GOLDEN = process.env.UPDATE_GOLDEN === '1';

/** Compares `actual` with the JSON golden file at `path` (regenerated when UPDATE_GOLDEN=1). */
export function expectGolden(path: string, actual: unknown): void {
  if (UPDATING_GOLDEN) writeFileSync(path, JSON.stringify(actual, null, 1) + '\n');
  if (!existsSync(path)) throw new Error(`golden file ${path} is missing: run UPDATE_GOLDEN=1 npm test -- unit to write it, then review the diff`);
  expect(JSON.parse(JSON.stringify(actual))).toEqual(JSON.parse(readFileSync(path, 'utf8')));
}
