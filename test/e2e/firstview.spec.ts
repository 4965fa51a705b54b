// The instant first view (issue #7): the HTML alone paints the province coloured by the default
// measure, with its legend; the live map then takes its place without a jump: same extent and the
// same colour at every sampled commune. Compared pixel by pixel in real Chromium.
import { describe, expect, it } from 'vitest';
import { screenshot } from './helpers/browser';
import { dataset } from './helpers/data';
import { AppDriver, appUrl, openApp } from './helpers/driver';
import { installPngDecoder } from './helpers/pixels';
import { useBrowser } from './helpers/session';

const session = useBrowser();
const base = appUrl();

/** The page as the HTML alone paints it (no JavaScript at all), loaded. */
async function withoutJs() {
  return session.open(base, { javaScriptEnabled: false });
}

/** Screenshot of the page as the HTML alone paints it. */
async function firstViewShot(): Promise<Buffer> {
  const p = await withoutJs();
  const shot = await p.page.screenshot();
  await p.close();
  return shot;
}

describe('first view', () => {
  it('is painted from the HTML alone: the coloured province, its legend and the marker', async () => {
    const { page } = await withoutJs();
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
  });

  it('gives way to the live map with the same extent and colours', async () => {
    const before = await firstViewShot();
    const { page, app } = await openApp(session);
    await expect.poll(() => page.locator('.first-view').count()).toBe(0);
    await app.waitStill();
    const after = await page.screenshot();
    await screenshot(page, 'first-view-replaced');

    // Each sampled commune's label point on screen, as the live map projects it.
    const units = dataset().units.filter((u) => u.areaKm2 >= 15);
    const { rect, points } = await app.screenPoints(units.map((u) => u.labelPoint));
    const samples = units.map((u, i) => ({ gso: u.gso, x: points[i]!.x, y: points[i]!.y }));

    await installPngDecoder(page);
    const result = await page.evaluate(
      async ([a, b, rect, samples]) => {
        const [ca, cb] = [await window.__pngContext!(a), await window.__pngContext!(b)];
        // Keep away from what only the live map draws on top: DOM district labels and controls.
        const covered = [...document.querySelectorAll('.district-label, .maplibregl-ctrl')].map((el) => el.getBoundingClientRect());
        const near = (x: number, y: number) => covered.some((r) => x > r.left - 8 && x < r.right + 8 && y > r.top - 8 && y < r.bottom + 8);
        let compared = 0;
        const differ: string[] = [];
        for (const u of samples) {
          const x = Math.round(u.x);
          const y = Math.round(u.y);
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
      [before.toString('base64'), after.toString('base64'), rect, samples] as const,
    );
    // Most communes are sampled, and every sampled one shows the same colour before and after.
    expect(result.compared).toBeGreaterThan(80);
    expect(result.differ).toEqual([]);
  });

  it('never downloads its inlined stylesheet again, neither at load nor when lazy parts open', async () => {
    const { page } = await session.open(null);
    const app = new AppDriver(page);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(base);
    await app.waitReady();
    // vite.config.ts inlines the entry CSS and keeps a disabled <link> to its file for Vite's
    // dynamic-import helper (a disabled stylesheet link is never fetched).
    const href = await page.locator('link[rel="stylesheet"][disabled]').evaluate((el: HTMLLinkElement) => el.href);
    expect(href).toMatch(/assets\/index-[\w-]+\.css$/);
    // Lazy chunks whose components import part of that CSS: the table and the share dialog.
    await app.openTab('table');
    await page.locator('.data-table table').first().waitFor();
    await page.getByRole('button', { name: 'Chia sẻ, nhúng' }).click();
    await page.locator('.share-dialog').waitFor();
    expect(requested.filter((u) => u === href)).toEqual([]);
    // The lazy parts are styled all the same (their own CSS came with their chunks).
    expect(await page.locator('.data-table table').first().evaluate((el) => getComputedStyle(el).borderCollapse)).toBe('collapse');
  });
});
