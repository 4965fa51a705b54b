// Export file names (kept apart so the PNG chunk does not pull in the CSV code).
import type { MeasureId } from '../domain/measures';

/** File names: only [a-z0-9.-], so they survive every OS and mail client. */
export function exportFileName(o: { measure: MeasureId; year: number; districtMode?: boolean }, ext: 'png' | 'csv'): string {
  const measure = o.measure.replace(/[^a-z0-9.]/gi, '');
  return `ban-do-ntm-lam-dong-${measure}-${o.year}${o.districtMode ? '-huyen' : ''}.${ext}`;
}

/** The full table's CSV (every xã, every year): downloaded from the export bar, and published by
 *  the build as a static file, the fallback when the app's code cannot run (issue 17). */
export const ATTAINMENT_FILE_NAME = 'ban-do-ntm-lam-dong-bang-so-lieu-day-du.csv';
/** Where the build publishes it (relative to index.html; scripts/lib/publish.ts writes it). */
export const PUBLISHED_ATTAINMENT_CSV = `data/${ATTAINMENT_FILE_NAME}`;
