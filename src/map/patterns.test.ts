import { describe, expect, it } from 'vitest';
import { PATTERN_NAMES, PATTERN_SIZE, patternImage } from './patterns';

const alphaAt = (img: ReturnType<typeof patternImage>, x: number, y: number) => img.data[(y * img.width + x) * 4 + 3]!;

describe('pattern images', () => {
  it('have the tile size times the pixel ratio and ink in rgb(20,20,20)', () => {
    for (const name of PATTERN_NAMES) {
      for (const ratio of [1, 2, 3]) {
        const img = patternImage(name, ratio);
        expect(img.width).toBe(PATTERN_SIZE * ratio);
        expect(img.height).toBe(PATTERN_SIZE * ratio);
        expect(img.data.length).toBe(img.width * img.height * 4);
        let inked = 0;
        for (let i = 0; i < img.data.length; i += 4) {
          if (img.data[i + 3]! > 0) {
            inked++;
            expect([img.data[i], img.data[i + 1], img.data[i + 2]]).toEqual([20, 20, 20]);
            expect(img.data[i + 3]!).toBeLessThanOrEqual(Math.round(255 * 0.55));
          }
        }
        // Some ink, but a light texture: the class colour stays visible underneath.
        expect(inked).toBeGreaterThan(0);
        expect(inked / (img.width * img.height)).toBeLessThan(0.5);
      }
    }
  });

  it('draw the shapes they are named after', () => {
    const dots = patternImage('dots');
    expect(alphaAt(dots, 6, 6)).toBeGreaterThan(100); // the dot in the centre
    expect(alphaAt(dots, 0, 0)).toBe(0);
    const cross = patternImage('cross');
    expect(alphaAt(cross, 5, 3)).toBeGreaterThan(0); // vertical bar (x 5.4-6.6)
    expect(alphaAt(cross, 3, 5)).toBeGreaterThan(0); // horizontal bar
    expect(alphaAt(cross, 0, 0)).toBe(0);
    const hatch = patternImage('hatch');
    expect(alphaAt(hatch, 5, 6)).toBeGreaterThan(0); // on the diagonal x + y = 12
    expect(alphaAt(hatch, 2, 2)).toBe(0); // between diagonals
  });

  it('tile seamlessly: the hatch continues across the tile edges', () => {
    const img = patternImage('hatch', 2);
    const n = img.width;
    for (let k = 0; k < n; k++) {
      // The lines run down-left at 45°: the pixel right of (n-1, k), in the next tile, is (0, k-1)
      // of this one, and it must have the same coverage.
      expect(alphaAt(img, 0, (k - 1 + n) % n)).toBe(alphaAt(img, n - 1, k));
    }
  });
});
