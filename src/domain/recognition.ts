// District recognition as a class (data/districts.json, DOMAIN.md §4.3): recognised as an NTM
// district (with its year when published), a city that "completed the NTM task", or no published
// decision yet. Used by the grid's recognition column, its sort and the district-map measure.
import type { DistrictInfo, DistrictRecognition } from './types';

export type RecognitionClass = 'dat_chuan' | 'hoan_thanh_nhiem_vu' | 'no_decision';
export const RECOGNITION_CLASSES: readonly RecognitionClass[] = ['dat_chuan', 'hoan_thanh_nhiem_vu', 'no_decision'];

export function recognitionClass(d: Pick<DistrictInfo, 'recognition'>): RecognitionClass {
  return d.recognition?.status ?? 'no_decision';
}

/** Was the district recognised by the end of `year`? (A recognition without a year counts from
 *  its source's date.) Null when there is no recognition. */
export function recognisedBy(rec: DistrictRecognition | null, year: number): boolean | null {
  if (!rec) return null;
  const y = rec.year ?? Number(/^\d{4}/.exec(rec.source.date)?.[0] ?? NaN);
  return Number.isFinite(y) ? y <= year : true;
}

/** Sort key, ascending: recognised districts by year (earliest first), then those without a year,
 *  then the cities that completed the task; no decision (null) sorts last. */
export function recognitionSortKey(rec: DistrictRecognition | null): number | null {
  if (!rec) return null;
  if (rec.status === 'dat_chuan') return rec.year ?? 9000;
  return 9500 + (rec.year ?? 0);
}
