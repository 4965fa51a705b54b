// Shared by the 2026 validation tests: the real catalogs and code sets, built in memory.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CriteriaFile } from '../../../scripts/lib/catalog';
import { CatalogIndexFile, catalogSummaries, FullCatalogFile, type FullCatalog } from '../../../scripts/lib/catalogs';
import { parseCrosswalk, type CodeEras } from '../../../scripts/lib/codeEras';
import { buildPaths, REPO_ROOT } from '../../../scripts/lib/paths';
import type { CatalogSummary } from '../../../src/domain/types';

const data = (name: string) => JSON.parse(readFileSync(join(REPO_ROOT, 'data', name), 'utf8'));

export function realCatalogs(): { summaries: CatalogSummary[]; full: Map<string, FullCatalog> } {
  const index = CatalogIndexFile.parse(data('catalogs.json'));
  const full = new Map([['criteria-2026-2030.json', FullCatalogFile.parse(data('criteria-2026-2030.json'))]]);
  const sets = CriteriaFile.parse(data('criteria.json'));
  return { summaries: catalogSummaries(index, full, sets), full };
}

export function realEras(): CodeEras {
  const path = buildPaths().crosswalk;
  const r = parseCrosswalk(readFileSync(path, 'utf8'), 'lam-dong-crosswalk.csv');
  if (!r.eras) throw new Error(`crosswalk: ${r.issues.map((i) => i.en).join('; ')}`);
  return r.eras;
}
