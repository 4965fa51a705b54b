// The data desk's check, timed in real Chromium (issue 16): the project's 555-row table and a
// 10,000-row file, as CSV and as .xlsx, checked in the desk's Web Worker. Prints, per file, the
// worker's time (read + validate), the time from choosing the file to its result on screen, and
// the longest gap between frames meanwhile (the page stays responsive while the worker works).
// Figures only: nothing is asserted. `npx tsx bench/desk.ts` (DESK_RUNS, default 3).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { launch, openPage } from '../test/e2e/helpers/browser';
import { serveStatic } from './lib/server';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench', 'out', 'desk-site');
const RUNS = Number(process.env.DESK_RUNS ?? 3);

const table = readFileSync(join(ROOT, 'data', 'attainment.csv'), 'utf8');
const lines = table.replace(/\r?\n$/, '').split(/\r?\n/);
/** 10,000 data rows: the table's rows over and over (so most are duplicates: errors to list too). */
const big = [lines[0]!, ...Array.from({ length: 10_000 }, (_, i) => lines[1 + (i % (lines.length - 1))]!)].join('\n') + '\n';
const xlsx = (text: string) => {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(Papa.parse<string[]>(text.replace(/^\uFEFF/, '').trimEnd()).data), 'Bảng');
  return Buffer.from(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
};
const FILES = [
  { label: '555 rows, CSV', name: 'attainment.csv', bytes: Buffer.from(table) },
  { label: '555 rows, .xlsx', name: 'attainment.xlsx', bytes: xlsx(table) },
  { label: '10,000 rows, CSV', name: 'big.csv', bytes: Buffer.from(big) },
  { label: '10,000 rows, .xlsx', name: 'big.xlsx', bytes: xlsx(big) },
];

async function main(): Promise<void> {
  console.log('Building the map and the desk into bench/out/desk-site …');
  await build({ configFile: join(ROOT, 'vite.config.ts'), root: ROOT, logLevel: 'error', build: { outDir: OUT, emptyOutDir: true, reportCompressedSize: false } });
  await build({ configFile: join(ROOT, 'vite.config.ts'), root: ROOT, mode: 'desk', logLevel: 'error', build: { outDir: OUT, emptyOutDir: false, reportCompressedSize: false } });
  const server = await serveStatic(OUT);
  const browser = await launch();
  const rows: string[] = [];
  try {
    for (const f of FILES) {
      const worker: number[] = [];
      const shown: number[] = [];
      const gaps: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const { page, close } = await openPage(browser, `${server.url}desk.html`);
        await page.waitForFunction(() => document.documentElement.dataset.deskReady === 'true', undefined, { timeout: 60_000 });
        // Frame gaps while the worker checks: the main thread's longest stall.
        // (A plain string: tsx's helpers must not leak into the page.)
        await page.evaluate(`(() => {
          window.__frames = []; window.__on = true;
          const tick = (t) => { window.__frames.push(t); if (window.__on) requestAnimationFrame(tick); };
          requestAnimationFrame(tick);
        })()`);
        const before = await page.evaluate(() => document.documentElement.dataset.deskChecked ?? '');
        await page.locator('input.desk-file-input').setInputFiles({ name: f.name, mimeType: 'application/octet-stream', buffer: f.bytes });
        await page.waitForFunction((b) => (document.documentElement.dataset.deskChecked ?? '') !== b, before, { timeout: 120_000 });
        const m = await page.evaluate(() => {
          const w = window as unknown as { __frames: number[]; __on: boolean };
          w.__on = false;
          const start = performance.getEntriesByName('desk-check-start', 'mark').pop()!.startTime;
          const done = performance.getEntriesByName('desk-check-done', 'mark').pop()!.startTime;
          const e = performance.getEntriesByName('desk-check', 'measure').pop();
          // The longest gap between frames while the worker checks (from the file chosen to its
          // result back on the page); rendering the result comes after.
          let gap = 0;
          const f = w.__frames.filter((t) => t >= start - 100);
          for (let i = 1; i < f.length; i++) if (f[i - 1]! < done) gap = Math.max(gap, Math.min(f[i]!, done) - f[i - 1]!);
          return { worker: Number(document.documentElement.dataset.deskCheckMs), shown: e?.duration ?? NaN, gap, errors: document.querySelector('.desk-result')?.getAttribute('data-errors') };
        });
        worker.push(m.worker);
        shown.push(m.shown);
        gaps.push(m.gap);
        if (run === 0) console.log(`  ${f.label}: ${m.errors} errors listed`);
        await close();
      }
      const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      rows.push(`| ${f.label} | ${med(worker).toFixed(0)} | ${med(shown).toFixed(0)} | ${med(gaps).toFixed(0)} |`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`\nDesk check, median of ${RUNS} runs (ms):\n`);
  console.log('| File | Worker: read + validate | Chosen → result shown | Longest frame gap while the worker checks |');
  console.log('|---|---:|---:|---:|');
  for (const r of rows) console.log(r);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
