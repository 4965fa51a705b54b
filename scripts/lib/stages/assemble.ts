// Stage 4, assemble: the public dataset (ntm.json), the plan's targets (targets.json) and the TopoJSON (geo.json) from the valid
// inputs and the clean geometry. Pure: the same inputs and date give the same files.
import { basename } from 'node:path';
import type { DistrictInfo, NtmDataset, Pilot, PlanTarget, UnitInfo } from '../../../src/domain/types';
import { datasetOf, type DatasetBase } from '../dataset';
import { labelPointOf } from '../geometry';
import { buildTopology, QUANTIZATION } from '../topo';
import type { BuildPaths } from '../paths';
import type { Geometry } from './geometry';
import type { ValidInputs } from './validate';
import type { GeographySummary } from '../../../src/domain/todayTypes';

export interface Assembled {
  dataset: NtmDataset;
  topology: ReturnType<typeof buildTopology>;
  /** targets.json's content (read only by the leaders' view and a district's summary). */
  targets: PlanTarget[];
}

const DEFAULT_BOUNDARY_FILE = 'lam-dong-communes.geojson';

/** Where the boundaries come from, as the public sees it (the shared file's sources, or the user's file). */
function boundarySource(boundaries: string, now: Date): NtmDataset['meta']['boundarySource'] {
  if (boundaries.endsWith(DEFAULT_BOUNDARY_FILE)) {
    return {
      label: 'Ranh giới xã: choisy/vietnam63 (MIT); mã và tên đơn vị: daohoangson/dvhcvn từ Tổng cục Thống kê (GPL-3.0)',
      url: 'https://github.com/choisy/vietnam63',
      date: '2017-05-12',
      licence: 'Hình học / geometry: MIT (choisy/vietnam63); mã, tên / codes, names: GPL-3.0 (daohoangson/dvhcvn, dữ liệu TCTK / GSO data)',
      note: 'Ranh giới khoảng 2010-2013, đã đơn giản hóa (~160 m), chỉnh theo đơn vị hành chính 2020-2024 (142 đơn vị); làm sạch khe hở và chồng lấn bằng mapshaper / boundaries of about 2010-2013, simplified (~160 m) at source, adjusted to the 2020-2024 units (142); gaps and overlaps cleaned with mapshaper',
    };
  }
  return { label: `Ranh giới: ${basename(boundaries)}`, url: null, date: now.toISOString().slice(0, 10), licence: 'xem nguồn tệp / see the file source', note: 'Tệp ranh giới do người dùng chỉ định (NTM_BOUNDARIES) / user-supplied boundary file (NTM_BOUNDARIES)' };
}

export function assemble(v: ValidInputs, geo: Geometry, paths: Pick<BuildPaths, 'boundaries' | 'attainment'>, now: Date, geographies?: GeographySummary[]): Assembled {
  const clean = (gso: string) => geo.clean.get(gso)!;
  const units: UnitInfo[] = [...v.units]
    .sort((a, b) => a.gso.localeCompare(b.gso))
    .map((u) => {
      const f = clean(u.gso);
      return { gso: u.gso, name: u.name, fullName: u.fullName, type: u.type, districtCode: u.districtCode, labelPoint: labelPointOf(f) };
    });
  const districts: DistrictInfo[] = v.districts.map((d) => {
    const g = geo.districts.find((x) => x.id === d.code)!;
    const info: DistrictInfo = { code: d.code, name: d.name, fullName: d.fullName, type: d.type, labelPoint: labelPointOf(g), recognition: d.recognition };
    if (d.note_vi || d.note_en) {
      info.note_vi = d.note_vi ?? null;
      info.note_en = d.note_en ?? null;
    }
    return info;
  });
  const pilots: Pilot[] = v.pilots.map((p) => ({ gso: p.gso, name: p.name, districtCode: p.districtCode, model: p.model, section: p.section, planLines: p.planLines }));

  const base: DatasetBase = { boundarySource: boundarySource(paths.boundaries, now), published: v.published, districts, units, criteriaSets: v.criteria, pilots, geographies, catalogs: v.catalogs };
  const dataset = datasetOf(base, { rows: v.attainment.rows, custom: v.attainment.custom, fileName: basename(paths.attainment) }, now);

  const topology = buildTopology(
    units.map((u) => ({ gso: u.gso, districtCode: u.districtCode, geometry: clean(u.gso).geometry })),
    geo.districts.slice().sort((a, b) => String(a.id).localeCompare(String(b.id))),
    QUANTIZATION,
  );
  return { dataset, topology, targets: v.targets };
}
