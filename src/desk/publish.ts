// Publish: the public ntm.json rebuilt from the published one and the checked table, with the
// build's own assembly (scripts/lib/dataset.ts), so it is byte for byte what
// `NTM_ATTAINMENT=data/<csvName> SOURCE_DATE_EPOCH=<epoch> npm run data` writes for the normalised
// CSV the desk hands back. geo.json does not change with a table.
import { baseOf, datasetJson, datasetOf } from '../../scripts/lib/dataset';
import type { AttainmentRow, NtmDataset } from '../domain/types';

/** The normalised CSV's name: the uploaded file's, as .csv, in safe characters. */
export function csvNameFor(uploadName: string): string {
  const stem = uploadName.replace(/^.*[\\/]/, '').replace(/\.(csv|xlsx|xlsm|txt)$/i, '').normalize('NFC');
  const safe = stem.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `${safe || 'ket-qua-ntm'}.csv`;
}

/** Whole seconds (SOURCE_DATE_EPOCH has no milliseconds). */
export function publicationDate(now: Date): Date {
  return new Date(Math.floor(now.getTime() / 1000) * 1000);
}

export const epochOf = (d: Date): number => Math.floor(d.getTime() / 1000);

export function deskDataset(published: NtmDataset, rows: AttainmentRow[], csvName: string, date: Date): NtmDataset {
  return datasetOf(baseOf(published), { rows, custom: true, fileName: csvName }, date);
}

/** ntm.json's text for the desk's download. */
export function deskNtmJson(published: NtmDataset, rows: AttainmentRow[], csvName: string, date: Date): string {
  return datasetJson(deskDataset(published, rows, csvName, date));
}

/** The command that rebuilds the same file from the normalised CSV kept in data/. */
export function rebuildCommand(csvName: string, date: Date): string {
  return `NTM_ATTAINMENT=data/${csvName} SOURCE_DATE_EPOCH=${epochOf(date)} npm run data`;
}
