// Issue 14, "answers before the map": on a slow link MapLibre (≈300 KB gzip) arrives seconds after
// the data. Its chunk is held back here (routed, never answered until the test lets it go): the
// search, a commune's panel with its status and criteria, and the table must work from the data
// alone, over the static first view, which outlines the selection and says when it is not the view.
import { describe, expect, it } from 'vitest';
import type { Route } from 'playwright-core';
import { screenshot } from './helpers/browser';
import { AppDriver, appUrl } from './helpers/driver';
import { useBrowser } from './helpers/session';

const session = useBrowser();
const SLOW = 90_000;

async function openWithoutMap(query = '') {
  const w = await session.open(null);
  const held: Route[] = [];
  await w.page.route('**/assets/MapView-*.js', (r) => void held.push(r));
  await w.page.goto(appUrl(query));
  const app = new AppDriver(w.page);
  await app.waitLoaded();
  return { ...w, app, held };
}

describe('answers before the map', () => {
  it('with MapLibre held back, "xuan tho" opens Xuân Thọ: status and 19 criteria, outlined on the first view', async () => {
    const { page, app, held, errors } = await openWithoutMap();
    await app.chooseSearchHit('xuan tho', 'Xã Xuân Thọ');
    await app.waitPanelShows('Xã Xuân Thọ');
    const panel = page.locator('.detail-panel');
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Xã Xuân Thọ');
    await expect.poll(() => panel.locator('.status-line strong').textContent()).toMatch(/NTM|Chưa đạt/);
    await expect.poll(() => panel.locator('ol.checklist > li').count()).toBe(19);
    // Still no map: the chunk is held, and the panel answered anyway.
    expect(held.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.dataset.mapReady)).toBeUndefined();
    expect(await page.locator('canvas.maplibregl-canvas').count()).toBe(0);
    // The selection is outlined on the static picture, inside it.
    const outline = page.locator('[data-testid="first-view-selection"] path');
    await expect.poll(() => outline.count()).toBe(2);
    const box = await outline.last().boundingBox();
    const pic = await page.locator('[data-testid="first-view"] img').boundingBox();
    expect(box!.width).toBeGreaterThan(5);
    expect(box!.x).toBeGreaterThanOrEqual(pic!.x);
    expect(box!.x + box!.width).toBeLessThanOrEqual(pic!.x + pic!.width);
    await screenshot(page, 'answers-before-map-xuan-tho');

    // Let MapLibre through: the live map takes over with the same selection.
    for (const r of held.splice(0)) await r.continue();
    await page.unroute('**/assets/MapView-*.js');
    await app.waitReady();
    await expect.poll(() => page.locator('[data-testid="first-view-selection"]').count()).toBe(0);
    expect(JSON.stringify(await app.layerFilter('commune-selected'))).toContain('"24805"');
    expect(errors).toEqual([]);
  }, SLOW);

  it('the table works without the map, and the picture says what it shows when the year differs', async () => {
    const { page, app } = await openWithoutMap();
    expect(await page.locator('.fv-note').count()).toBe(0);
    await page.locator('.year-control input[value="2021"]').check();
    const note = page.locator('.fv-note');
    await expect.poll(() => note.textContent()).toBe('Bản đồ tương tác đang tải. Hình tạm thời này là: Trạng thái nông thôn mới, năm 2025.');
    await screenshot(page, 'answers-before-map-stale-note');
    await app.openTab('table');
    await page.locator('.data-table tbody tr').first().waitFor({ state: 'visible', timeout: 20_000 });
    expect(await page.locator('.data-table tbody tr').count()).toBeGreaterThanOrEqual(142);
  }, SLOW);
});
