// The administrative units as read from the boundary file (GSO codes and names).
import { z } from 'zod';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { UnitType } from '../../src/domain/types';
import { issue, type Issue } from './issues';
import type { Unit } from './unitIndex';

// The unit type and the join's lookups live in unitIndex.ts (no zod: the browser's copy of the
// validation, the officers' desk, must not ship zod, whose eval probe a strict CSP reports).
export { UnitIndex, type Unit } from './unitIndex';

export type UnitFeature = Feature<Polygon | MultiPolygon, BoundaryProps>;

const UNIT_TYPES: Record<string, UnitType> = { 'Xã': 'xa', 'Phường': 'phuong', 'Thị trấn': 'thi_tran' };
const DISTRICT_TYPES: Record<string, 'thanh_pho' | 'huyen'> = { 'Thành phố': 'thanh_pho', 'Huyện': 'huyen' };

export const BoundaryPropsSchema = z.object({
  commune: z.string().min(1),
  communeType: z.enum(['Xã', 'Phường', 'Thị trấn']),
  communeFull: z.string().min(1),
  district: z.string().min(1),
  districtType: z.enum(['Thành phố', 'Huyện']),
  gsoCode: z.string().regex(/^\d{5}$/),
  districtCode: z.string().regex(/^\d{3}$/),
});
export type BoundaryProps = z.infer<typeof BoundaryPropsSchema>;

/** Validate the boundary FeatureCollection's properties and geometry types; list the units. */
export function readUnits(fc: FeatureCollection, file: string): { units: Unit[]; features: UnitFeature[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const units: Unit[] = [];
  const features: UnitFeature[] = [];
  const seen = new Set<string>();
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    issues.push(issue('error', file, null, null, 'không phải GeoJSON FeatureCollection.', 'not a GeoJSON FeatureCollection.'));
    return { units, features, issues };
  }
  fc.features.forEach((f, idx) => {
    const p = BoundaryPropsSchema.safeParse(f.properties);
    if (!p.success) {
      const fields = p.error.issues.map((i) => i.path.join('.')).join(', ');
      issues.push(issue('error', file, null, `features[${idx}].properties`, `thiếu hoặc sai thuộc tính: ${fields}`, `missing or invalid properties: ${fields}`));
      return;
    }
    if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) {
      issues.push(issue('error', file, null, `features[${idx}].geometry`, `đơn vị ${p.data.gsoCode} không có hình Polygon/MultiPolygon`, `unit ${p.data.gsoCode} has no Polygon/MultiPolygon geometry`));
      return;
    }
    if (seen.has(p.data.gsoCode)) {
      issues.push(issue('error', file, null, `features[${idx}].properties.gsoCode`, `mã ${p.data.gsoCode} bị trùng`, `duplicate code ${p.data.gsoCode}`));
      return;
    }
    seen.add(p.data.gsoCode);
    units.push({
      gso: p.data.gsoCode,
      name: p.data.commune,
      fullName: p.data.communeFull,
      type: UNIT_TYPES[p.data.communeType]!,
      districtCode: p.data.districtCode,
      districtName: p.data.district,
      districtType: DISTRICT_TYPES[p.data.districtType]!,
    });
    features.push({ type: 'Feature', properties: p.data, geometry: f.geometry });
  });
  return { units, features, issues };
}
