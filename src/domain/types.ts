// The NTM data model as the app loads it from public/data/ntm.json (written by `npm run data`).
// This file is the contract between the data build (scripts/) and the app (src/).
// Plain types only: no React, MapLibre or zustand here.

/** Commune-level unit type. Only `xa` is subject to the commune NTM criteria. */
export type UnitType = 'xa' | 'phuong' | 'thi_tran';

/** NTM status of a xã in a year (ordered: each class includes the ones before it). */
export type NtmStatus = 'chua_dat' | 'ntm' | 'nang_cao' | 'kieu_mau';
export const NTM_STATUSES: readonly NtmStatus[] = ['chua_dat', 'ntm', 'nang_cao', 'kieu_mau'];

/** Pilot-model types of plan 5306/KH-UBND. */
export type PilotModel = 'smart_ecommerce' | 'digital_economy' | 'digital_society';
export const PILOT_MODELS: readonly PilotModel[] = ['smart_ecommerce', 'digital_economy', 'digital_society'];

/** Indicator ids carried by the attainment table. `nc` = of the advanced (nâng cao) commune set. */
export type IndicatorId = '8.1' | '8.2' | '8.3' | '8.4' | 'nc8.4' | 'nc15.2';
export const INDICATOR_IDS: readonly IndicatorId[] = ['8.1', '8.2', '8.3', '8.4', 'nc8.4', 'nc15.2'];

export const YEARS = [2021, 2022, 2023, 2024, 2025] as const;
export type Year = (typeof YEARS)[number];

/** Criteria of the 2021–2025 commune set (QĐ 318). The build checks it against data/criteria.json;
 *  other catalogs count their criteria from their own data (src/domain/catalogs.ts). */
export const CRITERIA_COUNT = 19;

/** A source reference as shown to the public: every number names its source and date. */
export interface SourceRef {
  /** Human-readable name, e.g. "Báo Lâm Đồng, 13/9/2023" or "Số liệu minh họa". */
  label: string;
  /** URL from DOMAIN.md, or null for illustrative data. */
  url: string | null;
  /** ISO date the figure refers to (YYYY-MM-DD or YYYY). */
  date: string;
}

export interface UnitInfo {
  /** 5-digit GSO commune code, e.g. "24943". The join key everywhere. */
  gso: string;
  /** Name without type prefix, GSO spelling, e.g. "Ka Đô", "7" for Phường 7. */
  name: string;
  /** Label-ready full name, e.g. "Xã Ka Đô", "Phường 7". */
  fullName: string;
  type: UnitType;
  /** 3-digit GSO district code, e.g. "677". */
  districtCode: string;
  /** A point inside the polygon for labels and markers: [lon, lat]. (No bounding box: the map
   *  derives it from the geometry it draws, src/data/topology.ts boxesOf, so it is not shipped twice.) */
  labelPoint: [number, number];
}

/** Recognition of a district (DOMAIN.md §4.3). */
export interface DistrictRecognition {
  /** dat_chuan: huyện đạt chuẩn NTM; hoan_thanh_nhiem_vu: city completed the NTM task. */
  status: 'dat_chuan' | 'hoan_thanh_nhiem_vu';
  /** Year of the result (e.g. 2019 for Đức Trọng), null when uncertain. */
  year: number | null;
  decision: string | null;
  source: SourceRef;
  /** Remarks on the result, one per language. */
  note_vi: string | null;
  note_en: string | null;
}

export interface DistrictInfo {
  /** 3-digit GSO district code, "672".."683". */
  code: string;
  /** e.g. "Đơn Dương", "Đà Lạt". */
  name: string;
  /** e.g. "Huyện Đơn Dương", "Thành phố Đà Lạt". */
  fullName: string;
  type: 'thanh_pho' | 'huyen';
  labelPoint: [number, number];
  /** null when no recognition is published (never invented). */
  recognition: DistrictRecognition | null;
  /** Optional (added by the data build): what is known when there is no recognition, e.g. "targeted for 2024; actual result not found", one per language. */
  note_vi?: string | null;
  note_en?: string | null;
}

export interface IndicatorDef {
  id: string; // e.g. "8.4"
  vi: string;
  en: string;
  verified: boolean;
  note: string | null;
}

export interface CriterionDef {
  no: number; // 1..19 (or 1..9 for district sets)
  vi: string;
  en: string;
  verified: boolean;
  indicators: IndicatorDef[];
}

export interface CriteriaSet {
  /** `commune_ntm_2026`: the commune set of the catalog that starts in 2026 (built from data/criteria-2026-2030.json). */
  id: 'commune_ntm' | 'commune_nang_cao' | 'commune_kieu_mau' | 'district_ntm' | 'district_nang_cao' | `commune_ntm_${number}`;
  vi: string;
  en: string;
  decision: string;
  verified: boolean;
  note: string | null;
  source: SourceRef;
  criteria: CriterionDef[];
  /** Free-text requirements (e.g. QĐ 319 model-commune conditions, QĐ 320 district conditions). */
  requirements: { vi: string; en: string; verified: boolean }[];
}

export interface Pilot {
  gso: string;
  /** Name as in the plan and GSO, e.g. "Ka Đô". */
  name: string;
  districtCode: string;
  model: PilotModel;
  /** Plan section, e.g. "II.2.đ", "II.3.d", "II.4.d". */
  section: string;
  /** Line numbers in ../shared/plan/KH-5306-UBND-2023-Lam-Dong.txt that name this commune. */
  planLines: number[];
}

/** How a plan target is measured from the data. */
export type TargetMeasure =
  | { kind: 'commune_indicator'; indicator: IndicatorId } // share of xã meeting an indicator
  | { kind: 'commune_field'; field: 'cooperative' } // share of xã with a cooperative
  | { kind: 'unit_online'; } // share of units (xã; districts where data exists) with online essential service AND online survey
  | { kind: 'pilot_smart' } // count of smart-NTM pilot communes
  | { kind: 'district_indicator'; indicator: string } // district-set indicator: no data yet
  | { kind: 'not_measurable'; reason_vi: string; reason_en: string };

export interface PlanTarget {
  id: string; // e.g. "I.2.a-3"
  /** Plan section, e.g. "I.2.a". */
  section: string;
  /** Lines in KH-5306 the wording comes from. */
  planLines: number[];
  /** Verbatim (or near-verbatim) Vietnamese wording. */
  vi: string;
  en: string;
  /** What units the target applies to. */
  appliesTo: 'xa' | 'district' | 'xa_and_district' | 'province';
  /** Threshold: percent (0-100) when unit = 'percent', count when 'count'. */
  threshold: number;
  comparator: '>=' | '>';
  unit: 'percent' | 'count';
  measure: TargetMeasure;
  /** Optional (added by the data build): remarks on the wording or measure, e.g. the 97% → 100% footnote for 8.4. */
  note_vi?: string | null;
  note_en?: string | null;
}

/** One xã in one year. Booleans: true met / false not met / null no data. */
export interface AttainmentRow {
  gso: string;
  year: number;
  status: NtmStatus | null;
  /** criteria[0] is criterion 1 ... criteria[18] is criterion 19. */
  criteria: (boolean | null)[];
  indicators: Record<IndicatorId, boolean | null>;
  cooperative: boolean | null;
  onlineService: boolean | null;
  onlineSurvey: boolean | null;
  /** Year the current status was first recognised, when known. */
  recognitionYear: number | null;
  decision: string | null;
  /** 2016-2020 provincial vs 2021-2025 national criteria vintage of the status label; 2026-2030 for
   *  a row of 2026 on (its `criteria` are then the 2026–2030 catalog's, in its order). */
  criteriaSet: '2016-2020' | '2021-2025' | '2026-2030' | null;
  /** A URL from DOMAIN.md, or "illustrative". */
  source: string;
  note: string | null;
}

/** A published province-level count the data reproduces (DOMAIN.md §4.2). */
export interface PublishedAggregate {
  year: number;
  ntm: number;
  nangCao: number | null;
  kieuMau: number | null;
  of: number;
  source: SourceRef;
  /** Optional (added by the data build): caveats, e.g. a conflicting figure in the same source. */
  note?: string | null;
  /** Issue 15: a year's value is the status at 31 December. 'year_end': the report gives that
   *  status (the table must equal it); 'interim': a report during the year (a lower bound).
   *  Absent: 'year_end'. */
  basis?: 'year_end' | 'interim';
}

export interface DatasetMeta {
  title_vi: string;
  title_en: string;
  generatedAt: string;
  years: number[];
  /** The date the attainment data refers to (ISO). */
  dataDate: string;
  /** True while any attainment row is illustrative. */
  illustrative: boolean;
  boundarySource: SourceRef & { licence: string; note: string };
  attainmentSource: SourceRef;
  planSource: SourceRef;
  published: PublishedAggregate[];
}

/**
 * A criteria catalog (data/catalogs.json): the years it holds for, its decision and its commune
 * criteria, the set `communeSet` of `criteriaSets` (2021–2025: QĐ 318's 19; 2026–2030: QĐ 51's 10,
 * names only). A later catalog's full text (groups, indicators, annexes, sources) is the lazily
 * loaded `detail` file (public/data/<detail>).
 */
export interface CatalogSummary {
  id: string;
  vi: string;
  en: string;
  decision: string;
  /** First and last year the catalog holds for. */
  from: number;
  to: number;
  /** ISO date the decision came into force. */
  inForce: string;
  inForceVerified: boolean;
  communeSet: CriteriaSet['id'];
  /** Criteria of the commune set (counted from the data). */
  criteriaCount: number;
  /** Commune groups with their own thresholds (0: one set for every commune). */
  groups: number;
  /** Indicators in all, when a source gives the number. */
  indicatorTotal: number | null;
  /** The statuses a commune can have under this catalog. */
  statuses: NtmStatus[];
  /** File under public/data/ with the full catalog, or null. */
  detail: string | null;
}

export interface NtmDataset {
  meta: DatasetMeta;
  /** The criteria catalogs by period (absent in a dataset built before issue 13). */
  catalogs?: CatalogSummary[];
  districts: DistrictInfo[];
  units: UnitInfo[];
  criteriaSets: CriteriaSet[];
  pilots: Pilot[];
  attainment: AttainmentRow[];
  /** The geographies and the years they hold for (issue 13, src/domain/todayTypes.ts). */
  geographies?: import('./todayTypes').GeographySummary[];
}

/** public/data/targets.json: the plan's quantitative targets (KH 5306 §I.2), apart from ntm.json
 *  because only the leaders' view and a district's summary read them (−2.1 KB gzip at first load). */
export interface PlanTargetsFile {
  targets: PlanTarget[];
}

/*
 * public/data/geo.json is a TopoJSON Topology (quantized) with two objects:
 *  - `communes`: 142 Polygon/MultiPolygon geometries, `id` = GSO commune code (string),
 *    `properties` = { d: districtCode }.
 *  - `districts`: 12 geometries dissolved with Turf, `id` = district code (string).
 */
export const GEO_OBJECTS = { communes: 'communes', districts: 'districts' } as const;
