// The public map in real headless Chromium against the production build.
// Given/when/then, one behaviour per test; screenshots land in test-results/screenshots/.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, screenshot, type OpenedPage } from './helpers/browser';
import { legendCounts, renderedUnitIds, selectMeasure, selectYear } from './helpers/app';

let browser: Browser;
let opened: OpenedPage;
let page: Page;
const base = inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
  opened = await openPage(browser, base);
  page = opened.page;
});

afterAll(async () => {
  await browser?.close();
});

describe('public map', () => {
  it('becomes ready and draws all 142 commune-level units', async () => {
    expect(await page.evaluate(() => document.documentElement.dataset.mapReady)).toBe('true');
    const ids = await renderedUnitIds(page);
    expect(ids.length).toBe(142);
    // The map fills its section (a zero-height container once hid a fully "rendered" map).
    const box = await page.locator('[data-testid="map"]').boundingBox();
    const canvas = await page.locator('canvas.maplibregl-canvas').boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(300);
    expect(Math.abs((canvas?.height ?? 0) - (box?.height ?? 0))).toBeLessThan(2);
    await screenshot(page, 'map-default');
  });

  it('shows the Vietnamese title, district labels with diacritics and an illustrative-data notice', async () => {
    await expect.poll(() => page.locator('h1').textContent()).toContain('Nông thôn mới');
    const labels = await page.locator('.district-label').allTextContents();
    expect(labels).toContain('Đạ Tẻh');
    expect(labels).toContain('Đơn Dương');
    expect(labels.length).toBe(12);
    await expect.poll(() => page.getByText('Số liệu minh họa').first().isVisible()).toBe(true);
  });

  it('legend counts cover every unit and change when the measure changes', async () => {
    const status = await legendCounts(page);
    expect(Object.values(status).reduce((a, b) => a + b, 0)).toBe(142);
    expect(status.not_subject).toBe(31); // 18 phường + 13 thị trấn
    await selectMeasure(page, 'c8');
    const c8 = await legendCounts(page);
    expect(Object.keys(c8)).toEqual(expect.arrayContaining(['met', 'not_met', 'no_data', 'not_subject']));
    expect(c8).not.toEqual(status);
    expect(Object.values(c8).reduce((a, b) => a + b, 0)).toBe(142);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    await screenshot(page, 'map-criterion-8');
    await selectMeasure(page, 'status');
  });

  it('the year control changes the counts', async () => {
    await selectYear(page, 2021);
    const y2021 = await legendCounts(page);
    await selectYear(page, 2025);
    const y2025 = await legendCounts(page);
    expect(y2021).not.toEqual(y2025);
    // Published: 106/111 xã NTM or above in 2021, so 5 not yet.
    expect(y2021.chua_dat).toBe(5);
  });

  it('selecting a pilot commune flies to it and opens its detail', async () => {
    const zoomBefore = await page.evaluate(() => window.__ntmDebug?.map.getZoom() ?? 0);
    await page.getByRole('button', { name: 'Xã Ka Đô', exact: true }).first().click();
    const panel = page.locator('.panel');
    await expect.poll(() => panel.textContent()).toContain('Ka Đô');
    await expect.poll(() => panel.textContent()).toContain('II.3.d');
    await page.waitForFunction(() => !window.__ntmDebug?.map.isMoving(), undefined, { timeout: 10000 });
    const zoomAfter = await page.evaluate(() => window.__ntmDebug?.map.getZoom() ?? 0);
    expect(zoomAfter).toBeGreaterThan(zoomBefore + 1);
    const center = await page.evaluate(() => window.__ntmDebug!.map.getCenter().toArray());
    // Ka Đô lies around 108.5 E, 11.8 N.
    expect(center[0]).toBeGreaterThan(108.3);
    expect(center[0]).toBeLessThan(108.7);
    await screenshot(page, 'map-pilot-ka-do');
  });

  it('search finds communes typed without diacritics', async () => {
    const box = page.getByRole('combobox', { name: /Tìm xã/ });
    await box.fill('xuan tho');
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain('Xuân Thọ');
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect.poll(() => page.locator('.panel').textContent()).toContain('Xuân Thọ');
    await box.fill('da teh');
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain('Đạ Tẻh');
    await box.press('Escape');
  });

  it('the English toggle switches the interface language', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/New Rural Development/i);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await screenshot(page, 'map-english');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Nông thôn mới');
  });

  it('raised no uncaught page errors', () => {
    expect(opened.errors).toEqual([]);
  });
});

describe('phone width', () => {
  it('renders the map at 375 px without horizontal scrolling', async () => {
    const phone = await openPage(browser, base, { viewport: { width: 375, height: 740 } });
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phone.page, 'phone-375');
    expect(phone.errors).toEqual([]);
    await phone.context.close();
  });
});
