// The whole data build as one function: read inputs, validate, clean, dissolve, assemble.
// The CLI (scripts/build-data.ts) only prints the report and writes the outputs.
import { readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import union from '@turf/union';
import flatten from '@turf/flatten';
import { featureCollection } from '@turf/helpers';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { DistrictInfo, NtmDataset, Pilot, PlanTarget, PublishedAggregate, UnitInfo } from '../../src/domain/types';
import { YEARS } from '../../src/domain/types';
import { countByYear, checkPublished, type YearCounts } from './aggregate';
import { checkDistricts, checkPilots, checkTargets, CriteriaFile, DistrictsFile, parseJsonFile, PilotsFile, PublishedFile, TargetsFile } from './catalog';
import { readCsv } from './csv';
import { dissolveBy, DissolveError } from './dissolve';
import { areaKm2, bboxOf, checkAreas, cleanCoverage, GAP_WIDTH_M, labelPointOf, round, type AreaCheck, type Poly } from './geometry';
import { DataBuildError, errorsOf, issue, type Issue } from './issues';
import { displayPath, type BuildPaths } from './paths';
import { buildTopology, QUANTIZATION } from './topo';
import { buildFirstView, type FirstView } from './firstView';
import { fillsOnly, INLINE_SIMPLIFY_AREA, INLINE_UNITS_ZOOM } from './firstViewInline';
import { readUnits, type BoundaryProps } from './units';
import { validateAttainment } from './validate';

/** The boundary file cannot be read or parsed: the CLI prints one line and exits 1. */
export class BoundaryFileError extends Error {
  constructor(readonly path: string, readonly reason: string) {
    super(
      `Không đọc được tệp ranh giới / cannot read boundary file: ${path} (${reason}). ` +
        `Đặt biến NTM_BOUNDARIES=<đường dẫn tới GeoJSON> / set NTM_BOUNDARIES=<path to the GeoJSON>, e.g. NTM_BOUNDARIES=../shared/data/lam-dong-communes.geojson npm run data`,
    );
    this.name = 'BoundaryFileError';
  }
}

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

export interface BuildReport {
  units: { total: number; xa: number; phuong: number; thiTran: number; districts: number };
  cleaning: { log: string[]; gapWidthM: number; slivers: { removed: number; total: number } | null };
  areaChecks: AreaCheck[];
  districtAreas: DistrictAreaRow[];
  province: { rawSumKm2: number; rawUnionKm2: number; rawGapHoles: number; rawGapKm2: number; overlapKm2: number; cleanKm2: number };
  counts: YearCounts[];
  published: { year: number; ok: boolean; text: string }[];
  attainmentFile: string;
  attainmentRows: number;
  illustrativeRows: number;
  quantization: number;
}

export interface BuildResult {
  dataset: NtmDataset;
  topology: ReturnType<typeof buildTopology>;
  /** The static SVG of the default view, painted before any JS (issue #7; scripts/lib/firstView.ts). */
  firstView: FirstView;
  /** The first view as inlined into index.html: fills only, whole units of zoom 8 (issue #7). */
  firstViewInline: string;
  report: BuildReport;
  issues: Issue[];
}

const readText = (p: string) => readFileSync(p, 'utf8');

function loadBoundaries(path: string): FeatureCollection {
  let text: string;
  try {
    text = readText(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new BoundaryFileError(path, code === 'ENOENT' ? 'ENOENT: không có tệp / no such file' : String(code));
  }
  try {
    return JSON.parse(text) as FeatureCollection;
  } catch (e) {
    throw new BoundaryFileError(path, `JSON không hợp lệ / invalid JSON: ${(e as Error).message}`);
  }
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

export async function buildDataset(paths: BuildPaths, now = new Date()): Promise<BuildResult> {
  const issues: Issue[] = [];
  const boundaryName = displayPath(paths.boundaries);

  // --- boundaries and units ---
  const raw = loadBoundaries(paths.boundaries);
  const { units, features, issues: unitIssues } = readUnits(raw, boundaryName);
  issues.push(...unitIssues);
  if (errorsOf(issues).length) throw new DataBuildError(issues);

  // --- catalogs ---
  const dataFile = (name: string) => join(paths.dataDir, name);
  const load = <T,>(name: string, schema: Parameters<typeof parseJsonFile<T>>[1]) => {
    const file = displayPath(dataFile(name));
    if (!existsSync(dataFile(name))) {
      issues.push(issue('error', file, null, null, 'không có tệp.', 'file not found.'));
      return null;
    }
    const r = parseJsonFile(readText(dataFile(name)), schema, file);
    issues.push(...r.issues);
    return r.value;
  };
  const criteria = load('criteria.json', CriteriaFile);
  const districtsFile = load('districts.json', DistrictsFile);
  const pilotsFile = load('pilots.json', PilotsFile);
  const targets = load('targets.json', TargetsFile) as PlanTarget[] | null;
  const published = load('published.json', PublishedFile) as PublishedAggregate[] | null;

  let planLines: string[] | null = null;
  if (existsSync(paths.plan)) planLines = readText(paths.plan).split('\n').map((l) => l.replace(/\r$/, ''));
  else issues.push(issue('warning', displayPath(paths.plan), null, null, 'không có tệp kế hoạch: bỏ qua kiểm tra số dòng.', 'plan file not found: plan line numbers not checked.'));
  if (districtsFile) issues.push(...checkDistricts(districtsFile, units, 'data/districts.json'));
  if (pilotsFile) issues.push(...checkPilots(pilotsFile, units, planLines, 'data/pilots.json'));
  if (targets) issues.push(...checkTargets(targets, planLines, 'data/targets.json'));

  // --- attainment table ---
  const attFile = displayPath(paths.attainment);
  let attRows: NtmDataset['attainment'] = [];
  if (!existsSync(paths.attainment)) {
    issues.push(issue('error', attFile, null, null, `không có tệp bảng kết quả${paths.customAttainment ? ' (biến NTM_ATTAINMENT)' : ''}.`, `attainment table not found${paths.customAttainment ? ' (NTM_ATTAINMENT)' : ''}.`));
  } else {
    const { csv, issues: csvIssues } = readCsv(readFileSync(paths.attainment), attFile);
    issues.push(...csvIssues);
    if (csv) {
      const v = validateAttainment(csv, { file: attFile, units });
      issues.push(...v.issues);
      attRows = v.rows;
    }
  }
  const counts = countByYear(attRows);
  const pub = checkPublished(counts, published ?? [], attFile, paths.customAttainment ? 'warning' : 'error');
  issues.push(...pub.issues);

  // --- geometry: clean, check areas, dissolve ---
  const fc: FeatureCollection<Poly, BoundaryProps> = { type: 'FeatureCollection', features };
  const cleaned = await cleanCoverage(fc, GAP_WIDTH_M);
  const rawAreas = new Map(features.map((f) => [f.properties.gsoCode, { label: f.properties.communeFull + ', ' + f.properties.district, km2: areaKm2(f) }]));
  const cleanAreas = new Map(cleaned.fc.features.map((f) => [f.properties.gsoCode, areaKm2(f)]));
  const areaCheck = checkAreas(rawAreas, cleanAreas, boundaryName);
  issues.push(...areaCheck.issues);

  let districtsGeo: Feature<Polygon>[] = [];
  try {
    districtsGeo = dissolveBy(cleaned.fc, (f) => f.properties.districtCode);
  } catch (e) {
    if (!(e instanceof DissolveError)) throw e;
    for (const p of e.problems) {
      issues.push(issue('error', boundaryName, null, p.group, `huyện ${p.group} sau khi hợp nhất có ${p.parts} phần và ${p.holes} lỗ (cần 1 phần, 0 lỗ).`, `district ${p.group} dissolves to ${p.parts} part(s) and ${p.holes} hole(s) (expected 1 part, 0 holes).`));
    }
  }

  // Areas before/after per district, and the province.
  const unitsByDistrict = new Map<string, Feature<Poly, BoundaryProps>[]>();
  for (const f of features) unitsByDistrict.set(f.properties.districtCode, [...(unitsByDistrict.get(f.properties.districtCode) ?? []), f]);
  const districtAreas: DistrictAreaRow[] = [];
  for (const [code, fs] of [...unitsByDistrict].sort(([a], [b]) => a.localeCompare(b))) {
    const ru = unionArea(fs);
    const geo = districtsGeo.find((d) => d.id === code);
    districtAreas.push({
      code,
      name: fs[0]!.properties.district,
      rawSumKm2: fs.reduce((s, f) => s + rawAreas.get(f.properties.gsoCode)!.km2, 0),
      rawUnionKm2: ru.km2,
      rawHoles: ru.holes,
      cleanKm2: geo ? areaKm2(geo) : NaN,
    });
  }
  const prov = unionArea(features);
  const rawSum = [...rawAreas.values()].reduce((s, a) => s + a.km2, 0);
  const cleanSum = [...cleanAreas.values()].reduce((s, a) => s + a, 0);
  const province = {
    rawSumKm2: rawSum,
    rawUnionKm2: prov.km2,
    rawGapHoles: prov.holes,
    rawGapKm2: prov.holeKm2,
    overlapKm2: rawSum - prov.km2,
    cleanKm2: cleanSum,
  };
  const districtSum = districtAreas.reduce((s, d) => s + d.cleanKm2, 0);
  if (districtsGeo.length && Math.abs(districtSum - cleanSum) > 0.5) {
    issues.push(issue('error', boundaryName, null, null, `tổng diện tích huyện (${districtSum.toFixed(1)} km²) khác tổng diện tích xã (${cleanSum.toFixed(1)} km²): còn chồng lấn.`, `district areas (${districtSum.toFixed(1)} km²) differ from unit areas (${cleanSum.toFixed(1)} km²): overlaps remain.`));
  }

  if (errorsOf(issues).length) throw new DataBuildError(issues);

  // --- assemble ---
  const cleanByCode = new Map(cleaned.fc.features.map((f) => [f.properties.gsoCode, f]));
  const unitInfos: UnitInfo[] = [...units]
    .sort((a, b) => a.gso.localeCompare(b.gso))
    .map((u) => {
      const f = cleanByCode.get(u.gso)!;
      return { gso: u.gso, name: u.name, fullName: u.fullName, type: u.type, districtCode: u.districtCode, bbox: bboxOf(f), labelPoint: labelPointOf(f), areaKm2: round(areaKm2(f), 2) };
    });
  const districtInfos: DistrictInfo[] = districtsFile!.map((d) => {
    const geo = districtsGeo.find((g) => g.id === d.code)!;
    const info: DistrictInfo = { code: d.code, name: d.name, fullName: d.fullName, type: d.type, bbox: bboxOf(geo), labelPoint: labelPointOf(geo), areaKm2: round(areaKm2(geo), 2), recognition: d.recognition };
    if (d.note_vi || d.note_en) {
      info.note_vi = d.note_vi ?? null;
      info.note_en = d.note_en ?? null;
    }
    return info;
  });
  const pilots: Pilot[] = pilotsFile!.map((p) => ({ gso: p.gso, name: p.name, districtCode: p.districtCode, model: p.model, section: p.section, planLines: p.planLines }));

  const illustrativeRows = attRows.filter((r) => r.source === 'illustrative').length;
  const years = [...new Set(attRows.map((r) => r.year))].sort();
  const dataset: NtmDataset = {
    meta: {
      title_vi: 'Bản đồ số Nông thôn mới tỉnh Lâm Đồng',
      title_en: 'Digital map of New Rural Development, Lâm Đồng province',
      generatedAt: now.toISOString(),
      years: years.length ? years : [...YEARS],
      dataDate: years.length ? String(years[years.length - 1]) : '',
      illustrative: illustrativeRows > 0,
      boundarySource: paths.boundaries.endsWith('lam-dong-communes.geojson')
        ? {
            label: 'Ranh giới xã: choisy/vietnam63 (MIT); mã và tên đơn vị: daohoangson/dvhcvn từ Tổng cục Thống kê (GPL-3.0)',
            url: 'https://github.com/choisy/vietnam63',
            date: '2017-05-12',
            licence: 'Hình học / geometry: MIT (choisy/vietnam63); mã, tên / codes, names: GPL-3.0 (daohoangson/dvhcvn, dữ liệu TCTK / GSO data)',
            note: 'Ranh giới khoảng 2010-2013, đã đơn giản hóa (~160 m), chỉnh theo đơn vị hành chính 2020-2024 (142 đơn vị); làm sạch khe hở và chồng lấn bằng mapshaper / boundaries of about 2010-2013, simplified (~160 m) at source, adjusted to the 2020-2024 units (142); gaps and overlaps cleaned with mapshaper',
          }
        : { label: `Ranh giới: ${basename(paths.boundaries)}`, url: null, date: now.toISOString().slice(0, 10), licence: 'xem nguồn tệp / see the file source', note: 'Tệp ranh giới do người dùng chỉ định (NTM_BOUNDARIES) / user-supplied boundary file (NTM_BOUNDARIES)' },
      attainmentSource: paths.customAttainment
        ? { label: `Bảng kết quả: ${basename(paths.attainment)}${illustrativeRows ? ` (${illustrativeRows} dòng minh họa)` : ''}`, url: null, date: now.toISOString().slice(0, 10) }
        : { label: 'Số liệu minh họa, khớp với số liệu đã công bố 2021-2023 (scripts/generate-attainment.ts)', url: null, date: years.length ? String(years[years.length - 1]) : '' },
      planSource: { label: 'Kế hoạch 5306/KH-UBND ngày 19/6/2023 của UBND tỉnh Lâm Đồng', url: null, date: '2023-06-19' },
      published: published ?? [],
    },
    districts: districtInfos,
    units: unitInfos,
    criteriaSets: criteria!,
    pilots,
    targets: targets!,
    attainment: attRows,
  };

  const topology = buildTopology(
    unitInfos.map((u) => ({ gso: u.gso, districtCode: u.districtCode, geometry: cleanByCode.get(u.gso)!.geometry })),
    districtsGeo.slice().sort((a, b) => String(a.id).localeCompare(String(b.id))),
    QUANTIZATION,
  );

  // Round-trip through JSON so the first view is drawn from exactly what the browser loads.
  const firstView = buildFirstView(JSON.parse(JSON.stringify(topology)), dataset);
  // The copy index.html carries: fills only, coarser units, simplified arcs (scripts/lib/firstViewInline.ts).
  const firstViewInline = fillsOnly(
    buildFirstView(JSON.parse(JSON.stringify(topology)), dataset, firstView.measure, firstView.year, { zoom: INLINE_UNITS_ZOOM, simplifyArea: INLINE_SIMPLIFY_AREA }).svg,
  );

  return {
    dataset,
    topology,
    firstView,
    firstViewInline,
    issues,
    report: {
      units: {
        total: units.length,
        xa: units.filter((u) => u.type === 'xa').length,
        phuong: units.filter((u) => u.type === 'phuong').length,
        thiTran: units.filter((u) => u.type === 'thi_tran').length,
        districts: new Set(units.map((u) => u.districtCode)).size,
      },
      cleaning: { log: cleaned.log, gapWidthM: GAP_WIDTH_M, slivers: cleaned.slivers },
      areaChecks: areaCheck.checks,
      districtAreas,
      province,
      counts,
      published: pub.results,
      attainmentFile: attFile,
      attainmentRows: attRows.length,
      illustrativeRows,
      quantization: QUANTIZATION,
    },
  };
}
