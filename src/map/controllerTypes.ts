// The MapController's options, callbacks and results (src/map/MapController.ts).
import type * as MapLibre from 'maplibre-gl';
import type { MapGeo, MapSelection } from '../domain/geo';
import type { MapPicture } from './picture';

export interface DistrictLabel {
  code: string;
  name: string;
  point: [number, number];
}

/** A map problem worth telling the reader about (never thrown at the caller). */
export interface MapProblem {
  /** The source whose tiles failed ('osm' for the basemap), or null for the map itself. */
  sourceId: string | null;
  message: string;
}

export interface MapCallbacks {
  onHover: (sel: MapSelection, point: { x: number; y: number } | null) => void;
  onSelect: (sel: MapSelection) => void;
  onProblem?: (p: MapProblem) => void;
}

/** The parts of the maplibre-gl module the controller uses (tests pass a small fake). */
export type MapLibreModule = Pick<typeof MapLibre, 'Map' | 'NavigationControl' | 'Marker'>;

export interface MapControllerOptions {
  geo: MapGeo;
  labels: DistrictLabel[];
  /** What the map opens with. Issue #7: written into the style (filters, visibility) and the
   *  colours set as feature state before the first tile is drawn, so the first frame is final. */
  picture: MapPicture;
  selection: MapSelection;
  callbacks: MapCallbacks;
  /** Embed mode: cooperative gestures so the host page scrolls normally. */
  cooperativeGestures?: boolean;
  /** MapLibre's own texts (canvas label, zoom buttons, gesture help) in the UI language. */
  locale?: Record<string, string>;
  attributionOSM: string;
  /** The reset-view control's accessible name (issue 14); updated with setResetLabel. */
  resetLabel?: string;
  maplibre?: MapLibreModule;
}

/** A frame of the map for an export: device pixels, its CSS size, and where a place lands on it. */
export interface MapImage {
  canvas: HTMLCanvasElement;
  width: number;
  height: number;
  project(lngLat: [number, number]): { x: number; y: number };
}

