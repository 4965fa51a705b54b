// The published CSV of the full table (issue 17), the export bar's "whole table" file in
// Vietnamese. The build runs it through scripts/published-csv.ts (scripts/lib/publish.ts says why).
import { readFileSync } from 'node:fs';
import { attainmentCsv } from '../../src/export/csv';
import { buildIndex } from '../../src/domain/dataIndex';
import { parseDatasetText } from '../../src/data/wire';
import type { NtmDataset } from '../../src/domain/types';

/** The published CSV of a dataset file (ntm.json), or an error naming the file. */
export function publishedCsv(datasetFile: string): string {
  let ds: NtmDataset;
  try {
    ds = parseDatasetText(readFileSync(datasetFile, 'utf8'));
  } catch (e) {
    throw new Error(`${datasetFile}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return attainmentCsv(buildIndex(ds), 'vi');
}
