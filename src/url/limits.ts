// Length caps on what the address bar can carry (issue 17). A link's query is a few hundred
// characters at most (every parameter of urlState.ts plus a share site's tracking tags); the app
// reads no hash. A hostile or broken link of megabytes must cost nothing: the query is cut to its
// whole pairs within the cap before it is parsed, and a longer hash is dropped (index.html drops it
// before any other script runs: scripts/lib/watchdog.ts; the URL sync never writes it back).

/** Characters of `?…` read by the codec; beyond, only the pairs that end within it count. */
export const MAX_QUERY_LENGTH = 2048;
/** A `#…` longer than this is dropped (in-page anchors are short). */
export const MAX_HASH_LENGTH = 256;

/** The query cut to the `&`-separated pairs that end within MAX_QUERY_LENGTH. */
export function capQuery(query: string): string {
  if (query.length <= MAX_QUERY_LENGTH) return query;
  const head = query.slice(0, MAX_QUERY_LENGTH + 1);
  const end = head.lastIndexOf('&');
  return end > 0 ? head.slice(0, end) : '';
}

/** The hash to keep in a URL the app writes: '' when over the cap. */
export function capHash(hash: string): string {
  return hash.length <= MAX_HASH_LENGTH ? hash : '';
}
