// Today's geography (issue 13): the 124 units of the new Lâm Đồng since 1 July 2025 and the
// crosswalk from the units before. Three steps like the main build: read (the only file system
// access), check (every error before any geometry work), build (geo-2025.json and today.json).
// The 2025 boundary file is already a clean coverage (mapshaper -clean at the source: 0 gaps,
// 0 overlaps), so it is only quantized, never cleaned again.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { z } from 'zod';
import { topology } from 'topojson-server';
import { mergeArcs } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { GeographySummary, TodayRecord, TodayUnit } from '../../../src/domain/todayTypes';
import { FORMER_PROVINCES } from '../../../src/domain/todayTypes';
import { checkCrosswalk, NEW_TYPES, type NewBoundaryUnit, type OldBoundaryUnit } from '../crosswalk';
import { areaKm2, bboxOf, labelPointOf, round, type Poly } from '../geometry';
import { issue, type Issue } from '../issues';
import { displayPath, type BuildPaths } from '../paths';
import { QUANTIZATION } from '../topo';
import type { Unit } from '../units';

interface Text {
  file: string;
  text: string | null;
}
export interface TodayInputs {
  boundaries: Text & { env: string };
  crosswalk: Text & { env: string };
  geographies: Text;
}

export function readToday(paths: Pick<BuildPaths, 'boundaries2025' | 'crosswalk' | 'dataDir'>): TodayInputs {
  const read = (p: string): Text => ({ file: displayPath(p), text: existsSync(p) ? readFileSync(p, 'utf8') : null });
  return {
    boundaries: { ...read(paths.boundaries2025), env: 'NTM_BOUNDARIES_2025' },
    crosswalk: { ...read(paths.crosswalk), env: 'NTM_CROSSWALK' },
    geographies: read(join(paths.dataDir, 'geographies.json')),
  };
}

const RangeSchema = z.object({ from: z.number().int(), to: z.number().int().nullable() }).strict();
const GeographySchema = z
  .object({
    id: z.enum(['2020', '2025']),
    name_vi: z.string().min(1),
    name_en: z.string().min(1),
    validFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    validTo: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    basis: z.string().min(1),
    defaultFor: RangeSchema,
    readable: RangeSchema,
    boundaryInput: z.enum(['NTM_BOUNDARIES', 'NTM_BOUNDARIES_2025']),
    files: z.array(z.string().min(1)).min(1),
    source: z.object({ label: z.string().min(1), url: z.string().url().nullable(), date: z.string().min(4) }).strict(),
  })
  .strict();
const GeographiesSchema = z.object({ note: z.string(), geographies: z.array(GeographySchema).length(2) }).strict();
type GeographyDef = z.infer<typeof GeographySchema>;

const NewPropsSchema = z.object({
  code: z.string().regex(/^\d{5}$/),
  name: z.string().min(1),
  type: z.enum(['Xã', 'Phường', 'Đặc khu']),
  fullName: z.string().min(1),
  nameEn: z.string().min(1),
  areaKm2: z.number().positive(),
});
type NewProps = z.infer<typeof NewPropsSchema>;

export interface CheckedToday {
  features: { props: NewProps; geometry: Poly }[];
  check: ReturnType<typeof checkCrosswalk>;
  geographies: GeographyDef[];
  issues: Issue[];
}

const TYPE_VI: Record<Unit['type'], string> = { xa: 'Xã', phuong: 'Phường', thi_tran: 'Thị trấn' };
const DISTRICT_TYPE_VI: Record<Unit['districtType'], string> = { thanh_pho: 'Thành phố', huyen: 'Huyện' };

/** The old Lâm Đồng units as the crosswalk names them (district with its type). */
export function oldBoundaryUnits(units: readonly Unit[]): OldBoundaryUnit[] {
  return units.map((u) => ({ gso: u.gso, name: u.name, typeVi: TYPE_VI[u.type], district: `${DISTRICT_TYPE_VI[u.districtType]} ${u.districtName}` }));
}

/** Every check of today's inputs; errors are returned, not thrown (the pipeline throws them together). */
export function checkToday(inputs: TodayInputs, oldUnits: readonly Unit[]): CheckedToday {
  const issues: Issue[] = [];
  const features: CheckedToday['features'] = [];
  const missing = (t: Text & { env?: string }) =>
    issues.push(issue('error', t.file, null, null, `không có tệp${t.env ? ` (đặt ${t.env}=<đường dẫn>)` : ''}.`, `file not found${t.env ? ` (set ${t.env}=<path>)` : ''}.`));

  let geographies: GeographyDef[] = [];
  if (inputs.geographies.text == null) missing(inputs.geographies);
  else {
    let json: unknown = null;
    try {
      json = JSON.parse(inputs.geographies.text);
    } catch (e) {
      issues.push(issue('error', inputs.geographies.file, null, null, `JSON không hợp lệ: ${(e as Error).message}`, `invalid JSON: ${(e as Error).message}`));
    }
    const g = json == null ? null : GeographiesSchema.safeParse(json);
    if (g && !g.success) for (const i of g.error.issues) issues.push(issue('error', inputs.geographies.file, null, i.path.join('.'), `sai: ${i.message}`, `invalid: ${i.message}`));
    if (g?.success) geographies = g.data.geographies;
  }

  if (inputs.boundaries.text == null) missing(inputs.boundaries);
  else {
    let fc: FeatureCollection | null = null;
    try {
      fc = JSON.parse(inputs.boundaries.text) as FeatureCollection;
    } catch (e) {
      issues.push(issue('error', inputs.boundaries.file, null, null, `JSON không hợp lệ: ${(e as Error).message}`, `invalid JSON: ${(e as Error).message}`));
    }
    if (fc && (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features))) {
      issues.push(issue('error', inputs.boundaries.file, null, null, 'không phải GeoJSON FeatureCollection.', 'not a GeoJSON FeatureCollection.'));
    } else if (fc) {
      const seen = new Set<string>();
      fc.features.forEach((f, i) => {
        // One feature per line in the shared file: line i + 2.
        const p = NewPropsSchema.safeParse(f.properties);
        const field = `features[${i}].properties`;
        if (!p.success) {
          issues.push(issue('error', inputs.boundaries.file, null, field, `thiếu hoặc sai thuộc tính: ${p.error.issues.map((x) => x.path.join('.')).join(', ')}`, `missing or invalid properties: ${p.error.issues.map((x) => x.path.join('.')).join(', ')}`));
          return;
        }
        if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') {
          issues.push(issue('error', inputs.boundaries.file, null, `features[${i}].geometry`, `đơn vị ${p.data.code} không có hình Polygon/MultiPolygon`, `unit ${p.data.code} has no Polygon/MultiPolygon geometry`));
          return;
        }
        if (seen.has(p.data.code)) {
          issues.push(issue('error', inputs.boundaries.file, null, `${field}.code`, `mã ${p.data.code} bị trùng`, `duplicate code ${p.data.code}`));
          return;
        }
        seen.add(p.data.code);
        features.push({ props: p.data, geometry: f.geometry });
      });
    }
  }

  const newUnits: NewBoundaryUnit[] = features.map((f) => ({ code: f.props.code, name: f.props.name, typeVi: f.props.type }));
  const check =
    inputs.crosswalk.text == null || features.length === 0
      ? { rows: [], provinceOf: new Map(), issues: [] }
      : checkCrosswalk(inputs.crosswalk.text, inputs.crosswalk.file, oldBoundaryUnits(oldUnits), newUnits);
  if (inputs.crosswalk.text == null) missing(inputs.crosswalk);
  issues.push(...check.issues);
  return { features, check, geographies, issues };
}

export interface BuiltToday {
  topology: Topology;
  record: TodayRecord;
  /** Both geographies with their computed counts (ntm.json carries them). */
  summaries: GeographySummary[];
}

const BOUNDARY_SOURCE: TodayRecord['sources']['boundary'] = {
  label: 'Ranh giới 124 đơn vị: thanglequoc/vietnamese-provinces-database (từ sapnhap.bando.com.vn, NXB Tài nguyên – Môi trường và Bản đồ Việt Nam), đơn giản hóa bằng mapshaper',
  url: 'https://github.com/thanglequoc/vietnamese-provinces-database',
  date: '2026-07-25',
  repo: 'thanglequoc/vietnamese-provinces-database',
  commit: 'cd58063',
  licence: 'MIT (kho mã / repository); bản đồ gốc sapnhap.bando.com.vn: chưa rõ giấy phép / upstream map licence unknown',
  note_vi: 'Ranh giới tạm thời: NQ 1671 (Điều 3, khoản 2) giao Chính phủ xác định diện tích và đo đạc ranh giới trên thực địa; đây là bản đồ tham khảo, không phải hồ sơ địa giới pháp lý.',
  note_en: 'Provisional boundaries: NQ 1671 (Article 3, clause 2) leaves the exact areas to the Government and the boundaries to a field survey; this is a reference map, not a legal boundary record.',
};
const CROSSWALK_SOURCE: TodayRecord['sources']['crosswalk'] = {
  label: 'Bảng chuyển đổi đơn vị cũ → mới theo NQ 1671/NQ-UBTVQH15 và NQ 1245/NQ-UBTVQH15, đối chiếu danh mục TCTK 01/11/2024 và 01/3/2025',
  url: 'https://github.com/dvhcvn/20250701',
  date: '2025-06-16',
  documents: [
    'NQ 1671/NQ-UBTVQH15 (16/6/2025): dvhcvn/20250701 input/docs/1671_NQ-UBTVQH15.md @ dd94887',
    'NQ 1245/NQ-UBTVQH15 (24/10/2024, hiệu lực 01/12/2024): toàn văn chưa xem được; suy từ danh mục TCTK / full text not seen; from the GSO lists',
    'Danh mục TCTK / GSO lists: daohoangson/dvhcvn data/dvhcvn.json v20241101 (4426bca), v20250301 (eaddcea)',
  ],
  note_vi: '2 xã cũ của Bình Thuận (Phong Phú, Hòa Thắng) bị chia cho hai xã mới, không có tỷ lệ. 3 mã cũ hơn ở Phan Thiết (22939, 22942, 22948) không có dòng: đã gộp vào 22951 trước 01/3/2025. Mã được dùng lại giữa đơn vị cũ và mới: không bao giờ nối theo mã.',
  note_en: '2 former Bình Thuận xã (Phong Phú, Hòa Thắng) were split between two new xã, with no published shares. 3 older Phan Thiết codes (22939, 22942, 22948) have no row: merged into 22951 before 1/3/2025. Codes are reused between old and new units: never join by code.',
};

function countsOf(types: readonly string[]): Record<string, number> {
  const c: Record<string, number> = {};
  for (const t of types) c[t] = (c[t] ?? 0) + 1;
  return Object.fromEntries(Object.entries(c).sort(([a], [b]) => a.localeCompare(b)));
}

/** The summaries of both geographies, counted from the boundary files. */
export function geographySummaries(defs: readonly GeographyDef[], oldUnits: readonly Unit[], newTypes: readonly string[]): GeographySummary[] {
  return defs.map((d) => {
    const types = d.id === '2020' ? oldUnits.map((u) => u.type) : newTypes;
    const { boundaryInput: _input, ...rest } = d;
    return { ...rest, unitCount: types.length, counts: countsOf(types) };
  });
}

const DEFAULT_2025_FILE = 'lam-dong-2025-communes.geojson';

/** The shared file's sources, or the user's file named as such (NTM_BOUNDARIES_2025). */
function boundarySource(file: string): TodayRecord['sources']['boundary'] {
  if (file.endsWith(DEFAULT_2025_FILE)) return BOUNDARY_SOURCE;
  const name = file.split('/').pop()!;
  return { ...BOUNDARY_SOURCE, label: `Ranh giới: ${name} (NTM_BOUNDARIES_2025)`, url: null, repo: '', commit: '', licence: 'xem nguồn tệp / see the file source' };
}

export function buildToday(c: CheckedToday, oldUnits: readonly Unit[], boundaryFile = DEFAULT_2025_FILE): BuiltToday {
  const feats = [...c.features].sort((a, b) => a.props.code.localeCompare(b.props.code));
  const provinceOf = c.check.provinceOf;
  const units: TodayUnit[] = feats.map((f) => {
    const feature = { type: 'Feature' as const, properties: {}, geometry: f.geometry };
    return {
      code: f.props.code,
      name: f.props.name,
      fullName: f.props.fullName,
      nameEn: f.props.nameEn,
      type: NEW_TYPES[f.props.type]!,
      formerProvince: provinceOf.get(f.props.code)!,
      bbox: bboxOf(feature),
      labelPoint: labelPointOf(feature),
      areaKm2: round(areaKm2(feature), 2),
      statedAreaKm2: f.props.areaKm2,
    };
  });
  const fc = {
    type: 'FeatureCollection' as const,
    features: feats.map((f) => ({ type: 'Feature' as const, id: f.props.code, properties: { p: provinceOf.get(f.props.code)! }, geometry: f.geometry })),
  };
  const topo = topology({ communes: fc }, QUANTIZATION) as unknown as Topology;
  // The former provinces dissolved on the shared arcs (no new unit mixes provinces: checked).
  const communes = topo.objects.communes as GeometryCollection<{ p: string }>;
  const formerProvinces: GeometryCollection = {
    type: 'GeometryCollection',
    geometries: FORMER_PROVINCES.map((p) => ({ ...mergeArcs(topo, communes.geometries.filter((g) => (g.properties as { p?: string } | undefined)?.p === p) as never), id: p })),
  };
  topo.objects.formerProvinces = formerProvinces;

  const summaries = geographySummaries(c.geographies, oldUnits, units.map((u) => u.type));
  const today = summaries.find((s) => s.id === '2025')!;
  const bounds: TodayRecord['bounds'] = [
    Math.min(...units.map((u) => u.bbox[0])),
    Math.min(...units.map((u) => u.bbox[1])),
    Math.max(...units.map((u) => u.bbox[2])),
    Math.max(...units.map((u) => u.bbox[3])),
  ];
  const record: TodayRecord = {
    geography: today,
    units,
    crosswalk: c.check.rows,
    sources: { boundary: boundarySource(boundaryFile), crosswalk: CROSSWALK_SOURCE },
    bounds,
  };
  return { topology: topo, record, summaries };
}
