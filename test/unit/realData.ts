// The real data, built in memory from the real inputs (../shared/data and data/) once per test
// file: suites that need it never skip when public/data is absent, and never read a folder that
// another process may be rewriting during the run.
import type { NtmDataset } from '../../src/domain/types';
import { buildPaths } from '../../scripts/lib/paths';
import { buildDataset, type BuildResult } from '../../scripts/lib/pipeline';

/** Long enough for the geometry stage on a loaded 2-core machine. */
export const REAL_BUILD_TIMEOUT = 120_000;

let pending: Promise<BuildResult> | null = null;

/** The build of the real inputs (as `npm run data` makes it, dated 2026-01-01). */
export function realBuild(): Promise<BuildResult> {
  pending ??= buildDataset(buildPaths({}), new Date('2026-01-01T00:00:00Z'));
  return pending;
}

/** What the browser loads: ntm.json and geo.json, after a JSON round trip. */
export async function realFiles(): Promise<{ dataset: NtmDataset; topology: unknown }> {
  const r = await realBuild();
  return { dataset: JSON.parse(JSON.stringify(r.dataset)) as NtmDataset, topology: JSON.parse(JSON.stringify(r.topology)) };
}

/** today.json as the browser loads it (issue 13), from the same build. */
export async function realToday(): Promise<import('../../src/domain/todayTypes').TodayRecord> {
  const r = await realBuild();
  return JSON.parse(JSON.stringify(r.today.record));
}
