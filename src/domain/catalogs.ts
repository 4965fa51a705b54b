// Which criteria catalog holds for a year (data/catalogs.json, summarised in ntm.json). The code
// asks "which catalog for this year" and counts criteria from it, never from a constant: 19 in
// 2021–2025 (QĐ 318), 10 in 2026–2030 (QĐ 51/2025/QĐ-TTg).
import type { CatalogCriterion, CatalogSummary, CriteriaSet, NtmDataset } from './types';
import { CRITERIA_COUNT } from './types';

/** A dataset built before catalogs existed: its one catalog is the 2021–2025 commune set. */
function legacyCatalog(ds: NtmDataset): CatalogSummary {
  const years = (ds.meta.years ?? []).filter((y) => Number.isInteger(y));
  return {
    id: '2021-2025',
    vi: 'Bộ tiêu chí giai đoạn 2021–2025',
    en: '2021–2025 criteria',
    decision: '318/QĐ-TTg (08/3/2022)',
    from: years.length ? Math.min(...years) : 2021,
    to: years.length ? Math.max(...years) : 2025,
    inForce: '2022-03-08',
    inForceVerified: false,
    communeSet: 'commune_ntm',
    criteria: [],
    groups: 0,
    indicatorTotal: null,
    statuses: ['chua_dat', 'ntm', 'nang_cao', 'kieu_mau'],
    detail: null,
  };
}

/** The dataset's catalogs, oldest first. */
export function catalogsOf(ds: NtmDataset): CatalogSummary[] {
  const list = ds.catalogs?.length ? ds.catalogs : [legacyCatalog(ds)];
  return [...list].sort((a, b) => a.from - b.from);
}

/** The catalog in force for `year` (from ≤ year ≤ to), or null when none covers it. */
export function catalogForYear(catalogs: readonly CatalogSummary[], year: number): CatalogSummary | null {
  return catalogs.find((c) => c.from <= year && year <= c.to) ?? null;
}

/** A catalog's commune criteria, numbered from 1: its own list, or the criteria set it names. */
export function catalogCriteria(catalog: CatalogSummary, criteriaSets: readonly CriteriaSet[] | undefined): CatalogCriterion[] {
  if (!catalog.communeSet) return catalog.criteria;
  const set = criteriaSets?.find((s) => s.id === catalog.communeSet);
  if (set) return set.criteria.map((c) => ({ no: c.no, vi: c.vi, en: c.en, verified: c.verified }));
  // Only a test dataset lacks its criteria sets: number them without names.
  return Array.from({ length: CRITERIA_COUNT }, (_, i) => ({ no: i + 1, vi: '', en: '', verified: false }));
}

/** The first catalog is the one whose measures keep their short v=1 ids (c1..c19). */
export function isFirstCatalog(catalogs: readonly CatalogSummary[], catalog: CatalogSummary): boolean {
  return catalogs.length > 0 && catalogs[0]!.id === catalog.id;
}

/**
 * The years the year control offers: the years with data, and the first year of every catalog
 * (a new period is offered from its first year on, with "no data yet" until a source publishes it).
 */
export function timelineYears(ds: NtmDataset): number[] {
  const data = (ds.meta.years ?? []).filter((y) => Number.isInteger(y));
  const rows = data.length ? data : ds.attainment.map((r) => r.year);
  const starts = ds.catalogs?.length ? ds.catalogs.map((c) => c.from) : [];
  return [...new Set([...rows, ...starts])].sort((a, b) => a - b);
}

/** Does the dataset hold any row for `year`? (No row at all: the map says "no data yet for <year>".) */
export function hasDataForYear(ds: NtmDataset, year: number): boolean {
  return ds.attainment.some((r) => r.year === year);
}
