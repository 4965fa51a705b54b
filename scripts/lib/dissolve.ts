// Dissolve communes into districts with Turf, asserting one clean polygon per district.
import union from '@turf/union';
import flatten from '@turf/flatten';
import { featureCollection } from '@turf/helpers';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { Poly } from './geometry';

export interface DissolveProblem {
  group: string;
  parts: number;
  holes: number;
}

export class DissolveError extends Error {
  constructor(readonly problems: DissolveProblem[]) {
    super(
      'Dissolve did not give one polygon without holes per group: ' +
        problems.map((p) => `${p.group}: ${p.parts} part(s), ${p.holes} hole(s)`).join('; '),
    );
    this.name = 'DissolveError';
  }
}

/**
 * Union the features of each group (flattening multipolygons first). Groups are returned in order
 * of first appearance, each as a Feature<Polygon> with `id` = group key and empty properties.
 * Throws DissolveError if a group does not come out as a single polygon with no holes: on a clean
 * coverage of contiguous districts a hole or a second part means a sliver survived the cleaning.
 */
export function dissolveBy<P>(fc: FeatureCollection<Poly, P>, groupOf: (f: Feature<Poly, P>) => string): Feature<Polygon>[] {
  const groups = new Map<string, Feature<Polygon>[]>();
  for (const f of fc.features) {
    const k = groupOf(f);
    const parts = flatten(f as Feature<Poly>).features as Feature<Polygon>[];
    groups.set(k, [...(groups.get(k) ?? []), ...parts]);
  }
  const out: Feature<Polygon>[] = [];
  const problems: DissolveProblem[] = [];
  for (const [k, parts] of groups) {
    const u = parts.length === 1 ? parts[0]! : union(featureCollection(parts));
    if (!u) {
      problems.push({ group: k, parts: 0, holes: 0 });
      continue;
    }
    const g = u.geometry;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    const holes = polys.reduce((s, p) => s + p.length - 1, 0);
    if (polys.length !== 1 || holes !== 0) {
      problems.push({ group: k, parts: polys.length, holes });
      continue;
    }
    out.push({ type: 'Feature', id: k, properties: {}, geometry: { type: 'Polygon', coordinates: polys[0]! } });
  }
  if (problems.length > 0) throw new DissolveError(problems);
  return out;
}
