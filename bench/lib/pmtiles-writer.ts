// A small PMTiles v3 writer (spec: github.com/protomaps/PMTiles, spec/v3/spec.md). The `pmtiles`
// npm package (4.x) only reads archives, and the reference writers are a Go binary and tippecanoe,
// which cannot be installed here; the format is simple enough to write in one pass from memory:
//
//   header (127 B) | root directory | JSON metadata | leaf directories (only if needed) | tile data
//
// - Tiles are addressed by Hilbert TileId (`zxyToTileId` from the reader package, so writer and
//   reader agree by construction) and stored in TileId order ("clustered").
// - Each tile is gzip-compressed (header TileCompression = gzip: the reader decompresses it, the
//   server must not add a Content-Encoding). Identical tiles are stored once (deduplicated) and
//   consecutive TileIds with the same content share one entry (run length).
// - Directories: a varint entry count, then columns of varints (TileId deltas, run lengths,
//   lengths, offsets where 0 means "right after the previous entry"), gzip-compressed
//   (InternalCompression = gzip) or not.
// - Header + root directory must fit in the first 16,384 bytes, which readers fetch in one request.
//   When all entries do not fit, they are split into leaf directories of `leafSize` entries (doubled
//   until the root of leaf pointers fits), as go-pmtiles does.
// Bench-only (node): it uses node:zlib.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

export const HEADER_BYTES = 127;
/** Readers fetch bytes 0..16383 first: the header and the whole root directory must be in them. */
export const ROOT_LIMIT = 16384;

export type Compression = 'none' | 'gzip';
const COMPRESSION_CODE: Record<Compression, number> = { none: 1, gzip: 2 };
/** Header TileType values (spec §3). */
export const TILE_TYPE = { unknown: 0, mvt: 1, png: 2, jpeg: 3, webp: 4, avif: 5 } as const;

export interface TileInput {
  z: number;
  x: number;
  y: number;
  /** The tile as it should be served once decompressed (e.g. an uncompressed MVT). */
  data: Uint8Array;
}

export interface PmtilesOptions {
  tileType?: number;
  /** How tiles are stored; default gzip (what MapLibre + the pmtiles reader expect for MVT). */
  tileCompression?: Compression;
  /** How directories and metadata are stored; default gzip. */
  internalCompression?: Compression;
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  /** Default: the middle of the bounds at minZoom. */
  center?: [number, number, number];
  /** JSON metadata; for MVT it should list `vector_layers` (TileJSON 3.0). */
  metadata?: Record<string, unknown>;
  /** Tests only: a smaller limit than 16,384 forces leaf directories. */
  rootLimit?: number;
  /** First leaf size tried when leaves are needed (entries per leaf; default 4096). */
  leafSize?: number;
}

export interface PmtilesArchive {
  bytes: Uint8Array;
  addressedTiles: number;
  tileEntries: number;
  tileContents: number;
  leafDirectories: number;
  rootDirectoryBytes: number;
}

/** A directory entry (spec §4). runLength 0 = points to a leaf directory. */
export interface DirEntry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

/** Unsigned LEB128 varint. Numbers up to 2^53 (TileIds up to z26): arithmetic, not bit ops. */
function pushVarint(out: number[], n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`varint out of range: ${n}`);
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
}

/** Serializes one directory (spec §4): count, then the four columns, then compression. */
export function serializeDirectory(entries: DirEntry[], compression: Compression): Uint8Array {
  if (!entries.length) throw new Error('a directory must not be empty');
  const out: number[] = [];
  pushVarint(out, entries.length);
  let lastId = 0;
  for (const e of entries) {
    pushVarint(out, e.tileId - lastId);
    lastId = e.tileId;
  }
  for (const e of entries) pushVarint(out, e.runLength);
  for (const e of entries) pushVarint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    // 0 = contiguous with the previous entry; otherwise offset + 1.
    pushVarint(out, i > 0 && prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return compress(Uint8Array.from(out), compression);
}

function compress(data: Uint8Array, how: Compression): Uint8Array {
  return how === 'gzip' ? gzipSync(data, { level: 9 }) : data;
}

/** Root directory, and leaf directories (concatenated) when all entries do not fit in the root. */
function buildDirectories(entries: DirEntry[], compression: Compression, rootLimit: number, leafSize: number): { root: Uint8Array; leaves: Uint8Array; leafCount: number } {
  const root = serializeDirectory(entries, compression);
  if (HEADER_BYTES + root.length <= rootLimit) return { root, leaves: new Uint8Array(0), leafCount: 0 };
  for (let size = leafSize; ; size *= 2) {
    const leafBlobs: Uint8Array[] = [];
    const rootEntries: DirEntry[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += size) {
      const chunk = entries.slice(i, i + size);
      const blob = serializeDirectory(chunk, compression);
      // A leaf pointer: the leaf's first TileId, its place in the leaf section, runLength 0.
      rootEntries.push({ tileId: chunk[0]!.tileId, offset, length: blob.length, runLength: 0 });
      leafBlobs.push(blob);
      offset += blob.length;
    }
    const r = serializeDirectory(rootEntries, compression);
    if (HEADER_BYTES + r.length <= rootLimit) return { root: r, leaves: concat(leafBlobs), leafCount: leafBlobs.length };
    if (size >= entries.length) throw new Error('root directory does not fit even with one leaf per entry batch');
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The 127-byte header (spec §3), little-endian. */
function header(h: {
  rootOffset: number; rootLength: number; metaOffset: number; metaLength: number; leafOffset: number; leafLength: number;
  dataOffset: number; dataLength: number; addressed: number; entries: number; contents: number;
  internal: number; tileCompression: number; tileType: number; minZoom: number; maxZoom: number;
  bounds: [number, number, number, number]; center: [number, number, number];
}): Uint8Array {
  const buf = new Uint8Array(HEADER_BYTES);
  const v = new DataView(buf.buffer);
  buf.set(new TextEncoder().encode('PMTiles'), 0);
  v.setUint8(7, 3);
  const u64 = (at: number, n: number) => {
    v.setUint32(at, n % 2 ** 32, true);
    v.setUint32(at + 4, Math.floor(n / 2 ** 32), true);
  };
  [h.rootOffset, h.rootLength, h.metaOffset, h.metaLength, h.leafOffset, h.leafLength, h.dataOffset, h.dataLength, h.addressed, h.entries, h.contents].forEach((n, i) => u64(8 + 8 * i, n));
  v.setUint8(96, 1); // clustered: tile data in TileId order
  v.setUint8(97, h.internal);
  v.setUint8(98, h.tileCompression);
  v.setUint8(99, h.tileType);
  v.setUint8(100, h.minZoom);
  v.setUint8(101, h.maxZoom);
  const e7 = (deg: number) => Math.round(deg * 1e7);
  const [w, s, e, n] = h.bounds;
  v.setInt32(102, e7(w), true);
  v.setInt32(106, e7(s), true);
  v.setInt32(110, e7(e), true);
  v.setInt32(114, e7(n), true);
  v.setUint8(118, h.center[2]);
  v.setInt32(119, e7(h.center[0]), true);
  v.setInt32(123, e7(h.center[1]), true);
  return buf;
}

/** Writes one PMTiles v3 archive from tiles given in any order (each z/x/y at most once). */
export function writePmtiles(tiles: TileInput[], opts: PmtilesOptions): PmtilesArchive {
  if (!tiles.length) throw new Error('no tiles');
  const tileCompression = opts.tileCompression ?? 'gzip';
  const internal = opts.internalCompression ?? 'gzip';
  const sorted = tiles.map((t) => ({ id: zxyToTileId(t.z, t.x, t.y), t })).sort((a, b) => a.id - b.id);

  // Tile data in TileId order; identical contents stored once.
  const blobs: Uint8Array[] = [];
  const byHash = new Map<string, { offset: number; length: number }>();
  const entries: DirEntry[] = [];
  let dataLength = 0;
  for (let i = 0; i < sorted.length; i++) {
    const { id, t } = sorted[i]!;
    if (i > 0 && sorted[i - 1]!.id === id) throw new Error(`tile ${t.z}/${t.x}/${t.y} given twice`);
    const hash = createHash('sha256').update(t.data).digest('hex');
    let blob = byHash.get(hash);
    if (!blob) {
      const stored = compress(t.data, tileCompression);
      blob = { offset: dataLength, length: stored.length };
      byHash.set(hash, blob);
      blobs.push(stored);
      dataLength += stored.length;
    }
    const last = entries[entries.length - 1];
    // Run-length: the next TileId with the same content extends the previous entry.
    if (last && last.offset === blob.offset && last.tileId + last.runLength === id) last.runLength++;
    else entries.push({ tileId: id, offset: blob.offset, length: blob.length, runLength: 1 });
  }

  const dirs = buildDirectories(entries, internal, opts.rootLimit ?? ROOT_LIMIT, opts.leafSize ?? 4096);
  const meta = compress(new TextEncoder().encode(JSON.stringify(opts.metadata ?? {})), internal);
  const zooms = tiles.map((t) => t.z);
  const minZoom = Math.min(...zooms);
  const maxZoom = Math.max(...zooms);
  const [w, s, e, n] = opts.bounds;
  const rootOffset = HEADER_BYTES;
  const metaOffset = rootOffset + dirs.root.length;
  const leafOffset = metaOffset + meta.length;
  const dataOffset = leafOffset + dirs.leaves.length;
  const head = header({
    rootOffset, rootLength: dirs.root.length, metaOffset, metaLength: meta.length, leafOffset, leafLength: dirs.leaves.length,
    dataOffset, dataLength, addressed: tiles.length, entries: entries.length, contents: blobs.length,
    internal: COMPRESSION_CODE[internal], tileCompression: COMPRESSION_CODE[tileCompression], tileType: opts.tileType ?? TILE_TYPE.mvt,
    minZoom, maxZoom, bounds: opts.bounds, center: opts.center ?? [(w + e) / 2, (s + n) / 2, minZoom],
  });
  return {
    bytes: concat([head, dirs.root, meta, dirs.leaves, ...blobs]),
    addressedTiles: tiles.length,
    tileEntries: entries.length,
    tileContents: blobs.length,
    leafDirectories: dirs.leafCount,
    rootDirectoryBytes: dirs.root.length,
  };
}
