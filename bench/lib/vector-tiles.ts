// Cuts GeoJSON layers into Mapbox Vector Tiles at benchmark build time: geojson-vt slices and
// simplifies, vt-pbf encodes, one MVT per tile holding every layer that has features there.
// Only tiles with data are produced: drilling down from z0, a tile geojson-vt knows nothing about
// (null) has no children; one whose features were all simplified away at its zoom (polygons
// smaller than the tolerance are dropped) is not written but its children are visited.
import GeoJSONVT, { type LegacyTile } from 'geojson-vt';
import { fromGeojsonVt } from 'vt-pbf';
import type { FeatureCollection } from 'geojson';
import type { TileInput } from './pmtiles-writer';

export interface TilingOptions {
  minZoom: number;
  maxZoom: number;
  /** geojson-vt tolerance in tile units (extent 4096 over MapLibre's 512 px tile: 8 units = 1 px). */
  tolerance: number;
  /** geojson-vt buffer in tile units around each tile (default 64 = 8 px). */
  buffer?: number;
}

export const EXTENT = 4096;

/** Every tile from minZoom to maxZoom where at least one layer has a feature. */
export function cutVectorTiles(layers: Record<string, FeatureCollection>, opts: TilingOptions): TileInput[] {
  const indexes = Object.entries(layers)
    .filter(([, fc]) => fc.features.length > 0)
    .map(([name, fc]) => [name, new GeoJSONVT(fc, { maxZoom: opts.maxZoom, tolerance: opts.tolerance, extent: EXTENT, buffer: opts.buffer ?? 64 })] as const);
  const out: TileInput[] = [];
  let level: [number, number][] = [[0, 0]];
  for (let z = 0; z <= opts.maxZoom && level.length; z++) {
    const next: [number, number][] = [];
    for (const [x, y] of level) {
      const present: Record<string, LegacyTile> = {};
      let known = false;
      for (const [name, index] of indexes) {
        const tile = index.getTile(z, x, y);
        known ||= tile !== null;
        if (tile && tile.features.length) present[name] = tile;
      }
      if (!known) continue;
      if (z >= opts.minZoom && Object.keys(present).length) out.push({ z, x, y, data: fromGeojsonVt(present, { version: 2, extent: EXTENT }) });
      next.push([2 * x, 2 * y], [2 * x + 1, 2 * y], [2 * x, 2 * y + 1], [2 * x + 1, 2 * y + 1]);
    }
    level = next;
  }
  return out;
}
