// TopoJSON (public/data/geo.json) → the GeoJSON the map draws. Pure: used by the app and by the
// data build's first view (scripts/lib/firstView.ts).
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { GEO_OBJECTS } from '../domain/types';
import type { Bbox, CommuneProps, DistrictProps, MapGeo } from '../domain/geo';

/** TopoJSON → the GeoJSON the map draws. Unit ids become `gso`/`code` properties for promoteId. */
export function geoFromTopology(topo: Topology): MapGeo {
  const c = topo.objects[GEO_OBJECTS.communes] as GeometryCollection | undefined;
  const d = topo.objects[GEO_OBJECTS.districts] as GeometryCollection | undefined;
  if (!c || !d) throw new Error('TopoJSON lacks communes/districts objects');
  const communes = feature(topo, c) as unknown as FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>>;
  const districts = feature(topo, d) as unknown as FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>>;
  const outC: MapGeo['communes'] = {
    type: 'FeatureCollection',
    features: communes.features.map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: { gso: String(f.id), d: String((f.properties as { d?: unknown })?.d ?? '') } as CommuneProps,
    })),
  };
  const outD: MapGeo['districts'] = {
    type: 'FeatureCollection',
    features: districts.features.map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: { code: String(f.id) } as DistrictProps,
    })),
  };
  return { communes: outC, districts: outD, bounds: bboxOf(outD) };
}

export function bboxOf(fc: FeatureCollection<Polygon | MultiPolygon>): Bbox {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const f of fc.features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const poly of polys)
      for (const ring of poly)
        for (const [x, y] of ring) {
          if (x < w) w = x;
          if (x > e) e = x;
          if (y < s) s = y;
          if (y > n) n = y;
        }
  }
  return [w, s, e, n];
}

