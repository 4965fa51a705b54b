// The contract of today's geography (issue 13): public/data/today.json and the `geographies`
// summary in ntm.json, written by the data build (scripts/lib/stages/today.ts), read by the app.
// Plain types only.
import type { SourceRef } from './types';

/** Former province of a unit before 1 July 2025 (NQ 1671/NQ-UBTVQH15 merged the three). */
export type FormerProvince = 'lam_dong' | 'dak_nong' | 'binh_thuan';
export const FORMER_PROVINCES: readonly FormerProvince[] = ['lam_dong', 'dak_nong', 'binh_thuan'];

/** Unit type since 1 July 2025: no district level, no thị trấn. */
export type TodayUnitType = 'xa' | 'phuong' | 'dac_khu';

export interface TodayUnit {
  /** GSO code (5 digits). REUSED from one predecessor: never join old data by it. */
  code: string;
  /** Name without the type prefix, as in the source, e.g. "Đạ Tẻh 2". */
  name: string;
  fullName: string;
  /** ASCII name of the source, e.g. "Da Teh 2". */
  nameEn: string;
  type: TodayUnitType;
  formerProvince: FormerProvince;
  bbox: [number, number, number, number];
  labelPoint: [number, number];
  /** Geodesic area of the polygon, km². */
  areaKm2: number;
  /** The source's stated figure (not measured; differs by up to 7 %). */
  statedAreaKm2: number;
}

export type OldUnitType = 'xa' | 'phuong' | 'thi_tran';

/** One crosswalk row: an old unit (in force before 1 July 2025) → one new unit. */
export interface CrosswalkRow {
  oldCode: string;
  oldName: string;
  oldType: OldUnitType;
  /** The old district with its type, e.g. "Huyện Đạ Tẻh" (for old Lâm Đồng: the 2020–2024 district). */
  oldDistrict: string;
  oldProvince: FormerProvince;
  newCode: string;
  /** full: the whole old unit went into the new one; partial: part of it (no weights published). */
  share: 'full' | 'partial';
  /** Legal basis, e.g. "NQ 1245/NQ-UBTVQH15; NQ 1671/NQ-UBTVQH15". */
  basis: string;
}

/** A geography (a set of units in force over a period), as data/geographies.json defines it. */
export interface GeographySummary {
  /** '2020' (the plan's units) or '2025' (today's). */
  id: string;
  name_vi: string;
  name_en: string;
  /** ISO date the units came into force; validTo null while in force. */
  validFrom: string;
  validTo: string | null;
  basis: string;
  /** Years whose default map is this geography (e.g. 2021–2025 for 2020; 2026+ for 2025). */
  defaultFor: { from: number; to: number | null };
  /** Years that can be read on it (2025 results on both). */
  readable: { from: number; to: number | null };
  /** Computed by the build from the boundary file (never typed). */
  unitCount: number;
  counts: Record<string, number>;
  /** Files the app loads for it (relative to public/data/). */
  files: string[];
  source: SourceRef;
}

export interface TodaySources {
  boundary: SourceRef & { repo: string; commit: string; licence: string; note_vi: string; note_en: string };
  crosswalk: SourceRef & { documents: string[]; note_vi: string; note_en: string };
}

/** public/data/today.json. */
export interface TodayRecord {
  geography: GeographySummary;
  units: TodayUnit[];
  crosswalk: CrosswalkRow[];
  sources: TodaySources;
  /** [west, south, east, north] of the 124 units. */
  bounds: [number, number, number, number];
}

/*
 * public/data/geo-2025.json is a TopoJSON Topology (quantized) with two objects:
 *  - `communes`: 124 geometries, `id` = code, `properties` = { p: FormerProvince };
 *  - `formerProvinces`: the three dissolved outlines, `id` = FormerProvince (arcs shared).
 */
export const GEO_2025_OBJECTS = { communes: 'communes', formerProvinces: 'formerProvinces' } as const;
