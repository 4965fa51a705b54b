// The public dataset (ntm.json) from its parts: what the geometry and the catalogs give (the
// "base": units, districts, criteria, pilots, published figures, boundary source) and
// the attainment table. The data build (stages/assemble.ts) and the officers' desk (src/desk) both
// call datasetOf and datasetJson, so a table published from the desk is byte for byte what
// `NTM_ATTAINMENT=<the same table> SOURCE_DATE_EPOCH=<the same second> npm run data` writes.
// Pure and browser-safe: no file system, no geometry library.
import type { AttainmentRow, DatasetMeta, NtmDataset, PlanTargetsFile } from '../../src/domain/types';
import { YEARS } from '../../src/domain/types';
import type { Unit } from './units';
import { encodeDataset } from '../../src/data/wire';

/** Everything in ntm.json that a new attainment table does not change. */
export interface DatasetBase {
  boundarySource: DatasetMeta['boundarySource'];
  published: DatasetMeta['published'];
  districts: NtmDataset['districts'];
  units: NtmDataset['units'];
  criteriaSets: NtmDataset['criteriaSets'];
  pilots: NtmDataset['pilots'];
  /** Which geographies exist and hold for which years (issue 13; today's files load on demand). */
  geographies?: NtmDataset['geographies'];
  /** The criteria catalogs by period (absent in a dataset published before issue 13). */
  catalogs?: NtmDataset['catalogs'];
}

export interface AttainmentTable {
  /** Valid rows, sorted by code then year (validateAttainment's order). */
  rows: AttainmentRow[];
  /** An officer's table (NTM_ATTAINMENT, the desk) rather than the project's illustrative one. */
  custom: boolean;
  /** The table's file name, without folders (named in the dataset's source label). */
  fileName: string;
}

/** The dataset with its meta derived from the table. `now` is the build's date (generatedAt). */
export function datasetOf(base: DatasetBase, table: AttainmentTable, now: Date): NtmDataset {
  const rows = table.rows;
  const illustrativeRows = rows.filter((r) => r.source === 'illustrative').length;
  const years = [...new Set(rows.map((r) => r.year))].sort();
  const lastYear = years.length ? String(years[years.length - 1]) : '';
  const ds: NtmDataset = {
    meta: {
      title_vi: 'Bản đồ số Nông thôn mới tỉnh Lâm Đồng',
      title_en: 'Digital map of New Rural Development, Lâm Đồng province',
      generatedAt: now.toISOString(),
      years: years.length ? years : [...YEARS],
      dataDate: lastYear,
      illustrative: illustrativeRows > 0,
      boundarySource: base.boundarySource,
      attainmentSource: table.custom
        ? { label: `Bảng kết quả: ${table.fileName}${illustrativeRows ? ` (${illustrativeRows} dòng minh họa)` : ''}`, url: null, date: now.toISOString().slice(0, 10) }
        : { label: 'Số liệu minh họa, khớp với số liệu đã công bố 2021-2023 (scripts/generate-attainment.ts)', url: null, date: lastYear },
      planSource: { label: 'Kế hoạch 5306/KH-UBND ngày 19/6/2023 của UBND tỉnh Lâm Đồng', url: null, date: '2023-06-19' },
      published: base.published,
    },
    districts: base.districts,
    units: base.units,
    criteriaSets: base.criteriaSets,
    pilots: base.pilots,
    attainment: rows,
    ...(base.geographies ? { geographies: base.geographies } : {}),
  };
  // Last, and only when known: a dataset published before the catalogs keeps its exact bytes.
  if (base.catalogs) ds.catalogs = base.catalogs;
  return ds;
}

/** The base of a published dataset (ntm.json as the server has it). */
export function baseOf(ds: NtmDataset): DatasetBase {
  return {
    boundarySource: ds.meta.boundarySource,
    published: ds.meta.published,
    districts: ds.districts,
    units: ds.units,
    criteriaSets: ds.criteriaSets,
    pilots: ds.pilots,
    ...(ds.geographies ? { geographies: ds.geographies } : {}),
    ...(ds.catalogs ? { catalogs: ds.catalogs } : {}),
  };
}

/** The units a table is checked against, as the build reads them from the boundary file. */
export function unitsOf(ds: NtmDataset): Unit[] {
  const districts = new Map(ds.districts.map((d) => [d.code, d]));
  return ds.units.map((u) => {
    const d = districts.get(u.districtCode);
    return { gso: u.gso, name: u.name, fullName: u.fullName, type: u.type, districtCode: u.districtCode, districtName: d?.name ?? u.districtCode, districtType: d?.type ?? 'huyen' };
  });
}

/** targets.json: the plan's targets, which no attainment table changes (the desk leaves it as is). */
export function targetsJson(targets: PlanTargetsFile['targets']): string {
  return JSON.stringify({ targets } satisfies PlanTargetsFile);
}

/** ntm.json's text (the build writes it, the desk offers it for download), in its wire form (src/data/wire.ts). */
export function datasetJson(ds: NtmDataset): string {
  return JSON.stringify(encodeDataset(ds));
}

/**
 * The build's date: SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) when set, so a
 * build can be repeated to the byte; otherwise now. The desk names the second it used.
 */
export function buildDate(env: Record<string, string | undefined>, now = new Date()): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch == null || epoch === '') return now;
  if (!/^\d{1,12}$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH="${epoch}": cần số giây từ 1970-01-01 UTC / expected whole seconds since 1970-01-01 UTC`);
  return new Date(Number(epoch) * 1000);
}
