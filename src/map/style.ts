// The MapLibre style of the NTM map: sources, layers and the filters that show a selection.
// Colours and widths come from src/domain/mapStyle.ts, shared with the static first view.
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import {
  COMMUNE_LINE, DIM_VEIL, DISTRICT_LINE, FALLBACK_FILL, MAP_BACKGROUND, SELECTED_LINE, type ZoomLine,
} from '../domain/mapStyle';
import type { MapGeo, MapSelection } from '../domain/geo';
import { PATTERN_NAMES, type PatternName } from './patterns';
import type { MapPicture } from './picture';

export const SRC_COMMUNES = 'communes';
export const SRC_DISTRICTS = 'districts';
export const SRC_OSM = 'osm';
export const LAYERS = {
  osm: 'osm-raster',
  communeFill: 'commune-fill',
  communeLine: 'commune-line',
  districtFill: 'district-fill',
  districtLine: 'district-line',
  dim: 'dim-outside-selection',
  communeSelected: 'commune-selected',
  districtSelected: 'district-selected',
  pattern: (p: PatternName) => `commune-pattern-${p}`,
} as const;

/** Issue #7: a 16 px tile buffer instead of MapLibre's 128 px. Each tile's geometry is clipped to
 *  the tile plus its buffer, so at 128 px the worker cut, triangulated and drew 2.25× the tile's
 *  area; 16 px is still 4× our widest line (no seams at tile edges, checked at zoom 9-13).
 *  A/B, 10 paired cold runs: MapLibre style → load 1145 → 986 ms. */
const TILE_BUFFER = 16;

export function inList(prop: string, ids: readonly string[]): FilterSpecification {
  return ['in', ['get', prop], ['literal', [...ids]]] as FilterSpecification;
}

export function patternIds(patterns: ReadonlyMap<string, PatternName | 'none'>, p: PatternName): string[] {
  return [...patterns].filter(([, v]) => v === p).map(([k]) => k);
}

export function selectionFilters(sel: MapSelection): { commune: FilterSpecification; district: FilterSpecification; dim: FilterSpecification } {
  const gso = sel?.kind === 'commune' ? sel.gso : '__none__';
  const code = sel?.kind === 'district' ? sel.code : '__none__';
  return {
    commune: ['==', ['get', 'gso'], gso],
    district: ['==', ['get', 'code'], code],
    // A selected district dims the rest of the province.
    dim: sel?.kind === 'district' ? ['!=', ['get', 'code'], code] : ['==', ['get', 'code'], '__none__'],
  };
}

function zoomWidth(line: ZoomLine): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], ...line.widths.flat()] as ExpressionSpecification;
}

/** The style the map opens with. Issue #7: the initial picture (pattern filters, district mode,
 *  selection) is written into the style itself, so the first frame is the final one: no
 *  `setFilter` after `load` (filters run in the worker: every tile would be cut again). */
export function baseStyle(geo: MapGeo, initial?: { picture: MapPicture; selection: MapSelection }): StyleSpecification {
  const districtMode = initial?.picture.districtMode ?? false;
  const sel = selectionFilters(initial?.selection ?? null);
  const patternLayers: LayerSpecification[] = PATTERN_NAMES.map((p) => ({
    id: LAYERS.pattern(p),
    type: 'fill',
    source: SRC_COMMUNES,
    filter: inList('gso', initial ? patternIds(initial.picture.patterns, p) : []),
    layout: { visibility: districtMode ? 'none' : 'visible' },
    paint: { 'fill-pattern': p },
  }));
  return {
    version: 8,
    sources: {
      [SRC_COMMUNES]: { type: 'geojson', data: geo.communes, promoteId: 'gso', buffer: TILE_BUFFER },
      [SRC_DISTRICTS]: { type: 'geojson', data: geo.districts, promoteId: 'code', buffer: TILE_BUFFER },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': MAP_BACKGROUND } },
      {
        id: LAYERS.communeFill,
        type: 'fill',
        source: SRC_COMMUNES,
        paint: { 'fill-color': ['coalesce', ['feature-state', 'color'], FALLBACK_FILL], 'fill-opacity': 1 },
      },
      ...patternLayers,
      {
        id: LAYERS.communeLine,
        type: 'line',
        source: SRC_COMMUNES,
        paint: { 'line-color': COMMUNE_LINE.color, 'line-width': zoomWidth(COMMUNE_LINE) },
      },
      {
        id: LAYERS.districtFill,
        type: 'fill',
        source: SRC_DISTRICTS,
        layout: { visibility: districtMode ? 'visible' : 'none' },
        paint: { 'fill-color': ['coalesce', ['feature-state', 'color'], FALLBACK_FILL] },
      },
      {
        id: LAYERS.dim,
        type: 'fill',
        source: SRC_DISTRICTS,
        filter: sel.dim,
        paint: { 'fill-color': DIM_VEIL.color, 'fill-opacity': DIM_VEIL.opacity },
      },
      {
        id: LAYERS.districtLine,
        type: 'line',
        source: SRC_DISTRICTS,
        // Issue #7: MapLibre's default (miter) joins, not round ones: a round join adds a fan of
        // triangles at every vertex of every district boundary, invisible at 1.2-2.5 px. A/B, 10
        // paired cold runs: style → load 1021 → 936 ms. (The selection outlines, one unit, keep theirs.)
        paint: { 'line-color': DISTRICT_LINE.color, 'line-width': zoomWidth(DISTRICT_LINE) },
      },
      {
        id: LAYERS.districtSelected,
        type: 'line',
        source: SRC_DISTRICTS,
        filter: sel.district,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': SELECTED_LINE.color, 'line-width': SELECTED_LINE.district },
      },
      {
        id: LAYERS.communeSelected,
        type: 'line',
        source: SRC_COMMUNES,
        filter: sel.commune,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': SELECTED_LINE.color, 'line-width': SELECTED_LINE.commune },
      },
    ],
  };
}
