// Export file names (kept apart so the PNG chunk does not pull in the CSV code).
import type { MeasureId } from '../domain/measures';

/** File names: only [a-z0-9.-], so they survive every OS and mail client. */
export function exportFileName(o: { measure: MeasureId; year: number; districtMode?: boolean }, ext: 'png' | 'csv'): string {
  const measure = o.measure.replace(/[^a-z0-9.]/gi, '');
  return `ban-do-ntm-lam-dong-${measure}-${o.year}${o.districtMode ? '-huyen' : ''}.${ext}`;
}

/** The full table's CSV (every xã, every year): downloaded from the export bar, and published by
 *  the build under the same name (src/data/urls.ts PUBLISHED_ATTAINMENT_CSV, issue 17). */
export const ATTAINMENT_FILE_NAME = 'ban-do-ntm-lam-dong-bang-so-lieu-day-du.csv';
