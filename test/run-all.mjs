#!/usr/bin/env node
// `npm test`: data build (when stale) → unit + component tests (vitest, jsdom) → production build →
// browser tests (vitest + playwright-core + Debian Chromium). Ends with one plain line
// "N passed, N failed" counting both suites, and exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync, existsSync, rmSync } from 'node:fs';

const npmBin = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const node = process.execPath;
mkdirSync('test-results', { recursive: true });

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label}: ${cmd === node ? 'node' : cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function countVitest(file) {
  if (!existsSync(file)) return null;
  try {
    const j = JSON.parse(readFileSync(file, 'utf8'));
    return { passed: j.numPassedTests ?? 0, suitesFailed: j.numFailedTestSuites ?? 0, total: j.numTotalTests ?? 0 };
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;
let hardFailure = false;
const only = process.argv[2]; // optional: "unit" or "e2e"

if (run('data', npmBin, ['run', '--silent', 'data:ensure']) !== 0) {
  console.error('The data build failed: see the errors above.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

function vitestSuite(label, configArgs, out) {
  rmSync(out, { force: true });
  const status = run(label, node, ['node_modules/vitest/vitest.mjs', 'run', ...configArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  const c = countVitest(out);
  if (!c) {
    hardFailure = true;
    failed += 1;
    console.error(`${label}: no results were written (status ${status}).`);
    return;
  }
  passed += c.passed;
  failed += c.total - c.passed;
  // A suite that fails to load has no tests counted: count it as a failure.
  if (c.suitesFailed && c.total === c.passed) failed += c.suitesFailed;
  if (status !== 0 && c.total === c.passed && !c.suitesFailed) {
    hardFailure = true;
    failed += 1;
  }
}

if (!only || only === 'unit') {
  // The type check counts as one test: strict TypeScript over src, scripts, tests and bench.
  if (run('type check', node, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json']) === 0) passed += 1;
  else failed += 1;
  vitestSuite('unit and component tests', [], 'test-results/unit.json');
}
if (!only || only === 'e2e') {
  if (run('production build', npmBin, ['run', '--silent', 'build']) !== 0) {
    hardFailure = true;
    failed += 1;
  } else {
    vitestSuite('browser tests (Chromium)', ['--config', 'vitest.e2e.config.ts'], 'test-results/e2e.json');
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || hardFailure ? 1 : 0);
