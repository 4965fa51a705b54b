// The data build as five stages, each a function with its own tests (scripts/lib/stages/):
// read → validate → geometry → assemble → first views. Validation errors are thrown before any
// geometry work. The CLI (scripts/build-data.ts) only prints the report and writes the outputs.
import type { NtmDataset, PlanTarget } from '../../src/domain/types';
import type { YearCounts } from './aggregate';
import type { AreaCheck } from './geometry';
import { DataBuildError, type Issue } from './issues';
import type { BuildPaths } from './paths';
import { QUANTIZATION, type buildTopology } from './topo';
import type { FirstView } from './firstView';
import { readInputs } from './stages/read';
import { erasJson } from './codeEras';
import { validateInputs } from './stages/validate';
import { buildGeometry, type DistrictAreaRow, type ProvinceAreas } from './stages/geometry';
import { assemble } from './stages/assemble';
import { buildFirstViews } from './stages/firstViews';
import { buildToday, checkToday, readToday, type BuiltToday } from './stages/today';
import { errorsOf } from './issues';

export { BoundaryFileError } from './stages/read';
export type { DistrictAreaRow } from './stages/geometry';

export interface BuildReport {
  units: { total: number; xa: number; phuong: number; thiTran: number; districts: number };
  cleaning: { log: string[]; gapWidthM: number; slivers: { removed: number; total: number } | null };
  areaChecks: AreaCheck[];
  districtAreas: DistrictAreaRow[];
  province: ProvinceAreas;
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
  /** The plan's targets (targets.json). */
  targets: PlanTarget[];
  /** The static SVG of the default view, painted before any JS (issue #7; scripts/lib/firstView.ts). */
  firstView: FirstView;
  /** The first view as inlined into index.html: fills only, whole units of zoom 8 (issue #7). */
  firstViewInline: string;
  report: BuildReport;
  /** Today's geography (issue 13): geo-2025.json (topology) and today.json (record). */
  today: BuiltToday;
  /** Files loaded only when asked for: the full later catalogs (public/data/criteria-2026-2030.json)
   *  and the code sets of before and after 1/7/2025 for the officers' desk (codes.json). */
  lazyFiles: { name: string; text: string }[];
  /** Warnings (errors are thrown as DataBuildError). */
  issues: Issue[];
}

export async function buildDataset(paths: BuildPaths, now = new Date()): Promise<BuildResult> {
  const inputs = readInputs(paths);
  const valid = validateInputs(inputs);
  // Today's geography is checked before any geometry work too (its errors with the others).
  const todayChecked = checkToday(readToday(paths), valid.units);
  if (errorsOf(todayChecked.issues).length) throw new DataBuildError([...todayChecked.issues, ...valid.issues]);
  let geometry;
  try {
    geometry = await buildGeometry(valid.features, inputs.boundaries.file);
  } catch (e) {
    // Keep the validation warnings beside the geometry errors.
    if (e instanceof DataBuildError) throw new DataBuildError([...e.issues, ...valid.issues]);
    throw e;
  }
  const today = buildToday(todayChecked, valid.units, paths.boundaries2025);
  const { dataset, topology, targets } = assemble(valid, geometry, paths, now, today.summaries);
  const { firstView, firstViewInline } = buildFirstViews(topology, dataset);
  const units = valid.units;
  return {
    dataset,
    topology,
    targets,
    firstView,
    firstViewInline,
    today,
    issues: [...valid.issues, ...todayChecked.issues],
    lazyFiles: [
      ...[...valid.fullCatalogs].map(([name, catalog]) => ({ name, text: JSON.stringify(catalog) })),
      { name: 'codes.json', text: JSON.stringify(erasJson(valid.eras)) },
    ],
    report: {
      units: {
        total: units.length,
        xa: units.filter((u) => u.type === 'xa').length,
        phuong: units.filter((u) => u.type === 'phuong').length,
        thiTran: units.filter((u) => u.type === 'thi_tran').length,
        districts: new Set(units.map((u) => u.districtCode)).size,
      },
      cleaning: geometry.cleaning,
      areaChecks: geometry.areaChecks,
      districtAreas: geometry.districtAreas,
      province: geometry.province,
      counts: valid.counts,
      published: valid.publishedCheck,
      attainmentFile: valid.attainment.file,
      attainmentRows: dataset.attainment.length,
      illustrativeRows: dataset.attainment.filter((r) => r.source === 'illustrative').length,
      quantization: QUANTIZATION,
    },
  };
}
