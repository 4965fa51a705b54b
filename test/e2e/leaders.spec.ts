// The leaders' view in real headless Chromium against the production build.
// Given/when/then, one behaviour per test; screenshots land in test-results/screenshots/.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, screenshot, type OpenedPage } from './helpers/browser';
import { selectYear, waitIdle } from './helpers/app';

let browser: Browser;
let opened: OpenedPage;
let page: Page;
const base = inject('baseUrl');

interface DistrictLite { code: string; name: string; fullName: string; bbox: [number, number, number, number] }
// The same data file the built app loads.
const districts = (JSON.parse(readFileSync('dist/data/ntm.json', 'utf8')) as { districts: DistrictLite[] }).districts;
const donDuong = districts.find((d) => d.code === '677')!;

/** Given the app is open on the leaders' tab. */
async function openLeadersTab(p: Page): Promise<void> {
  await p.getByRole('tab', { name: /Lãnh đạo|So sánh huyện/ }).click();
  await p.locator('.leaders-view').waitFor({ state: 'visible' });
}

async function waitMapStill(p: Page): Promise<void> {
  await p.waitForFunction(() => !window.__ntmDebug?.map.isMoving(), undefined, { timeout: 10000 });
}

const targetValue = (p: Page, id: string) => p.locator(`.leaders-view [data-target="${id}"] .target-value`).textContent();

beforeAll(async () => {
  browser = await launch();
  opened = await openPage(browser, base);
  page = opened.page;
});

afterAll(async () => {
  await browser?.close();
});

describe("leaders' view", () => {
  it('the leaders tab shows all 12 districts side by side and the plan targets', async () => {
    await openLeadersTab(page);
    await expect.poll(() => page.locator('.district-comparison tbody tr').count()).toBe(12);
    // Every target of section I.2 is listed, measurable or not.
    await expect.poll(() => page.locator('.leaders-view .target-item').count()).toBe(15);
    await expect.poll(() => page.locator('.leaders-view .target-item[data-status="not_measurable"]').count()).toBeGreaterThan(0);
    await screenshot(page, 'leaders-tab');
  });

  it('sorting the comparison by share flips aria-sort', async () => {
    const th = page.locator('.district-comparison th', { hasText: 'Tỷ lệ xã đạt' });
    await th.getByRole('button').click();
    await expect.poll(() => th.getAttribute('aria-sort')).toBe('ascending');
    await th.getByRole('button').click();
    await expect.poll(() => th.getAttribute('aria-sort')).toBe('descending');
  });

  it('selecting a district in the table zooms the map to it and shows its summary', async () => {
    const zoomBefore = await page.evaluate(() => window.__ntmDebug?.map.getZoom() ?? 0);
    await page.locator('.district-comparison').getByRole('button', { name: donDuong.fullName, exact: true }).click();
    await waitMapStill(page);
    const zoomAfter = await page.evaluate(() => window.__ntmDebug?.map.getZoom() ?? 0);
    expect(zoomAfter).toBeGreaterThan(zoomBefore + 0.5);
    const [lon, lat] = await page.evaluate(() => window.__ntmDebug!.map.getCenter().toArray());
    const [w, s, e, n] = donDuong.bbox;
    expect(lon).toBeGreaterThan(w);
    expect(lon).toBeLessThan(e);
    expect(lat).toBeGreaterThan(s);
    expect(lat).toBeLessThan(n);

    const summary = page.locator('.panel .district-summary');
    await expect.poll(() => summary.getAttribute('data-district')).toBe('677');
    await expect.poll(() => summary.textContent()).toContain('Huyện đạt chuẩn nông thôn mới năm 2015');
    await expect.poll(() => summary.locator('.criteria-bars li').count()).toBe(19);
    // Đơn Dương: 8 xã, 2 thị trấn (DOMAIN.md §4.1).
    await expect.poll(() => summary.locator('.summary-xa').textContent()).toContain('8 xã');
    // The targets follow the selected district.
    await expect.poll(() => page.locator('.leaders-view .targets-panel').getAttribute('data-scope')).toBe('677');
    await screenshot(page, 'leaders-district-selected');
  });

  it('switching the year updates a target value', async () => {
    // Whole province, so the numbers are those of the 111 xã.
    await page.locator('.leaders-scope').getByLabel('Toàn tỉnh').check();
    await expect.poll(() => page.locator('.leaders-view .targets-panel').getAttribute('data-scope')).toBe('province');
    await selectYear(page, 2025);
    const v2025 = await targetValue(page, 'I.2.a-4');
    await selectYear(page, 2021);
    await expect.poll(() => page.locator('.leaders-view .targets-panel').getAttribute('data-year')).toBe('2021');
    const v2021 = await targetValue(page, 'I.2.a-4');
    expect(v2021).toMatch(/\d/);
    expect(v2021).not.toBe(v2025);
    await screenshot(page, 'leaders-2021');
    await selectYear(page, 2025);
  });

  it('on the map tab the district is framed and dimmed around, with its summary beside it', async () => {
    await page.getByRole('tab', { name: /Bản đồ/ }).click();
    await waitIdle(page);
    await waitMapStill(page);
    const [lon, lat] = await page.evaluate(() => window.__ntmDebug!.map.getCenter().toArray());
    const [w, s, e, n] = donDuong.bbox;
    expect(lon > w && lon < e && lat > s && lat < n).toBe(true);
    await screenshot(page, 'leaders-district-map');
  });

  it('prints as an A4 page: map image, summary and targets; controls hidden', async () => {
    // The print button's work without the dialog: take the snapshot as beforeprint does.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const visible = (sel: string) => page.locator(sel).first().isVisible();
    expect(await visible('.panel .district-summary .print-map')).toBe(true);
    expect(await visible('.panel .district-summary .print-targets')).toBe(true);
    expect(await visible('.controls')).toBe(false);
    expect(await visible('.panel .print-button')).toBe(false);
    expect(await visible('.tabs')).toBe(false);
    const src = await page.locator('.panel .print-map').getAttribute('src');
    expect(src?.startsWith('data:image/png')).toBe(true);
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    await page.screenshot({ path: 'test-results/screenshots/leaders-print.png', fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdf.byteLength).toBeGreaterThan(10000);
    const { writeFileSync, mkdirSync } = await import('node:fs');
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/leaders-print.pdf', pdf);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('raised no uncaught page errors', () => {
    expect(opened.errors).toEqual([]);
  });
});
