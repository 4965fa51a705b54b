import { describe, expect, it } from 'vitest';
import { mercator, outlinePath, staticProjection } from './staticMap';

describe('the static first view projection', () => {
  const bounds: [number, number, number, number] = [107.2657514, 11.21516485, 108.73195023, 12.31722787];

  it('puts the bounds on the viewBox corners (the inlined picture, zoom 8, is 533.827 × 409.868)', () => {
    expect(staticProjection(bounds).viewBox[2]).toBeCloseTo(1067.653, 2); // first-view.svg, zoom 9
    const p = staticProjection(bounds, 8);
    expect(p.viewBox[2]).toBeCloseTo(533.827, 2);
    expect(p.viewBox[3]).toBeCloseTo(409.868, 2);
    expect(p.project([bounds[0], bounds[3]])).toEqual([0, 0]);
    const [x, y] = p.project([bounds[2], bounds[1]]);
    expect(x).toBeCloseTo(p.viewBox[2], 6);
    expect(y).toBeCloseTo(p.viewBox[3], 6);
  });

  it('is Web Mercator: the equator at y = 0.5, longitude linear', () => {
    expect(mercator([0, 0])).toEqual([0.5, 0.5]);
    expect(mercator([90, 0])[0]).toBe(0.75);
    expect(mercator([0, 60])[1]).toBeLessThan(0.5);
  });

  it('draws every ring of a multipolygon as a closed subpath', () => {
    const p = staticProjection(bounds);
    const square = (x: number, y: number) => [[[x, y], [x + 0.1, y], [x + 0.1, y + 0.1], [x, y + 0.1], [x, y]]];
    const d = outlinePath({ type: 'MultiPolygon', coordinates: [square(107.5, 11.5), square(108, 12)] }, p);
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d.match(/Z/g)).toHaveLength(2);
    expect(d.startsWith('M')).toBe(true);
  });
});
