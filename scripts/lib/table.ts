// The attainment table checked on its own: decode and parse (a CSV's bytes, or cells already read
// from a spreadsheet), validate every row against the units, count by year and compare with the
// published figures. The data build (stages/validate.ts) and the officers' desk (src/desk, in a
// Web Worker) both run this: one set of rules, one set of messages. Pure: no file system.
import type { AttainmentRow, PublishedAggregate } from '../../src/domain/types';
import { checkPublished, countByYear, type YearCounts } from './aggregate';
import { readCsv, type ParsedCsv } from './csv';
import type { Issue } from './issues';
import type { Unit } from './units';
import { validateAttainment, type EraContext } from './validate';

export interface TableInput {
  /** As shown in messages. */
  file: string;
  /** A CSV file's bytes, or the header and rows read from a spreadsheet. */
  content: { bytes: Uint8Array } | { csv: ParsedCsv };
  /** An officer's table (NTM_ATTAINMENT, the desk): a mismatch with the published figures is a
   *  warning; for the project's own table it is an error. */
  custom: boolean;
}

export interface CheckedTable {
  /** The header and rows as read (null when the file could not be read). */
  csv: ParsedCsv | null;
  rows: AttainmentRow[];
  issues: Issue[];
  counts: YearCounts[];
  publishedCheck: { year: number; ok: boolean; text: string }[];
}

export function checkTable(
  input: TableInput,
  units: readonly Unit[],
  published: readonly PublishedAggregate[],
  onProgress?: (done: number, total: number) => void,
  eras: EraContext = {},
): CheckedTable {
  const issues: Issue[] = [];
  let rows: AttainmentRow[] = [];
  let csv: ParsedCsv | null;
  if ('bytes' in input.content) {
    const read = readCsv(input.content.bytes, input.file);
    issues.push(...read.issues);
    csv = read.csv;
  } else csv = input.content.csv;
  if (csv) {
    const v = validateAttainment(csv, { file: input.file, units, onProgress, ...eras });
    issues.push(...v.issues);
    rows = v.rows;
  }
  // The province counts are of the plan's own units (old Lâm Đồng) up to 2025, today's from 2026:
  // rows of the former Đắk Nông and Bình Thuận units are kept but not counted against Lâm Đồng's figures.
  const lamDong = new Set(units.map((u) => u.gso));
  const counts = countByYear(rows.filter((r) => r.criteriaSet === '2026-2030' || lamDong.has(r.gso)));
  const pub = checkPublished(counts, published, input.file, input.custom ? 'warning' : 'error');
  issues.push(...pub.issues);
  return { csv, rows, issues, counts, publishedCheck: pub.results };
}
