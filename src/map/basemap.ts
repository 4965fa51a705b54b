// The optional OpenStreetMap basemap: a raster source under the NTM layers (a failing tile server
// never hides them), with the NTM fills made translucent over it.
import type { Map as MLMap } from 'maplibre-gl';
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
    map.addLayer({ id: LAYERS.osm, type: 'raster', source: SRC_OSM }, LAYERS.communeFill);
    map.setPaintProperty(LAYERS.communeFill, 'fill-opacity', 0.72);
  } else if (!on && has) {
    map.removeLayer(LAYERS.osm);
    map.removeSource(SRC_OSM);
    map.setPaintProperty(LAYERS.communeFill, 'fill-opacity', 1);
  }
}
