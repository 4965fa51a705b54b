// The data file the built app loads (dist/data/ntm.json), read once, for the facts the specs check
// the map against (a unit's bounding box, label point, area).
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import area from '@turf/area';
import { boxesOf, geoFromTopology } from '../../../src/data/topology';
import { buildIndex } from '../../../src/domain/dataIndex';
import type { MeasureId } from '../../../src/domain/measures';
import { parseDatasetText } from '../../../src/data/wire';
import { districtGrid, type DistrictGrid } from '../../../src/domain/grid';
import { mapViewModel, type MapViewModel } from '../../../src/domain/viewModel';

type Bbox = [west: number, south: number, east: number, north: number];

export interface UnitLite { gso: string; fullName: string; bbox: Bbox; labelPoint: [number, number]; /** km², of the drawn polygon */ areaKm2: number }
export interface DistrictLite { code: string; name: string; fullName: string; bbox: Bbox }

let cached: { units: UnitLite[]; districts: DistrictLite[] } | undefined;

/** Units and districts of the built data, with the bounding boxes the app derives from geo.json
 *  (src/data/topology.ts boxesOf: ntm.json does not ship them). */
export function dataset(): { units: UnitLite[]; districts: DistrictLite[] } {
  if (!cached) {
    const ds = parseDatasetText(readFileSync('dist/data/ntm.json', 'utf8'));
    const geo = geoFromTopology(JSON.parse(readFileSync('dist/data/geo.json', 'utf8')) as Topology);
    const boxes = boxesOf(geo);
    const areas = new Map(geo.communes.features.map((f) => [f.properties.gso, area(f) / 1e6]));
    const box = (m: ReadonlyMap<string, Bbox>, k: string): Bbox => {
      const b = m.get(k);
      if (!b) throw new Error(`no geometry for ${k} in dist/data/geo.json`);
      return b;
    };
    cached = {
      units: ds.units.map((u) => ({ ...u, bbox: box(boxes.communes, u.gso), areaKm2: areas.get(u.gso)! })),
      districts: ds.districts.map((d) => ({ ...d, bbox: box(boxes.districts, d.code) })),
    };
  }
  return cached;
}

export function unit(gso: string): UnitLite {
  const u = dataset().units.find((x) => x.gso === gso);
  if (!u) throw new Error(`no unit ${gso} in dist/data/ntm.json`);
  return u;
}

export function district(code: string): DistrictLite {
  const d = dataset().districts.find((x) => x.code === code);
  if (!d) throw new Error(`no district ${code} in dist/data/ntm.json`);
  return d;
}

/** The legend counts the (unit-tested) view model gives for a choice, on the built data. */
export function expectedLegendCounts(measure: MeasureId, year: number): Record<string, number> {
  const idx = buildIndex(parseDatasetText(readFileSync('dist/data/ntm.json', 'utf8')));
  const vm = mapViewModel(idx, { measure, year, districtMode: false });
  return Object.fromEntries(vm.legend.rows.map((r) => [r.key, r.count]));
}

function builtIndex() {
  return buildIndex(parseDatasetText(readFileSync('dist/data/ntm.json', 'utf8')));
}

/** The (unit-tested) district × criterion grid of a year, on the built data. */
export function expectedGrid(year: number): DistrictGrid {
  return districtGrid(builtIndex(), year);
}

/** The (unit-tested) view model of a choice, on the built data. */
export function expectedViewModel(measure: MeasureId, year: number, districtMode = false): MapViewModel {
  return mapViewModel(builtIndex(), { measure, year, districtMode });
}
