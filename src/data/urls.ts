// Where the app finds what the data build wrote (relative to the page, so any sub-path works).
// Also read by vite.config.ts, which preloads both files from the HTML (issue #7).
export const DATA_URLS = {
  dataset: 'data/ntm.json',
  geo: 'data/geo.json',
} as const;

/** Loaded when a part needs them, never at start (so never in DATA_URLS, which the HTML preloads).
 *  (A later catalog's full text is `data/<catalog.detail>`, named by ntm.json.) */
export const LAZY_DATA_URLS = {
  /** The plan's targets: the leaders' view and a district's summary (src/data/loadTargets.ts). */
  targets: 'data/targets.json',
  /** For the data desk: the code sets of before and after 1/7/2025. */
  codes: 'data/codes.json',
} as const;

/** The full data table as a static file the build publishes (scripts/lib/publish.ts; the same as
 *  the export bar's src/export ATTAINMENT_FILE_NAME): the failure messages' fallback (issue 17). */
export const PUBLISHED_ATTAINMENT_CSV = 'data/ban-do-ntm-lam-dong-bang-so-lieu-day-du.csv';
