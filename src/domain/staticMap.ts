// The static first view's projection (issue #7) and outlines drawn over it (issue 14): Web
// Mercator scaled to world pixels at zoom 9, relative to the province's bounds, exactly as the
// data build draws public/data/first-view.svg (scripts/lib/firstView.ts uses these functions), so a
// path made here lands on the picture's own shapes with the same viewBox.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Bbox } from './geo';

/** Units of the SVG's user space: world pixels at this zoom (512 px tiles). */
export const STATIC_UNITS_ZOOM = 9;

/** Web Mercator, world = [0, 1]² (x east, y south), as MapLibre's MercatorCoordinate. */
export function mercator([lon, lat]: Position): [number, number] {
  const x = (lon! + 180) / 360;
  const s = Math.sin((lat! * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + s) / (1 - s))) / Math.PI;
  return [x, y];
}

export interface StaticProjection {
  /** [0, 0, width, height] in SVG units. */
  viewBox: [number, number, number, number];
  project(p: Position): [number, number];
}

export function staticProjection(bounds: Bbox, zoom = STATIC_UNITS_ZOOM): StaticProjection {
  const world = 512 * 2 ** zoom;
  const [w, s, e, n] = bounds;
  const [x0, y0] = mercator([w, n]);
  const [x1, y1] = mercator([e, s]);
  return {
    viewBox: [0, 0, (x1 - x0) * world, (y1 - y0) * world],
    project: (p) => {
      const [x, y] = mercator(p);
      return [(x - x0) * world, (y - y0) * world];
    },
  };
}

/** An SVG path of a polygon's rings, one decimal (a tenth of a unit is ~0.05 CSS px at the
 *  opening zoom). */
export function outlinePath(g: Polygon | MultiPolygon, proj: StaticProjection): string {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let d = '';
  for (const rings of polys) {
    for (const ring of rings) {
      ring.forEach((pos, i) => {
        const [x, y] = proj.project(pos);
        d += `${i === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`;
      });
      d += 'Z';
    }
  }
  return d;
}
