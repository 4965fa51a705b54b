// The attainment table's columns by criteria catalog. The 2021–2025 catalog keeps the v1 names
// (tc1…tc19, i8_1…, nc8_4, nc15_2, cooperative, online_*); a later catalog's criteria are named by
// the catalog's first year, tc2026_1…tc2026_10, so an officer cannot put a 2026 result in a
// 2021–2025 column or the other way round (data/attainment-2026-template.csv has only these).
import type { CatalogSummary } from '../../src/domain/types';
import { CRITERIA_COUNT } from '../../src/domain/types';

/** Columns every table has, whatever the period. */
export const BASE_COLUMNS = ['gso', 'district', 'commune', 'year', 'status', 'recognition_year', 'decision', 'criteria_set', 'source', 'note'] as const;

export const PLAN_CRITERIA_COLUMNS = Array.from({ length: CRITERIA_COUNT }, (_, i) => `tc${i + 1}`);
/** The 2021–2025 period's own columns (criteria, indicators, the plan's extra fields). */
export const PLAN_EXTRA_COLUMNS = ['i8_1', 'i8_2', 'i8_3', 'i8_4', 'nc8_4', 'nc15_2', 'cooperative', 'online_service', 'online_survey'];
export const PLAN_COLUMNS = [...PLAN_CRITERIA_COLUMNS, ...PLAN_EXTRA_COLUMNS];

/** A later catalog's criterion column: tc2026_7. */
export const catalogColumn = (c: Pick<CatalogSummary, 'from'>, no: number) => `tc${c.from}_${no}`;
export const CATALOG_COLUMN = /^tc(\d{4})_(\d+)$/;

/** The catalogs with columns of their own: every one after the first (the 2021–2025 one). */
export function laterCatalogs(catalogs: readonly CatalogSummary[]): CatalogSummary[] {
  return [...catalogs].sort((a, b) => a.from - b.from).slice(1);
}

/** A later catalog's criterion columns, counted from the catalog. */
export function catalogColumns(c: CatalogSummary): string[] {
  return Array.from({ length: c.criteriaCount }, (_, i) => catalogColumn(c, i + 1));
}

/** The header of a later period's template, e.g. data/attainment-2026-template.csv. */
export function templateColumns(c: CatalogSummary): string[] {
  // No district column: there is no district level since 1/7/2025.
  const [gso, , commune, year, status, ...rest] = BASE_COLUMNS;
  return [gso, commune, year, status, ...catalogColumns(c), ...rest];
}
