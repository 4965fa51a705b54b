// TopoJSON (public/data/geo.json) → the GeoJSON the map draws. Pure: used by the app and by the
// data build's first view (scripts/lib/firstView.ts).
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
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


/** Each unit's and district's bounding box, from the geometry the map draws (camera framing).
 *  Derived here rather than shipped in ntm.json (−2.4 KB gzip at first load); memoised per geography. */
export interface GeoBoxes {
  communes: ReadonlyMap<string, Bbox>;
  districts: ReadonlyMap<string, Bbox>;
}
const boxCache = new WeakMap<MapGeo, GeoBoxes>();

export function boxesOf(geo: MapGeo): GeoBoxes {
  let b = boxCache.get(geo);
  if (!b) {
    const one = (f: Feature<Polygon | MultiPolygon, unknown>) => bboxOf({ type: 'FeatureCollection', features: [f as Feature<Polygon | MultiPolygon>] });
    b = {
      communes: new Map(geo.communes.features.map((f) => [f.properties.gso, one(f)])),
      districts: new Map(geo.districts.features.map((f) => [f.properties.code, one(f)])),
    };
    boxCache.set(geo, b);
  }
  return b;
}
