// Where the app finds what the data build wrote (relative to the page, so any sub-path works).
// Also read by vite.config.ts, which preloads both files from the HTML (issue #7).
export const DATA_URLS = {
  dataset: 'data/ntm.json',
  geo: 'data/geo.json',
  /** Loaded only when asked for (issue 13): the full 2026–2030 catalog and, for the data desk, the
   *  code sets of before and after 1/7/2025. */
  catalog2026: 'data/criteria-2026-2030.json',
  codes: 'data/codes.json',
} as const;

/** The full data table as a static file the build publishes (scripts/lib/publish.ts; the same as
 *  the export bar's src/export ATTAINMENT_FILE_NAME): the failure messages' fallback (issue 17). */
export const PUBLISHED_ATTAINMENT_CSV = 'data/ban-do-ntm-lam-dong-bang-so-lieu-day-du.csv';
