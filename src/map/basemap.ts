// The optional OpenStreetMap basemap: a raster source under the NTM layers (a failing tile server
// never hides them). Issue 14: the NTM fills stay opaque, so their colours are the legend's with
// or without it; the basemap, faded, shows outside the province (neighbours, the sea, roads that
// leave it) and under the commune borders. Its tile failures reach MapController's onProblem with
// sourceId 'osm' (MapView turns them into the notice beside the toggle).
import type { Map as MLMap } from 'maplibre-gl';
import { BASEMAP_FADE } from '../domain/mapStyle';
import { LAYERS, SRC_OSM } from './style';

export function showBasemap(map: MLMap, on: boolean, attribution: string): void {
  const has = !!map.getSource(SRC_OSM);
  if (on && !has) {
    map.addSource(SRC_OSM, {
      type: 'raster',
      tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
      tileSize: 256,
      maxzoom: 19,
      attribution,
    });
    map.addLayer(
      {
        id: LAYERS.osm,
        type: 'raster',
        source: SRC_OSM,
        paint: { 'raster-opacity': BASEMAP_FADE.opacity, 'raster-saturation': BASEMAP_FADE.saturation, 'raster-fade-duration': 0 },
      },
      LAYERS.communeFill,
    );
  } else if (!on && has) {
    map.removeLayer(LAYERS.osm);
    map.removeSource(SRC_OSM);
  }
}
