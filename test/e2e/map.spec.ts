// The public map in real headless Chromium against the production build.
// Given/when/then, one behaviour per test, each on its own page; screenshots land in
// test-results/screenshots/.
import { describe, expect, it } from 'vitest';
import { screenshot } from './helpers/browser';
import { openApp } from './helpers/driver';
import { useBrowser } from './helpers/session';
import { expectedLegendCounts } from './helpers/data';

const session = useBrowser();

describe('public map', () => {
  it('becomes ready and draws all 142 commune-level units', async () => {
    const { page, app } = await openApp(session);
    expect(await page.evaluate(() => document.documentElement.dataset.mapReady)).toBe('true');
    const ids = await app.renderedUnitIds();
    expect(ids.length).toBe(142);
    // The map fills its section (a zero-height container once hid a fully "rendered" map).
    const box = await page.locator('[data-testid="map"]').boundingBox();
    const canvas = await page.locator('canvas.maplibregl-canvas').boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(300);
    expect(Math.abs((canvas?.height ?? 0) - (box?.height ?? 0))).toBeLessThan(2);
    await screenshot(page, 'map-default');
  });

  it('shows the Vietnamese title, district labels with diacritics and an illustrative-data notice', async () => {
    const { page } = await openApp(session);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Nông thôn mới');
    const labels = await page.locator('.district-label').allTextContents();
    expect(labels).toContain('Đạ Tẻh');
    expect(labels).toContain('Đơn Dương');
    expect(labels.length).toBe(12);
    await expect.poll(() => page.getByText('Số liệu minh họa').first().isVisible()).toBe(true);
  });

  it('legend counts cover every unit and change when the measure changes', async () => {
    const { page, app } = await openApp(session);
    const status = await app.legendCounts();
    expect(Object.values(status).reduce((a, b) => a + b, 0)).toBe(142);
    expect(status.not_subject).toBe(31); // 18 phường + 13 thị trấn
    await app.selectMeasure('c8');
    const c8 = await app.legendCounts();
    expect(Object.keys(c8)).toEqual(expect.arrayContaining(['met', 'not_met', 'no_data', 'not_subject']));
    expect(c8).not.toEqual(status);
    expect(Object.values(c8).reduce((a, b) => a + b, 0)).toBe(142);
    // The legend shows criterion 8's classes and counts, not those of another measure.
    expect(c8).toEqual(expectedLegendCounts('c8', 2025));
    await expect.poll(() => page.locator('.legend-title').textContent()).toMatch(/\b8\b/);
    await screenshot(page, 'map-criterion-8');
  });

  it('the year control changes the counts', async () => {
    const { app } = await openApp(session);
    await app.selectYear(2021);
    const y2021 = await app.legendCounts();
    await app.selectYear(2025);
    const y2025 = await app.legendCounts();
    expect(y2021).not.toEqual(y2025);
    // Published: 106/111 xã NTM or above in 2021, so 5 not yet.
    expect(y2021.chua_dat).toBe(5);
  });

  it('selecting a pilot commune flies to it and opens its detail', async () => {
    const { page, app } = await openApp(session);
    const zoomBefore = (await app.camera()).zoom;
    await app.selectCommune('Xã Ka Đô');
    const panel = page.locator('.panel');
    await expect.poll(() => panel.textContent()).toContain('Ka Đô');
    await expect.poll(() => panel.textContent()).toContain('II.3.d');
    const { zoom: zoomAfter, lon } = await app.camera();
    expect(zoomAfter).toBeGreaterThan(zoomBefore + 1);
    // Ka Đô lies around 108.5 E, 11.8 N.
    expect(lon).toBeGreaterThan(108.3);
    expect(lon).toBeLessThan(108.7);
    await screenshot(page, 'map-pilot-ka-do');
  });

  it('search finds communes typed without diacritics', async () => {
    const { page } = await openApp(session);
    const box = page.getByRole('combobox', { name: /Tìm xã/ });
    await box.fill('xuan tho');
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain('Xuân Thọ');
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect.poll(() => page.locator('.panel').textContent()).toContain('Xuân Thọ');
    await box.fill('da teh');
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain('Đạ Tẻh');
  });

  it('the English toggle switches the interface language', async () => {
    const { page } = await openApp(session);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/New Rural Development/i);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await screenshot(page, 'map-english');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Nông thôn mới');
  });

  it('raised no uncaught page errors', async () => {
    // Its own tour of the actions above, so it checks something when run alone; in the whole
    // file it also covers the pages the tests above opened.
    const { app } = await openApp(session);
    await app.selectMeasure('c8');
    await app.selectYear(2021);
    await app.selectCommune('Xã Ka Đô');
    await app.selectCommune('Xã Xuân Thọ', { by: 'search', query: 'xuan tho' });
    await app.setLanguage('en');
    expect(session.errors()).toEqual([]);
  });
});

describe('phone width', () => {
  it('renders the map at 375 px without horizontal scrolling', async () => {
    const phone = await openApp(session, { viewport: { width: 375, height: 740 } });
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phone.page, 'phone-375');
    expect(phone.errors).toEqual([]);
  });
});

describe('test hooks', () => {
  it('the production bundle does not expose the map unless the page asks for it first', async () => {
    const { app } = await openApp(session, { testHooks: false });
    expect(await app.debugHookType()).toBe('undefined');
    // The control: the same build exposes it when the flag is set before the app starts.
    const hooked = await openApp(session);
    expect(await hooked.app.debugHookType()).toBe('object');
  });
});
