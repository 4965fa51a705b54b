// Press and sharing (issue #5) in real headless Chromium against the production build:
// permalinks (reload, back/forward, old and hostile links), the embed inside a host page on
// another origin (self-resizing iframe, ready message, same view, link back, no scroll
// hijacking), PNG and CSV downloads. Given/when/then, one behaviour per test.
// Screenshots and the exported PNG land in test-results/screenshots/.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import Papa from 'papaparse';
import { screenshot, SCREENSHOT_DIR } from './helpers/browser';
import { unit } from './helpers/data';
import { AppDriver, appUrl, boundsContain, openApp } from './helpers/driver';
import { installPngDecoder, parseColor } from './helpers/pixels';
import { MET_COLOR, NOT_MET_COLOR } from '../../src/domain/palette';
import { useBrowser } from './helpers/session';
import { useHostPage } from './helpers/host';

const session = useBrowser();
const base = appUrl();
const KA_DO = '24943';
const JOURNALIST_QUERY = `?v=1&measure=c8&year=2023&commune=${KA_DO}`;

/** The article page on another origin; each test sets its snippet before opening it. */
const host = useHostPage();

// ---- spec helpers --------------------------------------------------------------------------------

/** expect.poll with a timeout for a shared 2-core machine (vitest's default is 1 s). */
function poll<T>(fn: () => T | Promise<T>, opts: { timeout?: number } = {}) {
  return expect.poll(fn, { timeout: opts.timeout ?? 20000, interval: 100 });
}
/** Per-test time limit: these tests drive two pages and a cross-origin frame. */
const SLOW = 150_000;

/** The copied iframe code of the journalist's view (from the share dialog of a page of its own). */
async function copiedSnippet(): Promise<string> {
  const full = await openApp(session, { query: JOURNALIST_QUERY });
  await full.app.waitStill();
  const code = await full.app.embedCode();
  await full.close();
  return code;
}

function query(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

async function download(page: Page, buttonName: string) {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 30000 }),
    page.getByRole('button', { name: buttonName, exact: true }).click(),
  ]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), path, bytes: readFileSync(path) };
}

// ---- permalinks ----------------------------------------------------------------------------------

describe('permalinks', () => {
  it('a commune chosen with a measure and year comes back after a reload, camera included', async () => {
    const { page, app, errors } = await openApp(session);
    // Given the journalist's choices made in the UI
    await app.selectMeasure('c8');
    await app.selectYear(2023);
    await app.selectCommune('Xã Ka Đô');
    await poll(() => query(page).get('zoom')).not.toBeNull();
    const q = query(page);
    expect(q.get('v')).toBe('2');
    expect(q.get('geo')).toBe('2020'); // issue 13: a commune names its geography
    expect(q.get('measure')).toBe('c8');
    expect(q.get('year')).toBe('2023');
    expect(q.get('commune')).toBe(KA_DO);
    const before = await app.camera();
    const counts = await app.legendCounts();

    // When the page is reloaded from its URL
    await page.reload();
    await app.waitReady();
    await app.waitStill();

    // Then the same view is back
    expect(await page.locator('.measure-picker select').inputValue()).toBe('c8');
    expect(await page.locator('.year-control input[value="2023"]').isChecked()).toBe(true);
    await poll(() => page.locator('.panel').textContent()).toContain('Ka Đô');
    expect(await app.legendCounts()).toEqual(counts);
    const after = await app.camera();
    expect(Math.abs(after.lon - before.lon)).toBeLessThan(0.001);
    expect(Math.abs(after.lat - before.lat)).toBeLessThan(0.001);
    expect(Math.abs(after.zoom - before.zoom)).toBeLessThan(0.02);
    expect(errors).toEqual([]);
  }, SLOW);

  it('back and forward step through selections and measures', async () => {
    const { page, app } = await openApp(session);
    await app.selectCommune('Xã Ka Đô');
    await app.selectMeasure('c8');
    expect(query(page).get('measure')).toBe('c8');

    await page.evaluate(() => history.back());
    await poll(() => page.locator('.measure-picker select').inputValue()).toBe('status');
    expect(query(page).get('commune')).toBe(KA_DO);
    await poll(() => page.locator('.panel').textContent()).toContain('Ka Đô');

    await page.evaluate(() => history.back());
    await poll(() => query(page).get('commune')).toBeNull();
    await poll(() => page.locator('aside.panel').getAttribute('aria-label')).toBe('Xã thí điểm');

    await page.evaluate(() => history.forward());
    await poll(() => query(page).get('commune')).toBe(KA_DO);
    await poll(() => page.locator('.panel').textContent()).toContain('Ka Đô');
    await page.evaluate(() => history.forward());
    await poll(() => page.locator('.measure-picker select').inputValue()).toBe('c8');
  }, SLOW);

  it('an old v0 link opens its view and is rewritten to v2; hostile values fall back to defaults', async () => {
    const hostile = encodeURIComponent('<script>window.__pwned=1</script>');
    const { page, app, errors, dialogs } = await openApp(session, {
      query: `?sel=${KA_DO}&lang=en&measure=${hostile}&year=1e308&lat=NaN&lng=108&z=9&districts=<b>1</b>`,
    });
    await app.waitStill();
    expect(page.url()).toBe(`${base}?v=2&commune=${KA_DO}&geo=2020&locale=en`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await poll(() => page.locator('.panel').textContent()).toContain('Ka Đô');
    expect(await page.locator('.measure-picker select').inputValue()).toBe('status');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('script:not([src]):not([type])').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  }, SLOW);
});

// ---- embed ---------------------------------------------------------------------------------------

/** Given the snippet pasted in the host page: the host page opened, not waiting for anything. */
async function openHost(code: string, viewport: { width: number; height: number }) {
  host.snippet = code;
  return session.open(host.url, { viewport });
}

const hostSawReady = (page: Page) =>
  page.evaluate(() => (window as unknown as { __ntmMessages: { data: { type: string } }[] }).__ntmMessages.some((m) => m.data?.type === 'ntm-map:ready'));

async function embedFrame(page: Page): Promise<Frame> {
  await poll(() => page.frames().some((f) => f.url().startsWith(base) && f.url().includes('embed=1')), { timeout: 30000 }).toBe(true);
  return page.frames().find((f) => f.url().startsWith(base) && f.url().includes('embed=1'))!;
}

describe('embed in a page on another origin', () => {
  it('journalist: Ka Đô, 2023, criterion 8 → copied iframe code → same view, right height, source, link back', async () => {
    // Given the view in the full app and its share dialog
    const full = await openApp(session, { query: JOURNALIST_QUERY });
    await full.app.waitStill();
    const shareButton = full.page.getByRole('button', { name: 'Chia sẻ, nhúng' });
    await shareButton.click();
    const dialog = full.page.getByRole('dialog', { name: 'Chia sẻ khung nhìn này' });
    await poll(() => dialog.isVisible()).toBe(true);
    const linkBox = dialog.getByRole('textbox', { name: 'Liên kết' });
    await poll(() => linkBox.inputValue()).not.toBe('');
    const link = await linkBox.inputValue();
    expect(link.startsWith(`${base}?v=2&measure=c8&year=2023&commune=${KA_DO}&geo=2020`)).toBe(true);
    const copied = await dialog.getByRole('textbox', { name: 'Mã nhúng' }).inputValue();
    expect(copied).toMatch(/^<iframe src="[^"]+" title="[^"]+" aria-label="[^"]+" loading="lazy" width="100%" height="\d+" style="border:0" data-ntm-map><\/iframe>\n<script src="[^"]+embed\.js" async><\/script>$/);
    expect(copied).toContain('&amp;embed=1');
    expect(copied).toContain('Tiêu chí 8');
    const embedUrl = copied.match(/src="([^"]+)"/)![1].replace(/&amp;/g, '&');
    await full.page.screenshot({ path: join(SCREENSHOT_DIR, 'press-share-dialog.png') });
    // Escape closes it and gives focus back to the button that opened it.
    await full.page.keyboard.press('Escape');
    await poll(() => dialog.isVisible()).toBe(false);
    expect(await shareButton.evaluate((b) => b === document.activeElement)).toBe(true);
    await full.close();

    // When the snippet is pasted into a blank article page on another origin
    const { page, errors } = await openHost(copied, { width: 900, height: 900 });
    expect(new URL(host.url).origin).not.toBe(new URL(base).origin);
    const messages = () => page.evaluate(() => (window as unknown as { __ntmMessages: { origin: string; data: { type: string; height?: number } }[] }).__ntmMessages);
    await poll(async () => (await messages()).some((m) => m.data?.type === 'ntm-map:ready'), { timeout: 40000 }).toBe(true);
    const frame = await embedFrame(page);
    expect(frame.url()).toBe(embedUrl);
    const embedded = new AppDriver(frame);
    await embedded.waitStill();

    // Then the frame resized itself to the height it reported (not the snippet's initial one)
    const ms = await messages();
    expect(ms.every((m) => m.origin === new URL(base).origin)).toBe(true);
    const lastHeight = ms.filter((m) => m.data?.type === 'ntm-map:height').at(-1)!.data.height!;
    const iframe = page.locator('iframe[data-ntm-map]');
    await poll(() => iframe.evaluate((f) => Math.round(f.getBoundingClientRect().height))).toBe(lastHeight);
    const initial = Number(copied.match(/height="(\d+)"/)![1]);
    expect(lastHeight).not.toBe(initial);
    const inner = await frame.evaluate(() => ({ scroll: document.documentElement.scrollHeight, view: window.innerHeight }));
    expect(inner.scroll).toBeLessThanOrEqual(inner.view + 1); // no scrollbar inside the frame

    // …and shows exactly the view: selection, measure, year, source, link back; no side panels
    expect(await frame.locator('.embed-selection').textContent()).toContain('Xã Ka Đô');
    expect(await frame.locator('.legend-title').textContent()).toMatch(/Tiêu chí 8.*2023/);
    expect(await frame.locator('.source-line').textContent()).toContain('Nguồn');
    expect(await frame.locator('.source-line').textContent()).toContain('Số liệu minh họa');
    const back = frame.getByRole('link', { name: /Xem bản đồ đầy đủ/ });
    expect(await back.getAttribute('target')).toBe('_blank');
    expect(await back.getAttribute('rel')).toContain('noopener');
    const href = new URL((await back.getAttribute('href'))!);
    expect(href.origin + href.pathname).toBe(base);
    expect(href.searchParams.get('commune')).toBe(KA_DO);
    expect(href.searchParams.get('measure')).toBe('c8');
    expect(href.searchParams.get('year')).toBe('2023');
    expect(href.searchParams.has('embed')).toBe(false);
    for (const sel of ['.controls', '.panel', '.search-box', '.tabs', '.export-bar']) expect(await frame.locator(sel).count()).toBe(0);
    const selected = await embedded.layerFilter('commune-selected');
    expect(JSON.stringify(selected)).toContain(KA_DO);

    await iframe.screenshot({ path: join(SCREENSHOT_DIR, 'press-embed-frame.png') });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'press-host-page');

    // A message from anything but that frame does not resize it.
    await page.evaluate(() => window.postMessage({ type: 'ntm-map:height', height: 120 }, '*'));
    await page.waitForTimeout(200);
    expect(await iframe.evaluate((f) => Math.round(f.getBoundingClientRect().height))).toBe(lastHeight);
    expect(errors).toEqual([]);
  }, SLOW);

  it('the wheel scrolls the article, not the embedded map (cooperative gestures)', async () => {
    const { page } = await openHost(await copiedSnippet(), { width: 900, height: 700 });
    await poll(() => hostSawReady(page), { timeout: 40000 }).toBe(true);
    const embedded = new AppDriver(await embedFrame(page));
    await embedded.waitStill();
    const zoom = (await embedded.camera()).zoom;
    const box = (await page.locator('iframe[data-ntm-map]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, Math.min(box.y + 300, 650));
    await page.mouse.wheel(0, 400);
    await poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect((await embedded.camera()).zoom).toBeCloseTo(zoom, 5);
  }, SLOW);

  it('on a phone-width article the selected commune is whole; the frame follows a width change', async () => {
    const { page } = await openHost(await copiedSnippet(), { width: 400, height: 900 });
    const frame = await embedFrame(page);
    await poll(() => hostSawReady(page), { timeout: 40000 }).toBe(true);
    const embedded = new AppDriver(frame);
    await embedded.waitStill();
    // The link's camera was made on a wide screen: the embed zooms out just enough for Ka Đô.
    const [w, south, e, n] = unit(KA_DO).bbox;
    const { bounds } = await embedded.camera();
    const whole = boundsContain(bounds, [w, south]) && boundsContain(bounds, [e, n]);
    expect(whole).toBe(true);
    await screenshot(page, 'press-host-page-narrow');

    const iframe = page.locator('iframe[data-ntm-map]');
    const narrow = await iframe.evaluate((f) => f.getBoundingClientRect().height);
    await page.setViewportSize({ width: 900, height: 900 });
    await poll(() => iframe.evaluate((f) => f.getBoundingClientRect().height)).not.toBe(narrow);
    await expect
      .poll(async () => {
        const h = await iframe.evaluate((f) => Math.round(f.getBoundingClientRect().height));
        const content = await frame.evaluate(() => Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height));
        return Math.abs(h - content);
      })
      .toBeLessThanOrEqual(1);
  }, SLOW);
});

// ---- exports -------------------------------------------------------------------------------------

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('exports', () => {
  it('PNG: the view at 2×, with a drawn map, legend and source', async () => {
    const { page, app, errors } = await openApp(session, { query: JOURNALIST_QUERY });
    await app.waitStill();
    const mapCss = await app.canvasSize();
    const file = await download(page, 'Tải ảnh PNG');
    expect(file.name).toBe('ban-do-ntm-lam-dong-c8-2023.png');
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    copyFileSync(file.path, join(SCREENSHOT_DIR, 'press-export-ka-do-c8-2023.png'));
    const size = pngSize(file.bytes);
    expect(size.width).toBe(2 * Math.max(320, mapCss.w));
    expect(size.height).toBeGreaterThan(2 * mapCss.h + 200);
    await poll(() => page.locator('.export-status').textContent()).toContain('ban-do-ntm-lam-dong-c8-2023.png');

    // Decode with the browser itself and look at the pixels.
    await installPngDecoder(page);
    // The legend's met / not-met colours (src/domain/palette.ts), as RGB.
    const [metRgb, notMetRgb] = [parseColor(MET_COLOR), parseColor(NOT_MET_COLOR)];
    const stats = await page.evaluate(async ({ b64, metRgb, notMetRgb }) => {
      const ctx = await window.__pngContext!(b64);
      const c = ctx.canvas;
      const px = (x: number, y: number) => Array.from(ctx.getImageData(x, y, 1, 1).data);
      // The map band: sample a grid over the middle of the image.
      const colours = new Set<string>();
      let met = 0;
      let notMet = 0;
      for (let y = Math.round(c.height * 0.25); y < c.height * 0.6; y += 6) {
        for (let x = 0; x < c.width; x += 6) {
          const [r, g, b] = px(x, y);
          colours.add(`${r >> 4},${g >> 4},${b >> 4}`);
          const near = (c: readonly number[]) => Math.abs(r - c[0]!) < 12 && Math.abs(g - c[1]!) < 12 && Math.abs(b - c[2]!) < 12;
          if (near(metRgb)) met++;
          if (near(notMetRgb)) notMet++;
        }
      }
      return { w: c.width, h: c.height, colours: colours.size, met, notMet, corner: px(2, 2) };
    }, { b64: file.bytes.toString('base64'), metRgb, notMetRgb });
    expect(stats.w).toBe(size.width);
    expect(stats.colours).toBeGreaterThan(8);
    expect(stats.met).toBeGreaterThan(20);
    expect(stats.corner.slice(0, 3)).toEqual([255, 255, 255]);
    expect(errors).toEqual([]);
  }, SLOW);

  it('CSV: the data behind the view and the full table, Vietnamese names intact', async () => {
    const { page, app } = await openApp(session, { query: JOURNALIST_QUERY });
    await app.waitStill();
    const view = await download(page, 'Tải số liệu CSV');
    expect(view.name).toBe('ban-do-ntm-lam-dong-c8-2023.csv');
    const text = view.bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(142);
    const kaDo = rows.find((r) => r.gso_code === KA_DO)!;
    expect(kaDo).toMatchObject({ commune: 'Xã Ka Đô', district: 'Huyện Đơn Dương', year: '2023', measure: 'c8' });
    expect(['met', 'not_met', 'no_data']).toContain(kaDo.class);
    expect(kaDo.measure_label).toContain('Tiêu chí 8');
    expect(kaDo.source).toContain('Số liệu minh họa');
    expect(rows.some((r) => r.district === 'Huyện Đạ Tẻh' && r.commune === 'Thị trấn Đạ Tẻh')).toBe(true);
    // Same counts as the legend on screen.
    const legend = await app.legendCounts();
    const byClass: Record<string, number> = {};
    for (const r of rows) byClass[r.class] = (byClass[r.class] ?? 0) + 1;
    for (const [k, n] of Object.entries(legend)) expect(byClass[k] ?? 0).toBe(n);

    const all = await download(page, 'Tải toàn bộ bảng số liệu (CSV)');
    const allRows = Papa.parse<Record<string, string>>(all.bytes.toString('utf8').slice(1), { header: true, skipEmptyLines: true }).data;
    expect(allRows.length).toBeGreaterThan(500);
    expect(allRows.filter((r) => r.gso_code === KA_DO).map((r) => r.year)).toEqual(['2021', '2022', '2023', '2024', '2025']);
    expect(allRows.find((r) => r.gso_code === KA_DO)!.commune).toBe('Xã Ka Đô');
  }, SLOW);
});
