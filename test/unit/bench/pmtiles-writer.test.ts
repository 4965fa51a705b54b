// @vitest-environment node
// The benchmark's PMTiles v3 writer, read back with the protomaps reader (`pmtiles`, the same
// library the map uses): every tile must come back byte for byte, whatever the directory layout.
import { describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { Compression, PMTiles, TileType, type RangeResponse, type Source } from 'pmtiles';
import { VectorTile } from '@mapbox/vector-tile'; // MapLibre's own MVT decoder (same version, declared as a devDependency)
import { PbfReader } from 'pbf';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { HEADER_BYTES, ROOT_LIMIT, serializeDirectory, writePmtiles, type TileInput } from '../../../bench/lib/pmtiles-writer';
import { cutVectorTiles } from '../../../bench/lib/vector-tiles';

/** A reader Source over bytes in memory (what FetchSource does over HTTP Range requests). */
class BufferSource implements Source {
  reads: [number, number][] = [];
  constructor(private readonly bytes: Uint8Array) {}
  getKey() {
    return 'memory';
  }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    this.reads.push([offset, length]);
    // A copy, as a network response would be (and never longer than the archive).
    return { data: this.bytes.slice(offset, offset + length).buffer };
  }
}

/** Deterministic pseudo-random bytes, so tiles differ and do not compress to nothing. */
function bytes(seed: number, n: number): Uint8Array {
  const out = new Uint8Array(n);
  let s = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    out[i] = s & 0xff;
  }
  return out;
}

/** All tiles of zooms z0..z1 inside a tile range of the top zoom (a small pyramid). */
function pyramid(z0: number, z1: number, size = 40): TileInput[] {
  const out: TileInput[] = [];
  for (let z = z0; z <= z1; z++) for (let x = 0; x < 2 ** z; x++) for (let y = 0; y < 2 ** z; y++) out.push({ z, x, y, data: bytes(z * 100000 + x * 1000 + y + 1, size + ((x + y) % 7)) });
  return out;
}

async function expectEveryTile(archive: Uint8Array, tiles: TileInput[]): Promise<PMTiles> {
  const reader = new PMTiles(new BufferSource(archive));
  for (const t of tiles) {
    const got = await reader.getZxy(t.z, t.x, t.y);
    expect(got, `${t.z}/${t.x}/${t.y}`).toBeDefined();
    expect(new Uint8Array(got!.data)).toEqual(t.data);
  }
  return reader;
}

const BOUNDS: [number, number, number, number] = [102.1, 8.4, 109.5, 23.4];

describe('writePmtiles', () => {
  it('writes a v3 header the reader understands', async () => {
    const tiles = pyramid(0, 3);
    const a = writePmtiles(tiles, { bounds: BOUNDS, center: [106, 16, 5], metadata: { name: 'test', vector_layers: [{ id: 'communes', fields: {} }] } });
    expect(new TextDecoder().decode(a.bytes.subarray(0, 7))).toBe('PMTiles');
    expect(a.bytes[7]).toBe(3);
    const h = await new PMTiles(new BufferSource(a.bytes)).getHeader();
    expect(h).toMatchObject({
      specVersion: 3,
      rootDirectoryOffset: HEADER_BYTES,
      clustered: true,
      internalCompression: Compression.Gzip,
      tileCompression: Compression.Gzip,
      tileType: TileType.Mvt,
      minZoom: 0,
      maxZoom: 3,
      numAddressedTiles: tiles.length,
      numTileEntries: tiles.length,
      numTileContents: tiles.length,
      leafDirectoryLength: 0,
      centerZoom: 5,
    });
    expect([h.minLon, h.minLat, h.maxLon, h.maxLat]).toEqual(BOUNDS);
    expect([h.centerLon, h.centerLat]).toEqual([106, 16]);
    expect(h.tileDataOffset + h.tileDataLength!).toBe(a.bytes.length);
    expect(await new PMTiles(new BufferSource(a.bytes)).getMetadata()).toEqual({ name: 'test', vector_layers: [{ id: 'communes', fields: {} }] });
  });

  it('returns every tile byte for byte, and nothing where there is no tile', async () => {
    const tiles = pyramid(0, 4).filter((t) => (t.x + t.y) % 3 !== 0 || t.z < 2);
    const a = writePmtiles(tiles, { bounds: BOUNDS });
    const reader = await expectEveryTile(a.bytes, tiles);
    expect(await reader.getZxy(4, 0, 0)).toBeUndefined(); // (0+0)%3 === 0: left out
    expect(await reader.getZxy(5, 0, 0)).toBeUndefined(); // beyond maxZoom
  });

  it('stores tiles gzip-compressed in the archive (the reader inflates them)', () => {
    const data = new Uint8Array(5000).fill(7);
    const a = writePmtiles([{ z: 0, x: 0, y: 0, data }], { bounds: BOUNDS });
    expect(a.bytes.length).toBeLessThan(1000);
    const off = Number(new DataView(a.bytes.buffer).getBigUint64(56, true));
    expect(gunzipSync(a.bytes.subarray(off))).toEqual(Buffer.from(data));
  });

  it('stores identical tiles once and run-length encodes consecutive ones', async () => {
    const same = bytes(42, 300);
    // z2 tiles 0..15 are consecutive TileIds 5..20: all the same content except one in the middle.
    const tiles: TileInput[] = [];
    for (let x = 0; x < 4; x++) for (let y = 0; y < 4; y++) tiles.push({ z: 2, x, y, data: x === 2 && y === 2 ? bytes(7, 300) : same });
    const a = writePmtiles(tiles, { bounds: BOUNDS, internalCompression: 'none' });
    expect(a.addressedTiles).toBe(16);
    expect(a.tileContents).toBe(2);
    expect(a.tileEntries).toBe(3); // a run, the odd tile, the rest of the run (pointing back)
    await expectEveryTile(a.bytes, tiles);
  });

  it('splits the directory into leaves when the root would not fit in the first 16 KB', async () => {
    const tiles = pyramid(0, 4, 20); // 341 tiles
    const small = writePmtiles(tiles, { bounds: BOUNDS, rootLimit: 200, leafSize: 16 });
    expect(small.leafDirectories).toBeGreaterThan(1);
    expect(HEADER_BYTES + small.rootDirectoryBytes).toBeLessThanOrEqual(400);
    const h = await new PMTiles(new BufferSource(small.bytes)).getHeader();
    expect(h.leafDirectoryLength).toBeGreaterThan(0);
    await expectEveryTile(small.bytes, tiles);
    // With the real limit the same tiles fit in the root alone.
    const one = writePmtiles(tiles, { bounds: BOUNDS });
    expect(one.leafDirectories).toBe(0);
    expect(HEADER_BYTES + one.rootDirectoryBytes).toBeLessThanOrEqual(ROOT_LIMIT);
    await expectEveryTile(one.bytes, tiles);
  });

  it('serializes a directory as the spec example says (count, deltas, run lengths, lengths, offsets)', () => {
    const dir = serializeDirectory(
      [
        { tileId: 0, offset: 0, length: 10, runLength: 1 },
        { tileId: 1, offset: 10, length: 300, runLength: 2 }, // contiguous: offset written as 0
        { tileId: 5, offset: 0, length: 10, runLength: 1 }, // points back: offset + 1
      ],
      'none',
    );
    expect([...dir]).toEqual([3, 0, 1, 4, 1, 2, 1, 10, 0xac, 0x02, 10, 1, 0, 1]);
  });

  it('rejects an empty tile set and a tile given twice', () => {
    expect(() => writePmtiles([], { bounds: BOUNDS })).toThrow();
    const t = { z: 1, x: 0, y: 1, data: bytes(1, 10) };
    expect(() => writePmtiles([t, { ...t }], { bounds: BOUNDS })).toThrow(/twice/);
  });
});

describe('cutVectorTiles + writePmtiles', () => {
  /** A 3×2 grid of 0.1° squares near Đà Lạt with the benchmark's properties. */
  function grid(): FeatureCollection<Polygon> {
    const features: Feature<Polygon>[] = [];
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 2; j++) {
        const [x, y] = [108.3 + i * 0.1, 11.8 + j * 0.1];
        const gso = String(24000 + i * 10 + j);
        features.push({ type: 'Feature', id: Number(gso), properties: { gso, c: '#1a9850' }, geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 0.1, y], [x + 0.1, y + 0.1], [x, y + 0.1], [x, y]]] } });
      }
    return { type: 'FeatureCollection', features };
  }

  it('cuts only tiles with data, keeps ids and properties, and every tile reads back', async () => {
    const fc = grid();
    const tiles = cutVectorTiles({ communes: fc, districts: { type: 'FeatureCollection', features: [] } }, { minZoom: 4, maxZoom: 8, tolerance: 4 });
    expect(Math.min(...tiles.map((t) => t.z))).toBe(4);
    expect(Math.max(...tiles.map((t) => t.z))).toBe(8);
    // 0.3° × 0.2° is within one tile up to z6 (tile ≥ 5.6°), a handful of tiles at z8 (1.4°).
    expect(tiles.filter((t) => t.z === 4)).toHaveLength(1);
    expect(tiles.filter((t) => t.z === 8).length).toBeLessThanOrEqual(4);

    const a = writePmtiles(tiles, { bounds: [108.3, 11.8, 108.6, 12], metadata: { vector_layers: [{ id: 'communes', fields: { gso: 'String', c: 'String' } }] } });
    const reader = await expectEveryTile(a.bytes, tiles);
    const z6 = tiles.find((t) => t.z === 6)!;
    const got = await reader.getZxy(z6.z, z6.x, z6.y);
    const vt = new VectorTile(new PbfReader(new Uint8Array(got!.data)));
    expect(Object.keys(vt.layers)).toEqual(['communes']); // the empty layer is left out
    const layer = vt.layers.communes!;
    expect(layer.length).toBe(6);
    const seen = Array.from({ length: layer.length }, (_, i) => layer.feature(i));
    expect(seen.map((f) => f.properties.gso).sort()).toEqual(fc.features.map((f) => f.properties!.gso).sort());
    for (const f of seen) {
      expect(f.id).toBe(Number(f.properties.gso));
      expect(f.properties.c).toBe('#1a9850');
      expect(f.type).toBe(3); // polygon
    }
  });
});
