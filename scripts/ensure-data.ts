// npm run data:ensure (called by dev, build and test): run the data build only when an output is
// missing or older than an input (data/*, the boundary file, the attainment table, the build's
// scripts, the contract types), or when the input paths differ from the last build's.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildPaths, displayPath, REPO_ROOT } from './lib/paths';

function filesIn(dir: string, pred: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'types' || e.name === 'lib' ? filesIn(p, pred) : [];
    return pred(e.name) ? [p] : [];
  });
}

const paths = buildPaths();
// first-view.* (issue #7) are outputs too: a tree built before they existed gets them on the next run.
const outputs = ['geo.json', 'ntm.json', 'first-view.svg', 'first-view-inline.svg', 'first-view.json'].map((n) => join(paths.outDir, n));
const stampFile = join(paths.outDir, '.inputs.json');
const inputs = [
  ...filesIn(paths.dataDir, () => true),
  paths.boundaries,
  paths.attainment,
  ...filesIn(join(REPO_ROOT, 'scripts'), (n) => n.endsWith('.ts') && !n.endsWith('.test.ts')),
  join(REPO_ROOT, 'src', 'domain', 'types.ts'),
];

function reason(): string | null {
  const missing = outputs.find((o) => !existsSync(o));
  if (missing) return `missing ${displayPath(missing)}`;
  const oldest = Math.min(...outputs.map((o) => statSync(o).mtimeMs));
  let stamp: { boundaries?: string; attainment?: string } = {};
  try {
    stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return 'no record of the last build inputs';
  }
  if (stamp.boundaries !== paths.boundaries || stamp.attainment !== paths.attainment) return 'input paths changed';
  for (const i of inputs) {
    if (!existsSync(i)) continue;
    if (statSync(i).mtimeMs > oldest) return `${displayPath(i)} is newer`;
  }
  return null;
}

const why = reason();
if (why === null) {
  console.log('data up to date');
} else if (!existsSync(paths.boundaries) && outputs.every((o) => existsSync(o))) {
  console.log(`data up to date (boundary file not found at ${paths.boundaries}: keeping existing public/data)`);
} else {
  console.log(`data: rebuilding (${why})`);
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(REPO_ROOT, 'scripts', 'build-data.ts')], {
    stdio: 'inherit',
    cwd: REPO_ROOT,
    env: process.env,
  });
  process.exit(r.status ?? 1);
}
