// The published CSV of the full table (issue 17), the export bar's "whole table" file in
// Vietnamese. The build runs it through scripts/published-csv.ts (scripts/lib/publish.ts says why).
import { readFileSync } from 'node:fs';
import { attainmentCsv } from '../../src/export/csv';
import { buildIndex } from '../../src/domain/dataIndex';
import { isDataset } from '../../src/data/loadData';

/** The published CSV of a dataset file (ntm.json), or an error naming the file. */
export function publishedCsv(datasetFile: string): string {
  const ds: unknown = JSON.parse(readFileSync(datasetFile, 'utf8'));
  if (!isDataset(ds)) throw new Error(`${datasetFile}: not an NTM dataset (run \`npm run data\`)`);
  return attainmentCsv(buildIndex(ds), 'vi');
}
