// The embed's own page (issue 17): embed.html, a copy of index.html written by the build
// (scripts/lib/publish.ts). A server may let any site frame it while the full app is framed by its
// own site only (docs/DEPLOY.md). The app shows the embed layout on it whatever the query says;
// embed codes made before it existed (index.html?…&embed=1) keep working.
export const EMBED_PAGE = 'embed.html';

const EMBED_PATH = /(^|\/)embed\.html$/;

/** Is this path the embed page? */
export function isEmbedPath(pathname: string): boolean {
  return EMBED_PATH.test(pathname);
}

/** The directory of the app (with its trailing slash) for a path to index.html or embed.html. */
export function appPath(pathname: string): string {
  return pathname.replace(EMBED_PATH, '$1');
}
