// How index.html carries the first view (issue #7), used by vite.config.ts at build time.
//
// Measured with `npm run bench` (bench/out/trace.ts, 10 alternating cold loads): drawn inline, the
// first view's strokes (commune outlines, district lines) are tessellated by the page's GPU raster,
// which in headless Chromium is SwiftShader on the same 2 cores. That work delayed MapLibre's WebGL
// context (the map constructor: 855 ms median with the borders, 341 ms without) and so interactive
// ready (2788 vs 2425 ms; the bare MapLibre floor: 2066 ms). So the inlined picture is the fills
// only, as an <img>: same colours and extent, the borders appear with the live map a moment later.
// The data build writes it as public/data/first-view-inline.svg; public/data/first-view.svg keeps
// its borders: it is the no-WebGL fallback and the print image.

// Bytes: whole units of zoom 8 instead of 9 (one unit ≈ 1.1 CSS px at the usual opening zoom ≈ 8.2,
// error ≤ 0.6 px) and no borders: 12.6 → 9.6 KB gzip. The file keeps zoom 9 and its borders.
export const INLINE_UNITS_ZOOM = 8;

/** Shared arcs simplified (Visvalingam, topojson-simplify) below 2 square units (≈ 2.4 CSS px² at the
 *  usual opening zoom): borders move by about a pixel at most, neighbours stay joined (no slivers).
 *  9.5 → 7.3 KB gzip of a page's 14.5 (2026-11-23); side by side at 2× the difference is barely seen. */
export const INLINE_SIMPLIFY_AREA = 2;

/** Attribute that marks the border elements of scripts/lib/firstView.ts's SVG. */
export const BORDERS_ATTR = 'data-borders';

/** The SVG without its border strokes: the commune fills keep their colours, the stroked group
 *  loses its stroke, the district line path is dropped. Throws if the SVG lacks the marked parts
 *  (a changed generator must not silently ship a different picture). */
export function fillsOnly(svg: string): string {
  const group = new RegExp(`<g ${BORDERS_ATTR}="communes"[^>]*>`);
  const lines = new RegExp(`<path ${BORDERS_ATTR}="districts"[^>]*/>`);
  if (!group.test(svg) || !lines.test(svg)) throw new Error(`first-view.svg: no ${BORDERS_ATTR} parts (regenerate it with npm run data)`);
  return svg.replace(group, '<g>').replace(lines, '');
}

/**
 * The first view as an `<img>` whose source is the SVG itself (a `data:` URL, percent-encoded, not
 * base64, so gzip still sees the path text). As an image it is rasterised once and then only
 * composited, also when React moves it into its tree. The image keeps the SVG's `data-*` (what it
 * shows: src/ui/FirstView.tsx reads them) and its label as `alt`.
 */
export function firstViewImage(svg: string): string {
  const open = /^<svg\b[^>]*>/.exec(svg.trim())?.[0] ?? '';
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(open)?.[1];
  const data = ['data-measure', 'data-year', 'data-bounds']
    .map((n) => (attr(n) !== undefined ? ` ${n}="${attr(n)}"` : ''))
    .join('');
  // URL: `%` and `#` encoded. HTML attribute: `&` and `"` as entities, which the HTML parser turns
  // back into the SVG's own characters (its `&amp;` stays `&amp;` for the XML parser). `<` and `>`
  // are allowed in attribute values.
  const src =
    'data:image/svg+xml,' +
    svg.trim().replace(/%/g, '%25').replace(/#/g, '%23').replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  // data-first-view-image: the benchmark's first useful view waits for this image to be decoded.
  return `<img class="first-view-img" data-first-view-image alt="${attr('aria-label') ?? ''}"${data} src="${src}">`;
}
