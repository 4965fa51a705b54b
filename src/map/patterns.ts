// Non-colour cues for map classes: small repeating images registered with MapLibre.
// Computed in plain JS (no sprite file, no remote request, no canvas). Issue #7: drawn on a 2D
// canvas they cost 0.6 s of a cold load (getImageData waiting for the GPU process), still ~70 ms
// with a CPU-backed canvas; this is a few hundred thousand arithmetic operations.
// Shapes and ink from src/domain/mapStyle.ts (the first view draws the same ones as SVG).
import { PATTERN } from '../domain/mapStyle';

export type PatternName = 'hatch' | 'dots' | 'cross';
export const PATTERN_NAMES: readonly PatternName[] = ['hatch', 'dots', 'cross'];

/** Tile size in CSS px. The shapes tile seamlessly at this period. */
export const PATTERN_SIZE = PATTERN.size;
const INK = PATTERN.ink.rgb;
const INK_ALPHA = PATTERN.ink.alpha;
const HALF_WIDTH = PATTERN.lineWidth / 2;
const SUB = 4; // 4×4 samples per pixel for anti-aliased edges
const HATCH_LINES = [0, PATTERN_SIZE, 2 * PATTERN_SIZE];

/** True when the point (CSS px inside the tile) is on the pattern's ink. */
function inked(name: PatternName, x: number, y: number): boolean {
  const s = PATTERN_SIZE;
  if (name === 'hatch') {
    // Diagonals x + y = s·k (k = 0, 1, 2): the lines from (o, s) to (o + s, 0), o ∈ {−s, 0, s}.
    for (const c of HATCH_LINES) if (Math.abs(x + y - c) / Math.SQRT2 <= HALF_WIDTH) return true;
    return false;
  }
  if (name === 'dots') return (x - s / 2) ** 2 + (y - s / 2) ** 2 <= PATTERN.dotRadius ** 2;
  // cross: a vertical and a horizontal bar from 2 to s − 2 through the centre.
  const inBar = (a: number, b: number) => Math.abs(a - s / 2) <= HALF_WIDTH && b >= PATTERN.crossInset && b <= s - PATTERN.crossInset;
  return inBar(x, y) || inBar(y, x);
}

export interface PatternImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** RGBA pixels (not premultiplied) of one tile at `ratio` device pixels per CSS px. */
export function patternImage(name: PatternName, ratio = 1): PatternImage {
  const px = PATTERN_SIZE * ratio;
  const data = new Uint8ClampedArray(px * px * 4);
  for (let j = 0; j < px; j++) {
    for (let i = 0; i < px; i++) {
      let hits = 0;
      for (let sj = 0; sj < SUB; sj++)
        for (let si = 0; si < SUB; si++) if (inked(name, (i + (si + 0.5) / SUB) / ratio, (j + (sj + 0.5) / SUB) / ratio)) hits++;
      if (!hits) continue;
      const o = (j * px + i) * 4;
      data[o] = data[o + 1] = data[o + 2] = INK;
      data[o + 3] = Math.round(255 * INK_ALPHA * (hits / (SUB * SUB)));
    }
  }
  return { width: px, height: px, data };
}
