// Stage 1, read: every input file of the build, as text or bytes, and nothing else. The only
// stage that touches the file system, so the later stages are plain functions of what it returns.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { issue, type Issue } from '../issues';
import { displayPath, type BuildPaths } from '../paths';

/** The boundary file cannot be read or parsed: the CLI prints one line and exits 1. */
export class BoundaryFileError extends Error {
  constructor(readonly path: string, readonly reason: string) {
    super(
      `Không đọc được tệp ranh giới / cannot read boundary file: ${path} (${reason}). ` +
        `Đặt biến NTM_BOUNDARIES=<đường dẫn tới GeoJSON> / set NTM_BOUNDARIES=<path to the GeoJSON>, e.g. NTM_BOUNDARIES=../shared/data/lam-dong-communes.geojson npm run data`,
    );
    this.name = 'BoundaryFileError';
  }
}

/** The project's catalogs in data/ (criteria, districts, pilots, targets, published figures). */
export const CATALOG_FILES = ['criteria.json', 'districts.json', 'pilots.json', 'targets.json', 'published.json', 'catalogs.json', 'published-former.json'] as const;
/** The full criteria catalogs of later periods (data/criteria-2026-2030.json …), named in catalogs.json. */
export const FULL_CATALOG_FILE = /^criteria-\d{4}-\d{4}\.json$/;
export type CatalogFile = (typeof CATALOG_FILES)[number];

export interface TextInput {
  /** As shown in messages: repo-relative when inside the repo. */
  file: string;
  text: string;
}

export interface BuildInputs {
  boundaries: { file: string; path: string; geojson: FeatureCollection };
  /** null when the file is missing (reported in `issues`). */
  catalogs: Record<CatalogFile, TextInput | null>;
  /** The plan's lines (for plan line references), null when the plan file is missing. */
  plan: { file: string; lines: string[] } | null;
  attainment: { file: string; bytes: Buffer; custom: boolean } | null;
  /** data/criteria-YYYY-YYYY.json by file name. */
  fullCatalogs: Map<string, TextInput>;
  /** The crosswalk CSV (which codes exist before and after 1/7/2025); null when missing (an error). */
  crosswalk: TextInput | null;
  /** Missing files (errors) and the missing plan (a warning). */
  issues: Issue[];
}

function readBoundaries(path: string): FeatureCollection {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new BoundaryFileError(path, code === 'ENOENT' ? 'ENOENT: không có tệp / no such file' : String(code));
  }
  try {
    return JSON.parse(text) as FeatureCollection;
  } catch (e) {
    throw new BoundaryFileError(path, `JSON không hợp lệ / invalid JSON: ${(e as Error).message}`);
  }
}

export function readInputs(paths: BuildPaths): BuildInputs {
  const issues: Issue[] = [];
  const geojson = readBoundaries(paths.boundaries);

  const catalogs = {} as BuildInputs['catalogs'];
  for (const name of CATALOG_FILES) {
    const path = join(paths.dataDir, name);
    const file = displayPath(path);
    if (existsSync(path)) catalogs[name] = { file, text: readFileSync(path, 'utf8') };
    else {
      catalogs[name] = null;
      issues.push(issue('error', file, null, null, 'không có tệp.', 'file not found.'));
    }
  }

  const fullCatalogs = new Map<string, TextInput>();
  for (const name of existsSync(paths.dataDir) ? readdirSync(paths.dataDir).filter((n) => FULL_CATALOG_FILE.test(n)).sort() : []) {
    const path = join(paths.dataDir, name);
    fullCatalogs.set(name, { file: displayPath(path), text: readFileSync(path, 'utf8') });
  }

  let crosswalk: TextInput | null = null;
  if (existsSync(paths.crosswalk)) crosswalk = { file: displayPath(paths.crosswalk), text: readFileSync(paths.crosswalk, 'utf8') };
  else {
    issues.push(issue('error', displayPath(paths.crosswalk), null, null,
      'không có tệp bảng chuyển đổi đơn vị (cần để biết mã nào còn từ 1/7/2025). Đặt biến NTM_CROSSWALK=<đường dẫn>.',
      'crosswalk file not found (needed to know which codes exist since 1/7/2025). Set NTM_CROSSWALK=<path>.'));
  }

  let plan: BuildInputs['plan'] = null;
  if (existsSync(paths.plan)) plan = { file: displayPath(paths.plan), lines: readFileSync(paths.plan, 'utf8').split('\n').map((l) => l.replace(/\r$/, '')) };
  else issues.push(issue('warning', displayPath(paths.plan), null, null, 'không có tệp kế hoạch: bỏ qua kiểm tra số dòng.', 'plan file not found: plan line numbers not checked.'));

  const attFile = displayPath(paths.attainment);
  let attainment: BuildInputs['attainment'] = null;
  if (existsSync(paths.attainment)) attainment = { file: attFile, bytes: readFileSync(paths.attainment), custom: paths.customAttainment };
  else {
    const env = paths.customAttainment;
    issues.push(issue('error', attFile, null, null, `không có tệp bảng kết quả${env ? ' (biến NTM_ATTAINMENT)' : ''}.`, `attainment table not found${env ? ' (NTM_ATTAINMENT)' : ''}.`));
  }

  return { boundaries: { file: displayPath(paths.boundaries), path: paths.boundaries, geojson }, catalogs, plan, attainment, fullCatalogs, crosswalk, issues };
}
