// Which criteria catalog holds for a year (data/catalogs.json, summarised in ntm.json). The code
// asks "which catalog for this year" and counts criteria from it, never from a constant: 19 in
// 2021–2025 (QĐ 318), 10 in 2026–2030 (QĐ 51/2025/QĐ-TTg).
import { allMeasures, criterionMeasure, DEFAULT_MEASURE, parseMeasure, type MeasureId } from './measures';
import type { AttainmentRow, CatalogSummary, CriterionDef, CriteriaSet, NtmDataset } from './types';
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
    criteriaCount: ds.criteriaSets?.find((s) => s.id === 'commune_ntm')?.criteria.length ?? CRITERIA_COUNT,
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

/** A catalog's commune criteria, numbered from 1 (a test dataset without its sets: numbers only). */
export function catalogCriteria(catalog: CatalogSummary, criteriaSets: readonly CriteriaSet[] | undefined): CriterionDef[] {
  const set = criteriaSets?.find((s) => s.id === catalog.communeSet);
  if (set) return set.criteria;
  return Array.from({ length: catalog.criteriaCount }, (_, i) => ({ no: i + 1, vi: '', en: '', verified: false, indicators: [] }));
}

/** The commune set id of a catalog: the first keeps 'commune_ntm', a later one is named by its first year. */
export const communeSetId = (from: number, first: boolean): CriteriaSet['id'] => (first ? 'commune_ntm' : `commune_ntm_${from}`);

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

// ---- measures by catalog ------------------------------------------------------------------------

const sorted = new WeakMap<NtmDataset, CatalogSummary[]>();
function catalogsMemo(ds: NtmDataset): CatalogSummary[] {
  let c = sorted.get(ds);
  if (!c) sorted.set(ds, (c = catalogsOf(ds)));
  return c;
}

/** The catalog of a year, or the first one for a year before any (the 2021–2025 measures). */
function catalogOrFirst(ds: NtmDataset, year: number): { catalog: CatalogSummary; first: boolean } {
  const all = catalogsMemo(ds);
  const catalog = catalogForYear(all, year) ?? all[0]!;
  return { catalog, first: isFirstCatalog(all, catalog) };
}

/**
 * The measures the picker offers for a year, in order: the first catalog's (status, count, pilot,
 * c1…c19, its indicators) up to 2025; from 2026 the status and the 10 criteria of the 2026–2030
 * catalog (counted from it). The count bins, the plan's pilots and the indicators belong to the
 * 2021–2025 catalog only.
 */
export function measuresForYear(ds: NtmDataset, year: number): MeasureId[] {
  const { catalog, first } = catalogOrFirst(ds, year);
  if (first) return allMeasures();
  return ['status', ...Array.from({ length: catalog.criteriaCount }, (_, i) => criterionMeasure(i + 1, catalog.from))];
}

/** The measure itself when the year's catalog has it, else the default (status). */
export function measureForYear(ds: NtmDataset, measure: MeasureId, year: number): MeasureId {
  return measuresForYear(ds, year).includes(measure) ? measure : DEFAULT_MEASURE;
}

/** Does a measure read a value of this row (the row's year's catalog)? */
export function measureFitsRow(ds: NtmDataset, measure: MeasureId, row: AttainmentRow): boolean {
  const p = parseMeasure(measure);
  if (p.kind === 'status' || p.kind === 'pilot') return true;
  const { catalog, first } = catalogOrFirst(ds, row.year);
  if (p.kind === 'criterion') return first ? p.since == null && p.no <= catalog.criteriaCount : p.since === catalog.from && p.no <= catalog.criteriaCount;
  return first; // count bins and indicators are the 2021–2025 catalog's
}

/** The catalog a measure's criterion belongs to (null: not a criterion, or no such catalog). */
export function catalogOfMeasure(ds: NtmDataset, measure: MeasureId): CatalogSummary | null {
  const p = parseMeasure(measure);
  if (p.kind !== 'criterion') return null;
  const all = catalogsMemo(ds);
  return p.since == null ? all[0] ?? null : all.find((c) => c.from === p.since) ?? null;
}
