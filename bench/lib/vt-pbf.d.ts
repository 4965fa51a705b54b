// vt-pbf 3.x ships no types, and @types/vt-pbf is written against @types/geojson-vt 3 (geojson-vt 5
// ships its own, different types): the one function the benchmark uses, typed here.
declare module 'vt-pbf' {
  import type { LegacyTile } from 'geojson-vt';
  /** Encodes geojson-vt tiles, one per layer name, as one uncompressed Mapbox Vector Tile. */
  export function fromGeojsonVt(layers: Record<string, LegacyTile>, options?: { version?: number; extent?: number }): Uint8Array;
}
