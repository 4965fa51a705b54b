// The instant first view (issue #7): the HTML alone paints the province coloured by the default
// measure, with its legend; the live map then takes its place without a jump: same extent and the
// same colour at every sampled commune. Compared pixel by pixel in real Chromium.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, screenshot } from './helpers/browser';
import { waitMapReady } from './helpers/legacy';
import { installPngDecoder } from './helpers/pixels';

let browser: Browser;
const base = inject('baseUrl');
const viewport = { width: 1280, height: 800 };

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/** Screenshot of the page as the HTML alone paints it (no JavaScript at all). */
async function firstViewShot(): Promise<Buffer> {
  const ctx = await browser.newContext({ viewport, locale: 'vi-VN', javaScriptEnabled: false });
  try {
    const page = await ctx.newPage();
    await page.goto(base, { waitUntil: 'load' });
    return await page.screenshot();
  } finally {
    await ctx.close();
  }
}

describe('first view', () => {
  it('is painted from the HTML alone: the coloured province, its legend and the marker', async () => {
    const ctx = await browser.newContext({ viewport, locale: 'vi-VN', javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(base, { waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.dataset.firstView)).toBe('true');
    const img = page.locator('#ntm-first-view img.first-view-img');
    expect(await img.getAttribute('alt')).toContain('Trạng thái nông thôn mới');
    expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    const box = await img.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(400);
    expect(box?.height ?? 0).toBeGreaterThan(300);
    // The legend with its counts, which add up to every unit.
    const counts = await page.locator('.fv-legend .legend-count').allTextContents();
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(142);
    await screenshot(page, 'first-view-no-js');
    await ctx.close();
  });

  it('gives way to the live map with the same extent and colours', async () => {
    const before = await firstViewShot();
    const ctx = await browser.newContext({ viewport, locale: 'vi-VN' });
    const page = await ctx.newPage();
    await page.goto(base);
    await waitMapReady(page);
    await expect.poll(() => page.locator('.first-view').count()).toBe(0);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 200))));
    const after = await page.screenshot();
    await screenshot(page, 'first-view-replaced');

    await installPngDecoder(page);
    const result = await page.evaluate(
      async ([a, b]) => {
        const [ca, cb] = [await window.__pngContext!(a), await window.__pngContext!(b)];
        const ds = (await (await fetch('data/ntm.json')).json()) as {
          units: { gso: string; labelPoint: [number, number]; areaKm2: number }[];
        };
        const map = window.__ntmDebug!.map;
        const rect = map.getCanvas().getBoundingClientRect();
        // Keep away from what only the live map draws on top: DOM district labels and controls.
        const covered = [...document.querySelectorAll('.district-label, .maplibregl-ctrl')].map((el) => el.getBoundingClientRect());
        const near = (x: number, y: number) => covered.some((r) => x > r.left - 8 && x < r.right + 8 && y > r.top - 8 && y < r.bottom + 8);
        let compared = 0;
        const differ: string[] = [];
        for (const u of ds.units.filter((u) => u.areaKm2 >= 15)) {
          const p = map.project(u.labelPoint);
          const x = Math.round(rect.left + p.x);
          const y = Math.round(rect.top + p.y);
          if (x < rect.left + 4 || y < rect.top + 4 || x > rect.right - 4 || y > rect.bottom - 4 || near(x, y)) continue;
          const pa = ca.getImageData(x, y, 1, 1).data;
          // The live map also draws commune borders (white) and district lines over its fills, which
          // the first view leaves out: the first view's colour must be found within 3 px.
          const win = cb.getImageData(x - 3, y - 3, 7, 7).data;
          let found = false;
          for (let i = 0; i < win.length && !found; i += 4) {
            found = Math.max(Math.abs(pa[0]! - win[i]!), Math.abs(pa[1]! - win[i + 1]!), Math.abs(pa[2]! - win[i + 2]!)) <= 12;
          }
          compared++;
          if (!found) {
            const pb = cb.getImageData(x, y, 1, 1).data;
            differ.push(`${u.gso} at ${x},${y}: first view rgb(${pa[0]},${pa[1]},${pa[2]}) vs map rgb(${pb[0]},${pb[1]},${pb[2]})`);
          }
        }
        return { compared, differ };
      },
      [before.toString('base64'), after.toString('base64')] as const,
    );
    // Most communes are sampled, and every sampled one shows the same colour before and after.
    expect(result.compared).toBeGreaterThan(80);
    expect(result.differ).toEqual([]);
    await ctx.close();
  });

  it('never downloads its inlined stylesheet again, neither at load nor when lazy parts open', async () => {
    const ctx = await browser.newContext({ viewport, locale: 'vi-VN' });
    const page = await ctx.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(base);
    await waitMapReady(page);
    // vite.config.ts inlines the entry CSS and keeps a disabled <link> to its file for Vite's
    // dynamic-import helper (a disabled stylesheet link is never fetched).
    const href = await page.locator('link[rel="stylesheet"][disabled]').evaluate((el: HTMLLinkElement) => el.href);
    expect(href).toMatch(/assets\/index-[\w-]+\.css$/);
    // Lazy chunks whose components import part of that CSS: the table and the share dialog.
    await page.getByRole('tab', { name: 'Bảng' }).click();
    await page.locator('.data-table table').first().waitFor();
    await page.getByRole('button', { name: 'Chia sẻ, nhúng' }).click();
    await page.locator('.share-dialog').waitFor();
    expect(requested.filter((u) => u === href)).toEqual([]);
    // The lazy parts are styled all the same (their own CSS came with their chunks).
    expect(await page.locator('.data-table table').first().evaluate((el) => getComputedStyle(el).borderCollapse)).toBe('collapse');
    await ctx.close();
  });
});
