// Issue 14, the map basics in real Chromium: the reset-view control, commune names at high zooms,
// a basemap that keeps the legend true (and says when its tiles fail), the attention palette.
import { describe, expect, it } from 'vitest';
import { screenshot } from './helpers/browser';
import { openApp, type Bounds } from './helpers/driver';
import { useBrowser } from './helpers/session';

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
