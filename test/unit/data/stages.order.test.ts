// @vitest-environment node
// A rejected table never waits for the geometry: validation errors are thrown before the
// coverage cleaning starts (the slow stage). The cleaning is wrapped to count its calls.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildPaths } from '../../../scripts/lib/paths';
import { buildDataset } from '../../../scripts/lib/pipeline';
import { DataBuildError } from '../../../scripts/lib/issues';
import { cleanCoverage } from '../../../scripts/lib/geometry';
import { FIXTURES } from './helpers';
import { REAL_BUILD_TIMEOUT } from '../realData';

vi.mock('../../../scripts/lib/geometry', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../scripts/lib/geometry')>();
  return { ...actual, cleanCoverage: vi.fn(actual.cleanCoverage) };
});

describe('stage order', () => {
  it('a bad attainment table is rejected before any geometry work', async () => {
    vi.mocked(cleanCoverage).mockClear();
    const paths = buildPaths({ NTM_ATTAINMENT: join(FIXTURES, 'bad', 'duplicate-row.csv') });
    await expect(buildDataset(paths)).rejects.toBeInstanceOf(DataBuildError);
    expect(cleanCoverage).not.toHaveBeenCalled();
  });

  it('a good table goes on to the geometry (the counter counts)', async () => {
    vi.mocked(cleanCoverage).mockClear();
    await buildDataset(buildPaths({}));
    expect(cleanCoverage).toHaveBeenCalledTimes(1);
  }, REAL_BUILD_TIMEOUT);
});
