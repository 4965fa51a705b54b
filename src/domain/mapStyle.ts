// Drawing constants shared by the live map's style (src/map/style.ts) and the build's static first
// view (scripts/lib/firstView.ts), so the picture shown before MapLibre is ready and the map that
// replaces it cannot drift apart. Plain data: no MapLibre, no DOM.

/** Page colour behind the map. */
export const MAP_BACKGROUND = '#f4f3ef';
/** Drawn for a unit whose colour is not set (never expected once the view model has run). */
export const FALLBACK_FILL = '#d9d9d9';
/** The OpenStreetMap basemap (issue 14), drawn under the opaque NTM fills over MAP_BACKGROUND:
 *  faded and desaturated so the province's colours stay the figure and the basemap the ground. */
export const BASEMAP_FADE = { opacity: 0.55, saturation: -0.4 } as const;
/** Padding (CSS px) of the initial framing: `fitBounds(bounds, { padding })`. */
export const FIT_PADDING_PX = 16;

/** A line whose width grows with zoom: [zoom, width in CSS px] stops, interpolated linearly. */
export interface ZoomLine {
  color: string;
  widths: readonly (readonly [number, number])[];
}

/** Commune borders: thin white lines over the fills. */
export const COMMUNE_LINE: ZoomLine = { color: '#ffffff', widths: [[7, 0.4], [11, 1.2]] };
/** District borders: dark lines over everything but the selection. */
export const DISTRICT_LINE: ZoomLine = { color: '#3b3b3b', widths: [[7, 1.2], [11, 2.5]] };
/** Outline of the selected commune / district. */
export const SELECTED_LINE = { color: '#111111', commune: 3, district: 3.5 } as const;
/** A selected district dims the rest of the province with this veil. */
export const DIM_VEIL = { color: '#ffffff', opacity: 0.6 } as const;

/** Non-colour cues (hatch, dots, cross): one tile of PATTERN.size CSS px, drawn in a translucent
 *  ink. The map rasterises them (src/map/patterns.ts); the first view and the legend swatches
 *  draw the same shapes as SVG. */
export const PATTERN = {
  size: 12,
  ink: { rgb: 20, alpha: 0.55 },
  lineWidth: 1.2,
  dotRadius: 1.8,
  /** The cross's bars run from `crossInset` to size − crossInset through the centre. */
  crossInset: 2,
} as const;

export const PATTERN_INK_CSS = `rgba(${PATTERN.ink.rgb},${PATTERN.ink.rgb},${PATTERN.ink.rgb},${PATTERN.ink.alpha})`;

/** Commune names are drawn from this zoom on (src/map/communeLabels.ts, issue 14). */
export const COMMUNE_LABEL_MIN_ZOOM = 11;
