// Where the data build reads and writes. Paths given in env vars are resolved against the current
// directory (npm runs scripts from the repo root); defaults are resolved against the repo root.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_BOUNDARIES = '../shared/data/lam-dong-communes.geojson';
export const DEFAULT_BOUNDARIES_2025 = '../shared/data/lam-dong-2025-communes.geojson';
export const DEFAULT_CROSSWALK = '../shared/data/lam-dong-crosswalk.csv';
export const DEFAULT_PLAN = '../shared/plan/KH-5306-UBND-2023-Lam-Dong.txt';

export interface BuildPaths {
  boundaries: string;
  /** Today's 124 units (issue 13): NTM_BOUNDARIES_2025. */
  boundaries2025: string;
  /** Old units → today's: NTM_CROSSWALK (also which codes exist before and after 1/7/2025: scripts/lib/codeEras.ts). */
  crosswalk: string;
  attainment: string;
  /** True when NTM_ATTAINMENT points at an officer's table (published-figure mismatches become warnings). */
  customAttainment: boolean;
  dataDir: string;
  plan: string;
  outDir: string;
}

export function buildPaths(env: NodeJS.ProcessEnv = process.env, root = REPO_ROOT): BuildPaths {
  const boundaries = env.NTM_BOUNDARIES ? resolve(env.NTM_BOUNDARIES) : resolve(root, DEFAULT_BOUNDARIES);
  const attainment = env.NTM_ATTAINMENT ? resolve(env.NTM_ATTAINMENT) : resolve(root, 'data', 'attainment.csv');
  const fromEnv = (name: string, def: string) => (env[name] ? resolve(env[name]!) : resolve(root, def));
  return {
    boundaries,
    boundaries2025: fromEnv('NTM_BOUNDARIES_2025', DEFAULT_BOUNDARIES_2025),
    crosswalk: fromEnv('NTM_CROSSWALK', DEFAULT_CROSSWALK),
    attainment,
    customAttainment: Boolean(env.NTM_ATTAINMENT),
    dataDir: resolve(root, 'data'),
    plan: resolve(root, DEFAULT_PLAN),
    // Tests write to a temporary folder (never the public/data another process may be reading).
    outDir: env.NTM_OUT_DIR ? resolve(env.NTM_OUT_DIR) : resolve(root, 'public', 'data'),
  };
}

/** Show a path relative to the repo root when it is inside it. */
export function displayPath(p: string, root = REPO_ROOT): string {
  return p.startsWith(root + '/') ? p.slice(root.length + 1) : p;
}
