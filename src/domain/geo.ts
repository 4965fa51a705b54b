// The geography contract the data build writes and every view reads: commune and district
// polygons keyed by code, and the province's bounds. Plain types (no MapLibre).
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export type Bbox = [number, number, number, number];

export interface CommuneProps {
  /** GSO code of the unit (the join key). */
  gso: string;
  /** Its district's code. */
  d: string;
}
export interface DistrictProps {
  code: string;
}
export interface MapGeo {
  communes: FeatureCollection<Polygon | MultiPolygon, CommuneProps>;
  districts: FeatureCollection<Polygon | MultiPolygon, DistrictProps>;
  bounds: Bbox;
}

/** What is selected: a commune-level unit, a district, or nothing. */
export type MapSelection = { kind: 'commune'; gso: string } | { kind: 'district'; code: string } | null;

/** A map camera: centre and zoom (MapLibre's zoom levels). */
export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}
