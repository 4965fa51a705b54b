// Issue 14, the map basics in real Chromium: the reset-view control, commune names at high zooms,
// a basemap that keeps the legend true (and says when its tiles fail), the attention palette.
import { describe, expect, it } from 'vitest';
import { screenshot } from './helpers/browser';
import { openApp, type Bounds } from './helpers/driver';
import { useBrowser } from './helpers/session';
import { dataset, expectedViewModel } from './helpers/data';
import { deltaE76, parseColor } from './helpers/pixels';
import { MAP_BACKGROUND } from '../../src/domain/mapStyle';
import type { Page } from 'playwright-core';

const session = useBrowser();

/** Largest difference between two camera bounds, in degrees. */
const boundsGap = (a: Bounds, b: Bounds) => Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));

describe('reset view (issue 14)', () => {
  it('after zooming into a commune, "Xem toàn tỉnh" brings back the initial extent', async () => {
    const { page, app } = await openApp(session);
    const initial = await app.camera();
    const button = app.resetViewButton();
    // Below the zoom buttons, in the same top-right stack, and a ≥ 44 px target.
    const box = (await button.boundingBox())!;
    const zoomOut = (await page.locator('.maplibregl-ctrl-zoom-out').boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.y).toBeGreaterThanOrEqual(zoomOut.y + zoomOut.height - 1);
    expect(Math.abs(box.x + box.width - (zoomOut.x + zoomOut.width))).toBeLessThan(2);

    await app.selectCommune('Xã Ka Đô');
    const zoomed = await app.camera();
    expect(zoomed.zoom).toBeGreaterThan(initial.zoom + 1);
    await app.pressResetView();
    const back = await app.camera();
    expect(Math.abs(back.zoom - initial.zoom)).toBeLessThan(0.01);
    expect(boundsGap(back.bounds, initial.bounds)).toBeLessThan(0.005);
    await screenshot(page, 'reset-view-after');
    // The name follows the language.
    await app.setLanguage('en');
    await expect.poll(() => button.getAttribute('aria-label')).toBe('Show the whole province');
  });

  it("works on today's 124-unit geography too", async () => {
    const { app } = await openApp(session, { query: 'v=2&geo=2025' });
    await app.waitGeography('2025');
    const initial = await app.camera();
    await app.openFirstHit('lac lam', 'Xã Ka Đô');
    expect((await app.camera()).zoom).toBeGreaterThan(initial.zoom + 1);
    await app.pressResetView();
    const back = await app.camera();
    expect(Math.abs(back.zoom - initial.zoom)).toBeLessThan(0.01);
    expect(boundsGap(back.bounds, initial.bounds)).toBeLessThan(0.005);
  });
});

/** A 256 px tile of one loud colour (made by Chromium itself), so a translucent fill would show it. */
async function loudTile(page: Page): Promise<Buffer> {
  const b64 = await page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = c.height = 256;
    const ctx = c.getContext('2d')!;
    ctx.fillStyle = '#ff00ff';
    ctx.fillRect(0, 0, 256, 256);
    return c.toDataURL('image/png').split(',')[1]!;
  });
  return Buffer.from(b64, 'base64');
}

describe('basemap keeps the legend true (issue 14)', () => {
  it('with the basemap drawn, every class of the map is within ΔE 10 of its legend swatch; the basemap shows outside', async () => {
    // 2021: every status class has units (2025 has no "chưa đạt" left).
    const { page, app } = await openApp(session, { query: 'year=2021' });
    const tile = await loudTile(page);
    let served = 0;
    await page.route('https://tile.openstreetmap.org/**', (r) => {
      served++;
      return r.fulfill({ status: 200, contentType: 'image/png', body: tile });
    });
    await app.setBasemap(true);
    await expect.poll(() => app.basemapLoaded()).toBe(true);
    expect(served).toBeGreaterThan(0);
    await app.waitStill();

    // For each class with units: its largest unit, sampled at its label point.
    const vm = expectedViewModel('status', 2021);
    const units = [...dataset().units].sort((a, b) => b.areaKm2 - a.areaKm2);
    const swatches = await app.legendSwatchColors();
    const classes = vm.legend.rows.filter((r) => r.count > 0).map((r) => r.key);
    expect(classes.length).toBeGreaterThanOrEqual(5);
    const picks = classes.map((k) => units.find((u) => vm.units.get(u.gso)?.key === k)!);
    const cam = await app.camera();
    const outside: [number, number] = [cam.bounds[0] + 0.03, cam.bounds[3] - 0.03]; // top-left corner, off the province
    const drawn = await app.mapColorsAt([...picks.map((u) => u.labelPoint), outside]);
    await screenshot(page, 'basemap-on-legend-true');

    const report = classes.map((k, i) => ({ k, unit: picks[i]!.fullName, swatch: swatches[k]!, drawn: drawn[i]!, dE: deltaE76(parseColor(swatches[k]!), drawn[i]!) }));
    for (const r of report) expect(r.dE, `${r.k} (${r.unit}): drawn rgb(${r.drawn.join(',')}) vs swatch ${r.swatch}`).toBeLessThanOrEqual(10);
    // The basemap is really there: outside the province the page colour is tinted by the tiles.
    expect(deltaE76(drawn[classes.length]!, parseColor(MAP_BACKGROUND))).toBeGreaterThan(10);
  });

  it('failing basemap tiles are said beside the toggle (role=status, vi and en), and the notice goes with the basemap', async () => {
    const { page, app } = await openApp(session);
    let failedTiles = 0;
    await page.route('https://tile.openstreetmap.org/**', (r) => {
      failedTiles++;
      return r.abort('internetdisconnected');
    });
    expect(await app.basemapNotice()).toBeNull();
    await app.setBasemap(true);
    await expect.poll(() => failedTiles).toBeGreaterThan(0);
    await expect.poll(async () => (await app.basemapNotice())?.text).toContain('Không tải được nền bản đồ OpenStreetMap');
    expect((await app.basemapNotice())?.role).toBe('status');
    // Beside the toggle: right below its label in the controls.
    const toggle = (await page.getByLabel(/OpenStreetMap/).locator('xpath=..').boundingBox())!;
    const notice = (await page.locator('.basemap-notice').boundingBox())!;
    expect(notice.y).toBeGreaterThanOrEqual(toggle.y + toggle.height - 1);
    expect(notice.y - (toggle.y + toggle.height)).toBeLessThan(24);
    await page.locator('.controls').screenshot({ path: 'test-results/screenshots/basemap-failed-notice-vi.png' });
    await app.setLanguage('en');
    await expect.poll(async () => (await app.basemapNotice())?.text).toContain('The OpenStreetMap basemap could not be loaded');
    await app.setBasemap(false);
    expect(await app.basemapNotice()).toBeNull();
    // The NTM map itself is untouched.
    expect((await app.renderedUnitIds()).length).toBe(142);
  });
});

type Rect = { x: number; y: number; w: number; h: number };
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('commune names at zoom ≥ 11 (issue 14)', () => {
  it('none at the default zoom', async () => {
    const { app } = await openApp(session);
    expect((await app.camera()).zoom).toBeLessThan(11);
    expect(await app.communeLabels()).toEqual([]);
  });

  it('over Đà Lạt at zoom 11.5: names with diacritics, numbered wards in full, readable, none overlapping', async () => {
    const { page, app } = await openApp(session, { query: 'lat=11.94&lon=108.45&zoom=11.5' });
    await app.waitStill();
    expect((await app.camera()).zoom).toBeCloseTo(11.5, 1);
    await expect.poll(async () => (await app.communeLabels()).length).toBeGreaterThan(5);
    const labels = await app.communeLabels();
    const texts = labels.map((l) => l.text);
    expect(texts.filter((t) => /^Phường \d+$/.test(t)).length).toBeGreaterThanOrEqual(3); // "Phường 7", not "7"
    expect(texts.some((t) => /^\d+$/.test(t))).toBe(false);
    expect(texts).toEqual(expect.arrayContaining([expect.stringMatching(/[ạảãáàâấầẩẫậăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữự]/i)]));
    const canvas = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
    const districts = await app.districtLabelBoxes();
    for (const l of labels) {
      expect(l.fontPx).toBeGreaterThanOrEqual(14);
      expect(l.shadow).toMatch(/rgb\(255, 255, 255\)/); // a white halo
      // Inside the map, on nothing else.
      expect(l.box.x).toBeGreaterThanOrEqual(canvas.x - 0.5);
      expect(l.box.x + l.box.w).toBeLessThanOrEqual(canvas.x + canvas.width + 0.5);
      for (const d of districts) expect(overlap(l.box, d), `${l.text} over a district label`).toBe(false);
    }
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) expect(overlap(labels[i]!.box, labels[j]!.box), `${labels[i]!.text} / ${labels[j]!.text}`).toBe(false);
    }
    await screenshot(page, 'commune-labels-da-lat-z11.5');
    // English: the numbered wards follow the language.
    await app.setLanguage('en');
    await expect.poll(async () => (await app.communeLabels()).some((l) => /^Ward \d+$/.test(l.text))).toBe(true);
    // Zooming back out hides them.
    await app.pressResetView();
    expect(await app.communeLabels()).toEqual([]);
  });

  it("on today's map too (zoom 11.5 over Bảo Lộc)", async () => {
    const { page, app } = await openApp(session, { query: 'v=2&geo=2025&lat=11.55&lon=107.79&zoom=11.5' });
    await app.waitGeography('2025');
    await expect.poll(async () => (await app.communeLabels()).length).toBeGreaterThan(1);
    const labels = await app.communeLabels();
    for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) expect(overlap(labels[i]!.box, labels[j]!.box)).toBe(false);
    // Today's numbered wards ("1 Bảo Lộc") are named in full.
    const texts = labels.map((l) => l.text);
    expect(texts.some((t) => /^Phường \d Bảo Lộc$/.test(t))).toBe(true);
    expect(texts.some((t) => /^\d/.test(t))).toBe(false);
    await screenshot(page, 'commune-labels-today-bao-loc-z11.5');
  });
});
