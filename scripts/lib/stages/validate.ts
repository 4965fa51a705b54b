// Stage 2, validate: the boundary units, the catalogs and the attainment table, checked against
// each other. Pure (no file system, no geometry work): a bad table is rejected here, before the
// build spends any time on the geometry.
import type { CatalogSummary, PlanTarget, PublishedAggregate, NtmDataset } from '../../../src/domain/types';
import { CatalogIndexFile, catalogSummaries, checkCatalogs, communeSetOf, FullCatalogFile, type FullCatalog } from '../catalogs';
import { parseCrosswalk, type CodeEras } from '../codeEras';
import type { YearCounts } from '../aggregate';
import { checkDistricts, checkPilots, checkTargets, CriteriaFile, DistrictsFile, parseJsonFile, PilotsFile, PublishedFile, PublishedFormerFile, TargetsFile } from '../catalog';
import { DataBuildError, errorsOf, type Issue } from '../issues';
import { readUnits, type Unit, type UnitFeature } from '../units';
import { checkTable } from '../table';
import type { z } from 'zod';
import type { BuildInputs, TextInput } from './read';

export interface ValidInputs {
  units: Unit[];
  /** The boundary features of the units, with their properties checked. */
  features: UnitFeature[];
  criteria: NtmDataset['criteriaSets'];
  /** The catalogs by period (ntm.json's summary) and the full later catalogs by file name. */
  catalogs: CatalogSummary[];
  fullCatalogs: Map<string, FullCatalog>;
  /** Which codes exist before and after 1/7/2025 (public/data/codes.json). */
  eras: CodeEras;
  districts: z.infer<typeof DistrictsFile>;
  pilots: z.infer<typeof PilotsFile>;
  targets: PlanTarget[];
  published: PublishedAggregate[];
  attainment: { file: string; custom: boolean; rows: NtmDataset['attainment'] };
  counts: YearCounts[];
  publishedCheck: { year: number; ok: boolean; text: string }[];
  /** Warnings (errors throw). */
  issues: Issue[];
}

function parseCatalog<T>(input: TextInput | null, schema: z.ZodType<T>, issues: Issue[]): T | null {
  if (!input) return null;
  const r = parseJsonFile(input.text, schema, input.file);
  issues.push(...r.issues);
  return r.value;
}

/** Throws DataBuildError with every error found (and the warnings), or returns the valid inputs. */
export function validateInputs(inputs: BuildInputs): ValidInputs {
  const issues: Issue[] = [];
  const { units, features, issues: unitIssues } = readUnits(inputs.boundaries.geojson, inputs.boundaries.file);
  issues.push(...unitIssues);
  // Without valid units nothing else can be checked against them.
  if (errorsOf(issues).length) throw new DataBuildError([...issues, ...inputs.issues]);
  issues.push(...inputs.issues);

  const c = inputs.catalogs;
  const criteria = parseCatalog(c['criteria.json'], CriteriaFile, issues) as NtmDataset['criteriaSets'] | null;
  const districts = parseCatalog(c['districts.json'], DistrictsFile, issues);
  const pilots = parseCatalog(c['pilots.json'], PilotsFile, issues);
  const targets = parseCatalog(c['targets.json'], TargetsFile, issues) as PlanTarget[] | null;
  const published = parseCatalog(c['published.json'], PublishedFile, issues) as PublishedAggregate[] | null;

  // Recorded with its sources; part of no output yet (the former provinces have no project data).
  parseCatalog(c['published-former.json'], PublishedFormerFile, issues);
  const catalogIndex = parseCatalog(c['catalogs.json'], CatalogIndexFile, issues);
  const fullCatalogs = new Map<string, FullCatalog>();
  for (const [name, input] of inputs.fullCatalogs) {
    const f = parseCatalog(input, FullCatalogFile, issues);
    if (f) fullCatalogs.set(name, f);
  }
  let catalogs: CatalogSummary[] | null = null;
  if (catalogIndex && criteria) {
    issues.push(...checkCatalogs(catalogIndex, criteria, fullCatalogs, c['catalogs.json']!.file));
    catalogs = catalogSummaries(catalogIndex, fullCatalogs, criteria);
    // A later catalog's commune criteria join criteria.json's sets (names for the measure picker, labels, exports).
    for (const entry of catalogIndex) {
      const f = entry.content.communeSet ? null : fullCatalogs.get(entry.content.file);
      if (f) criteria.push(communeSetOf(entry, f));
    }
  }
  const cw = inputs.crosswalk ? parseCrosswalk(inputs.crosswalk.text, inputs.crosswalk.file) : null;
  if (cw) issues.push(...cw.issues);
  const eras = cw?.eras ?? null;

  const planLines = inputs.plan?.lines ?? null;
  if (districts) issues.push(...checkDistricts(districts, units, 'data/districts.json'));
  if (pilots) issues.push(...checkPilots(pilots, units, planLines, 'data/pilots.json'));
  if (targets) issues.push(...checkTargets(targets, planLines, 'data/targets.json'));

  const att = inputs.attainment;
  // An officer's own table may differ from the published figures (a warning); ours must not.
  // The same function checks a table in the officers' desk (src/desk/worker.ts).
  const table = att
    ? checkTable({ file: att.file, content: { bytes: att.bytes }, custom: att.custom }, units, published ?? [], undefined, { eras, catalogs: catalogs ?? undefined })
    : { rows: [], issues: [], counts: [], publishedCheck: [], csv: null };
  issues.push(...table.issues);
  const { rows, counts } = table;
  const pub = { results: table.publishedCheck };

  if (errorsOf(issues).length || !criteria || !districts || !pilots || !targets || !published || !att || !catalogs || !eras) throw new DataBuildError(issues);
  return {
    units, features, criteria, catalogs, fullCatalogs, eras, districts, pilots, targets, published,
    attainment: { file: att.file, custom: att.custom, rows },
    counts, publishedCheck: pub.results, issues,
  };
}
