// District recognition as a class (data/districts.json, DOMAIN.md §4.3): recognised as an NTM
// district (with its year when published), a city that "completed the NTM task", or no published
// decision yet. Used by the grid's recognition column, its sort and the district-map measure.
import type { DistrictInfo, DistrictRecognition } from './types';

export type RecognitionClass = 'dat_chuan' | 'hoan_thanh_nhiem_vu' | 'no_decision';
export const RECOGNITION_CLASSES: readonly RecognitionClass[] = ['dat_chuan', 'hoan_thanh_nhiem_vu', 'no_decision'];

export function recognitionClass(d: Pick<DistrictInfo, 'recognition'>): RecognitionClass {
  return d.recognition?.status ?? 'no_decision';
}

/** Was the district recognised by the end of `year`? Null when there is no recognition. A
 *  recognition without a year is taken as in force (its date is unknown: we do not guess one;
 *  Đà Lạt and Bảo Lộc are reported complete since 2016, before the data's years). */
export function recognisedBy(rec: DistrictRecognition | null, year: number): boolean | null {
  if (!rec) return null;
  return rec.year == null ? true : rec.year <= year;
}

/** Sort key, ascending: recognised districts by year (earliest first), then those without a year,
 *  then the cities that completed the task; no decision (null) sorts last. */
export function recognitionSortKey(rec: DistrictRecognition | null): number | null {
  if (!rec) return null;
  if (rec.status === 'dat_chuan') return rec.year ?? 9000;
  return 9500 + (rec.year ?? 0);
}

/** A district's recognition class in a year (a recognition dated after the year: no decision yet). */
export function recognitionClassIn(d: Pick<DistrictInfo, 'recognition'>, year: number): RecognitionClass {
  return recognisedBy(d.recognition, year) === false ? 'no_decision' : recognitionClass(d);
}
