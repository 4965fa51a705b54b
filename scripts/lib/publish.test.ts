// @vitest-environment node
// What the build publishes beside the bundle (issue 17): the static CSV from the dataset, nothing
// the app does not need. test/e2e/published.spec.ts lists the real dist/.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFixture } from '../../test/fixtures/app/ntm.fixture';
import { importGraph } from '../../test/unit/architecture/importGraph';
import { BUILD_ONLY_FILES } from './publish';
import { PUBLISHED_ATTAINMENT_CSV } from '../../src/data/urls';
import { ATTAINMENT_FILE_NAME } from '../../src/export/fileNames';
import { publishedCsv } from './publishCsv';
import { datasetJson } from './dataset';

const dir = mkdtempSync(join(tmpdir(), 'ntm-publish-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('publish', () => {
  it('the published CSV is the full table of the dataset, in Vietnamese, with source and date in every row', () => {
    const ds = makeFixture();
    const file = join(dir, 'ntm.json');
    writeFileSync(file, datasetJson(ds));
    const csv = publishedCsv(file);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(ds.attainment.length);
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['gso_code', 'commune', 'year', 'status_label', 'source', 'data_date']));
    expect(rows.every((r) => r.data_date === ds.meta.dataDate && r.source !== '')).toBe(true);
  });

  it('a file that is not a dataset is refused, named', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{"units": 1}');
    expect(() => publishedCsv(file)).toThrow(file);
  });

  it('is published under the export bar\'s file name', () => {
    expect(PUBLISHED_ATTAINMENT_CSV).toBe(`data/${ATTAINMENT_FILE_NAME}`);
  });

  it('the build-only files are the data build\'s record (absolute paths) and the inlined first view', () => {
    expect(BUILD_ONLY_FILES).toContain('data/.inputs.json');
  });

  it('reaches no React, zustand or MapLibre (it runs inside the build, in Node)', () => {
    const g = importGraph(['scripts/lib/publish.ts', 'scripts/published-csv.ts']);
    expect(['react', 'react-dom', 'zustand', 'maplibre-gl'].filter((p) => g.packages.has(p))).toEqual([]);
  });
});
