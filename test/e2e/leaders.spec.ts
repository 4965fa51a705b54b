// The leaders' view in real headless Chromium against the production build.
// Given/when/then, one behaviour per test, each on its own page; screenshots land in
// test-results/screenshots/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './helpers/browser';
import { district } from './helpers/data';
import { openApp, type OpenedApp } from './helpers/driver';
import { useBrowser } from './helpers/session';

const session = useBrowser();
const donDuong = district('677');

const targetValue = (p: Page, id: string) => p.locator(`.leaders-view [data-target="${id}"] .target-value`).textContent();

/** Given the app open on the leaders' tab. */
async function onLeadersTab(opts: Parameters<typeof openApp>[1] = {}): Promise<OpenedApp> {
  const opened = await openApp(session, opts);
  await opened.app.openTab('leaders');
  return opened;
}

/** Given Đơn Dương chosen in the leaders' comparison table. */
async function donDuongSelected(): Promise<OpenedApp> {
  const opened = await onLeadersTab();
  await opened.app.selectDistrict(donDuong.fullName);
  return opened;
}

describe("leaders' view", () => {
  it('the leaders tab shows all 12 districts side by side and the plan targets', async () => {
    const { page } = await onLeadersTab();
    await expect.poll(() => page.locator('.district-comparison tbody tr').count()).toBe(12);
    // Every target of section I.2 is listed, measurable or not.
    await expect.poll(() => page.locator('.leaders-view .target-item').count()).toBe(15);
    await expect.poll(() => page.locator('.leaders-view .target-item[data-status="not_measurable"]').count()).toBeGreaterThan(0);
    await screenshot(page, 'leaders-tab');
  });

  it('sorting the comparison by share flips aria-sort', async () => {
    const { page } = await onLeadersTab();
    const th = page.locator('.district-comparison th', { hasText: 'Tỷ lệ xã đạt' });
    await th.getByRole('button').click();
    await expect.poll(() => th.getAttribute('aria-sort')).toBe('ascending');
    await th.getByRole('button').click();
    await expect.poll(() => th.getAttribute('aria-sort')).toBe('descending');
  });

  it('selecting a district in the table zooms the map to it and the panel shows it', async () => {
    const { page, app } = await onLeadersTab();
    const zoomBefore = (await app.camera()).zoom;
    await app.selectDistrict(donDuong.fullName);
    const { zoom: zoomAfter, lon, lat } = await app.camera();
    expect(zoomAfter).toBeGreaterThan(zoomBefore + 0.5);
    const [w, s, e, n] = donDuong.bbox;
    expect(lon).toBeGreaterThan(w);
    expect(lon).toBeLessThan(e);
    expect(lat).toBeGreaterThan(s);
    expect(lat).toBeLessThan(n);
    const panel = page.locator('.panel');
    await expect.poll(() => panel.locator('h2').first().textContent()).toBe(donDuong.fullName);
    await expect.poll(() => panel.textContent()).toContain('Huyện đạt chuẩn nông thôn mới năm 2015');
    // The targets follow the selected district.
    await expect.poll(() => page.locator('.leaders-view .targets-panel').getAttribute('data-scope')).toBe('677');
    await screenshot(page, 'leaders-district-selected');
  });

  it("the panel shows the district summary: xã, 19 criteria bars, pilots", async () => {
    const { page } = await donDuongSelected();
    const summary = page.locator('.panel .district-summary');
    // A skip here would hide a missing summary (and counts as a failure in npm test): wait for it.
    await summary.waitFor({ timeout: 30_000 });
    expect(await summary.getAttribute('data-district')).toBe('677');
    expect(await summary.locator('.criteria-bars li').count()).toBe(19);
    // Đơn Dương: 8 xã, 2 thị trấn (DOMAIN.md §4.1); 6 digital-economy pilots (II.3.d).
    expect(await summary.locator('.summary-xa').textContent()).toContain('8 xã');
    expect(await summary.locator('.summary-pilots li').count()).toBe(6);
  });

  it('switching the year updates a target value', async () => {
    const { page, app } = await donDuongSelected();
    // Whole province, so the numbers are those of the 111 xã.
    await page.locator('.leaders-scope').getByLabel('Toàn tỉnh').check();
    await expect.poll(() => page.locator('.leaders-view .targets-panel').getAttribute('data-scope')).toBe('province');
    // I.2.a-5 (advanced indicator 8.4): since issue 15's table (2023 = end of 2023) every xã
    // meets indicator 8.4 in 2021 as in 2025, so I.2.a-4 no longer changes between them.
    await app.selectYear(2025);
    const v2025 = await targetValue(page, 'I.2.a-5');
    await app.selectYear(2021);
    await expect.poll(() => page.locator('.leaders-view .targets-panel').getAttribute('data-year')).toBe('2021');
    const v2021 = await targetValue(page, 'I.2.a-5');
    expect(v2021).toMatch(/\d/);
    expect(v2021).not.toBe(v2025);
    await screenshot(page, 'leaders-2021');
  });

  it('on the map tab the district is framed and dimmed around, with its summary beside it', async () => {
    const { page, app } = await donDuongSelected();
    await app.openTab('map');
    const { lon, lat } = await app.camera();
    const [w, s, e, n] = donDuong.bbox;
    expect(lon > w && lon < e && lat > s && lat < n).toBe(true);
    await screenshot(page, 'leaders-district-map');
  });

  it('prints the leaders tab: map image, comparison and targets; controls hidden', async () => {
    // Given Đơn Dương selected (the panel shows its summary) and the leaders' tab shown.
    const { page } = await donDuongSelected();
    // What the print button does before the dialog: take the map snapshot (as beforeprint does).
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const visible = (sel: string) => page.locator(sel).first().isVisible();
    // One map image: the leaders view's, or the district summary's when the panel shows one.
    expect(await page.locator('.print-map:visible').count()).toBe(1);
    expect((await page.locator('.print-map:visible').getAttribute('src'))?.startsWith('data:image/png')).toBe(true);
    // The snapshot is the drawn map, not a cleared buffer (the map has no preserveDrawingBuffer).
    const colours = await page.locator('.print-map:visible').evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      const c = document.createElement('canvas');
      c.width = 64;
      c.height = 64;
      const ctx = c.getContext('2d', { willReadFrequently: true })!;
      ctx.drawImage(img, 0, 0, 64, 64);
      const px = ctx.getImageData(0, 0, 64, 64).data;
      const set = new Set<number>();
      for (let i = 0; i < px.length; i += 4) if (px[i + 3]! > 200) set.add((px[i]! >> 4) * 256 + (px[i + 1]! >> 4) * 16 + (px[i + 2]! >> 4));
      return set.size;
    });
    expect(colours).toBeGreaterThan(4);
    expect(await visible('.leaders-view .district-comparison')).toBe(true);
    expect(await visible('.leaders-view .targets-panel')).toBe(true);
    for (const hidden of ['.controls', '.tabs', '.print-button', '.search-box', '.map-section', '.leaders-scope']) {
      expect(await visible(hidden), hidden).toBe(false);
    }
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    await page.screenshot({ path: 'test-results/screenshots/leaders-print-tab.png', fullPage: true });
  });

  it('prints a district summary as one A4 page', async () => {
    const { page, app } = await donDuongSelected();
    await page.locator('.panel .district-summary').waitFor({ timeout: 30_000 });
    await app.openTab('map');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const visible = (sel: string) => page.locator(sel).first().isVisible();
    expect(await visible('.panel .district-summary .print-map')).toBe(true);
    expect(await visible('.panel .district-summary .print-targets')).toBe(true);
    expect(await visible('.panel .order-toggle')).toBe(false);
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: 'test-results/screenshots/leaders-print-district.png', fullPage: true });
    const pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/leaders-print-district.pdf', pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBe(1);
  });

  it('raised no uncaught page errors', async () => {
    // Its own tour of the actions above, so it checks something when run alone; in the whole
    // file it also covers the pages the tests above opened.
    const { page, app } = await donDuongSelected();
    await app.selectYear(2021);
    await app.openTab('map');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await app.openTab('leaders');
    expect(session.errors()).toEqual([]);
  });
});

describe("leaders' view at phone width", () => {
  it('fits 375 px without page-level horizontal scrolling; the table scrolls in its own box', async () => {
    const phone = await onLeadersTab({ viewport: { width: 375, height: 740 } });
    await phone.page.locator('.district-comparison').scrollIntoViewIfNeeded();
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phone.page, 'leaders-phone-375');
    await phone.page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => phone.page.locator('.district-comparison h2').textContent()).toBe('Districts side by side');
    await phone.page.locator('.targets-panel').scrollIntoViewIfNeeded();
    await screenshot(phone.page, 'leaders-phone-375-en');
    expect(phone.errors).toEqual([]);
  });
});
