// Stage 3, geometry: clean the commune coverage (gaps and overlaps), check that no unit lost or
// gained area, dissolve the districts (one polygon each, no holes) and report the areas.
import union from '@turf/union';
import flatten from '@turf/flatten';
import { featureCollection } from '@turf/helpers';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { dissolveBy, DissolveError } from '../dissolve';
import { areaKm2, checkAreas, cleanCoverage, GAP_WIDTH_M, type AreaCheck, type CleanResult, type Poly } from '../geometry';
import { DataBuildError, errorsOf, issue, type Issue } from '../issues';
import type { BoundaryProps, UnitFeature } from '../units';

export interface DistrictAreaRow {
  code: string;
  name: string;
  /** Sum of the raw unit areas (overlaps counted twice). */
  rawSumKm2: number;
  /** Area of the raw units' union (gaps excluded, overlaps once). */
  rawUnionKm2: number;
  /** Holes in the raw union (sliver gaps inside the district). */
  rawHoles: number;
  /** Area of the dissolved clean district. */
  cleanKm2: number;
}

export interface ProvinceAreas {
  rawSumKm2: number;
  rawUnionKm2: number;
  rawGapHoles: number;
  rawGapKm2: number;
  overlapKm2: number;
  cleanKm2: number;
}

export interface Geometry {
  /** The cleaned units, by GSO code. */
  clean: ReadonlyMap<string, Feature<Poly, BoundaryProps>>;
  /** The dissolved districts, by district code order of the dissolve. */
  districts: Feature<Polygon>[];
  cleaning: { log: string[]; gapWidthM: number; slivers: CleanResult<BoundaryProps>['slivers'] };
  areaChecks: AreaCheck[];
  districtAreas: DistrictAreaRow[];
  province: ProvinceAreas;
}

function polygonsOf(f: Feature<Poly>): Feature<Polygon>[] {
  return flatten(f).features as Feature<Polygon>[];
}

function unionArea(features: Feature<Poly>[]): { km2: number; holes: number; holeKm2: number } {
  const parts = features.flatMap(polygonsOf);
  const u = parts.length === 1 ? parts[0]! : union(featureCollection(parts));
  if (!u) return { km2: 0, holes: 0, holeKm2: 0 };
  const g = u.geometry;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let holes = 0;
  let holeKm2 = 0;
  for (const p of polys) {
    for (const ring of p.slice(1)) {
      holes++;
      holeKm2 += areaKm2({ type: 'Polygon', coordinates: [ring] });
    }
  }
  return { km2: areaKm2(u), holes, holeKm2 };
}

/** Throws DataBuildError when a unit vanishes or changes area, a district is not one clean polygon, or overlaps remain. */
export async function buildGeometry(features: readonly UnitFeature[], file: string): Promise<Geometry> {
  const issues: Issue[] = [];
  const fc: FeatureCollection<Poly, BoundaryProps> = { type: 'FeatureCollection', features: [...features] };
  const cleaned = await cleanCoverage(fc, GAP_WIDTH_M);
  const rawAreas = new Map(features.map((f) => [f.properties.gsoCode, { label: f.properties.communeFull + ', ' + f.properties.district, km2: areaKm2(f) }]));
  const cleanAreas = new Map(cleaned.fc.features.map((f) => [f.properties.gsoCode, areaKm2(f)]));
  const areaCheck = checkAreas(rawAreas, cleanAreas, file);
  issues.push(...areaCheck.issues);

  let districts: Feature<Polygon>[] = [];
  try {
    districts = dissolveBy(cleaned.fc, (f) => f.properties.districtCode);
  } catch (e) {
    if (!(e instanceof DissolveError)) throw e;
    for (const p of e.problems) {
      issues.push(issue('error', file, null, p.group, `huyện ${p.group} sau khi hợp nhất có ${p.parts} phần và ${p.holes} lỗ (cần 1 phần, 0 lỗ).`, `district ${p.group} dissolves to ${p.parts} part(s) and ${p.holes} hole(s) (expected 1 part, 0 holes).`));
    }
  }

  // Areas before/after per district, and the province.
  const unitsByDistrict = new Map<string, UnitFeature[]>();
  for (const f of features) unitsByDistrict.set(f.properties.districtCode, [...(unitsByDistrict.get(f.properties.districtCode) ?? []), f]);
  const districtAreas: DistrictAreaRow[] = [];
  for (const [code, fs] of [...unitsByDistrict].sort(([a], [b]) => a.localeCompare(b))) {
    const ru = unionArea(fs);
    const geo = districts.find((d) => d.id === code);
    districtAreas.push({
      code,
      name: fs[0]!.properties.district,
      rawSumKm2: fs.reduce((s, f) => s + rawAreas.get(f.properties.gsoCode)!.km2, 0),
      rawUnionKm2: ru.km2,
      rawHoles: ru.holes,
      cleanKm2: geo ? areaKm2(geo) : NaN,
    });
  }
  const prov = unionArea([...features]);
  const rawSum = [...rawAreas.values()].reduce((s, a) => s + a.km2, 0);
  const cleanSum = [...cleanAreas.values()].reduce((s, a) => s + a, 0);
  const province: ProvinceAreas = {
    rawSumKm2: rawSum,
    rawUnionKm2: prov.km2,
    rawGapHoles: prov.holes,
    rawGapKm2: prov.holeKm2,
    overlapKm2: rawSum - prov.km2,
    cleanKm2: cleanSum,
  };
  const districtSum = districtAreas.reduce((s, d) => s + d.cleanKm2, 0);
  if (districts.length && Math.abs(districtSum - cleanSum) > 0.5) {
    issues.push(issue('error', file, null, null, `tổng diện tích huyện (${districtSum.toFixed(1)} km²) khác tổng diện tích xã (${cleanSum.toFixed(1)} km²): còn chồng lấn.`, `district areas (${districtSum.toFixed(1)} km²) differ from unit areas (${cleanSum.toFixed(1)} km²): overlaps remain.`));
  }
  if (errorsOf(issues).length) throw new DataBuildError(issues);

  return {
    clean: new Map(cleaned.fc.features.map((f) => [f.properties.gsoCode, f])),
    districts,
    cleaning: { log: cleaned.log, gapWidthM: GAP_WIDTH_M, slivers: cleaned.slivers },
    areaChecks: areaCheck.checks,
    districtAreas,
    province,
  };
}
