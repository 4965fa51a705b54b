// Today's map (issue 13), reported beside the budgets (not budgeted: it loads only when asked for):
// the bytes of geo-2025.json + today.json, and the time from choosing today's boundaries to the
// 124 units drawn (first switch in a fresh page: the files are fetched; a second switch: cached).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { newContext, waitMarks } from './measure';
import { timeGeography } from './interact';

export function todayBytes(site: string): { file: string; raw: number; gzip: number }[] {
  return ['geo-2025.json', 'today.json'].map((f) => {
    const b = readFileSync(join(site, 'data', f));
    return { file: `data/${f}`, raw: b.length, gzip: gzipSync(b, { level: 9 }).length };
  });
}

export async function measureToday(browser: Browser, url: string, runs: number): Promise<{ first: number[]; again: number[] }> {
  const first: number[] = [];
  const again: number[] = [];
  for (let i = 0; i < runs; i++) {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await waitMarks(page, 'ready', 60000);
    await page.waitForTimeout(300);
    first.push(await timeGeography(page, '2025', 124));
    await timeGeography(page, '2020', 142);
    again.push(await timeGeography(page, '2025', 124));
    await ctx.close();
  }
  return { first, again };
}
