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
const outputs = ['geo.json', 'ntm.json', 'targets.json', 'first-view.svg', 'first-view-inline.svg', 'first-view.json', 'geo-2025.json', 'today.json', 'criteria-2026-2030.json', 'codes.json'].map((n) => join(paths.outDir, n));
const stampFile = join(paths.outDir, '.inputs.json');
const inputs = [
  ...filesIn(paths.dataDir, () => true),
  paths.boundaries,
  paths.boundaries2025,
  paths.crosswalk,
  paths.attainment,
  paths.crosswalk,
  ...filesIn(join(REPO_ROOT, 'scripts'), (n) => n.endsWith('.ts') && !n.endsWith('.test.ts')),
  join(REPO_ROOT, 'src', 'domain', 'types.ts'),
  join(REPO_ROOT, 'src', 'domain', 'todayTypes.ts'),
  // The static first view is drawn with the map's palette and style (issue 14: a palette change must reach it).
  join(REPO_ROOT, 'src', 'domain', 'palette.ts'),
  join(REPO_ROOT, 'src', 'domain', 'mapStyle.ts'),
  join(REPO_ROOT, 'src', 'domain', 'classify.ts'),
];

function reason(): string | null {
  const missing = outputs.find((o) => !existsSync(o));
  if (missing) return `missing ${displayPath(missing)}`;
  const oldest = Math.min(...outputs.map((o) => statSync(o).mtimeMs));
  let stamp: { boundaries?: string; attainment?: string; boundaries2025?: string; crosswalk?: string } = {};
  try {
    stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return 'no record of the last build inputs';
  }
  if (stamp.boundaries !== paths.boundaries || stamp.attainment !== paths.attainment || stamp.boundaries2025 !== paths.boundaries2025 || stamp.crosswalk !== paths.crosswalk) return 'input paths changed';
  for (const i of inputs) {
    if (!existsSync(i)) continue;
    if (statSync(i).mtimeMs > oldest) return `${displayPath(i)} is newer`;
  }
  return null;
}

// Issue 17: a named input that is missing fails the build, naming the path (it used to keep the
// existing public/data and exit 0: a build from stale data that looked like a good one).
const named = [
  { file: paths.boundaries, env: 'NTM_BOUNDARIES', what: 'commune boundary file / tệp ranh giới xã' },
  { file: paths.boundaries2025, env: 'NTM_BOUNDARIES_2025', what: "today's commune boundary file / tệp ranh giới xã 2025" },
  { file: paths.crosswalk, env: 'NTM_CROSSWALK', what: 'crosswalk / bảng chuyển đổi đơn vị' },
  { file: paths.attainment, env: 'NTM_ATTAINMENT', what: 'attainment table / bảng kết quả NTM' },
];
const missingInputs = named.filter((n) => !existsSync(n.file));
for (const n of missingInputs) {
  const from = process.env[n.env] ? `${n.env}=${process.env[n.env]}` : `the default path (set ${n.env} to use another file)`;
  console.error(`error: ${n.what} not found: ${n.file}\n       (from ${from})`);
}
if (missingInputs.length) {
  console.error('Không tìm thấy dữ liệu đầu vào: bản dựng dừng lại, dữ liệu cũ trong public/data không được dùng. / A build input is missing: the build stops (the existing public/data is not used).');
  process.exit(1);
}

const why = reason();
if (why === null) {
  console.log('data up to date');
} else {
  console.log(`data: rebuilding (${why})`);
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(REPO_ROOT, 'scripts', 'build-data.ts')], {
    stdio: 'inherit',
    cwd: REPO_ROOT,
    env: process.env,
  });
  process.exit(r.status ?? 1);
}
