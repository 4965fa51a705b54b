// Where the app finds what the data build wrote (relative to the page, so any sub-path works).
// Also read by vite.config.ts, which preloads both files from the HTML (issue #7).
export const DATA_URLS = {
  dataset: 'data/ntm.json',
  geo: 'data/geo.json',
} as const;
