// @vitest-environment node
// Issue 17: `npm run build` / `dev` run scripts/ensure-data.ts first; a named input that is missing
// fails it (non-zero, the path named), even when an earlier build left data in the output folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const out = mkdtempSync(join(tmpdir(), 'ntm-ensure-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function ensure(env: Record<string, string>) {
  const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/ensure-data.ts'], {
    env: { ...process.env, NTM_OUT_DIR: out, ...env },
    encoding: 'utf8',
  });
  return { status: r.status, text: `${r.stdout}\n${r.stderr}` };
}

describe('ensure-data: a missing named input fails the build', () => {
  // Outputs of an earlier build in the output folder: they must not be kept silently.
  for (const f of ['geo.json', 'ntm.json', 'first-view.svg', 'first-view-inline.svg', 'first-view.json']) writeFileSync(join(out, f), '{}');

  it('a bad NTM_BOUNDARIES path exits non-zero and names the path and the variable', () => {
    const r = ensure({ NTM_BOUNDARIES: '/nonexistent/ranh-gioi.geojson' });
    expect(r.status).toBe(1);
    expect(r.text).toContain('/nonexistent/ranh-gioi.geojson');
    expect(r.text).toContain('NTM_BOUNDARIES');
    expect(r.text).not.toContain('up to date');
  });

  it('a bad NTM_ATTAINMENT path too', () => {
    const r = ensure({ NTM_ATTAINMENT: '/nonexistent/ket-qua.csv' });
    expect(r.status).toBe(1);
    expect(r.text).toContain('/nonexistent/ket-qua.csv');
    expect(r.text).toContain('NTM_ATTAINMENT');
  });
}, 60_000);
