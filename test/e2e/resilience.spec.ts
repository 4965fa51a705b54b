// Never a blank page (issue 17), in real Chromium against the production build under its CSP:
// lazily loaded parts that fail (offline after load, chunks gone after a redeploy, the map chunk on
// first load), the first view's watchdog when the entry fails, exports and English offline, a huge
// hash. Given/when/then, one behaviour per test; chunks are failed with page.route (abort or 404)
// and context.setOffline. Screenshots land in test-results/screenshots/.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { screenshot, SCREENSHOT_DIR } from './helpers/browser';
import { cspViolations } from './helpers/a11y';
import { AppDriver, appUrl, openApp } from './helpers/driver';
import { useBrowser } from './helpers/session';

const session = useBrowser();
const base = appUrl();
const SLOW = 120_000;

/** The page is never blank: #root holds the app's layout. */
async function notBlank(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.getElementById('root')?.childElementCount ?? 0)).toBeGreaterThan(0);
  expect(await page.locator('#root .app-header h1').count()).toBe(1);
}

/** The message of a part that failed (src/ui/PartBoundary.tsx), once it is there. */
async function partMessage(page: Page, part: string): Promise<string> {
  const box = page.locator(`[role="alert"][data-part="${part}"]`);
  await box.waitFor({ state: 'visible', timeout: 20_000 });
  return (await box.textContent()) ?? '';
}

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });

describe('offline after the map has loaded', () => {
  it('each tab shows what failed with retry and reload; the map and the other tabs keep working; back online, Retry opens it', async () => {
    const { page, context, app, errors } = await openApp(session);
    // Given the map, when the connection drops
    await context.setOffline(true);

    // When the reader opens the table, then a message says the table could not be loaded
    await tab(page, 'Bảng').click();
    let text = await partMessage(page, 'table');
    expect(text).toContain('Không tải được bảng số liệu');
    expect(text).toContain('Thiết bị đang mất kết nối mạng');
    expect(text).not.toContain('Failed to fetch');
    expect(await page.getByRole('button', { name: 'Thử lại' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Tải lại trang' }).count()).toBe(1);
    await notBlank(page);
    await screenshot(page, 'resilience-offline-table');

    // The map is still there and usable: a commune can be selected on it (the details panel is a
    // chunk too: it shows Ka Đô if it was prefetched before the connection dropped, else its message)
    await tab(page, 'Bản đồ').click();
    await app.waitStill();
    expect((await app.renderedUnitIds()).length).toBe(142);
    await page.getByRole('button', { name: 'Xã Ka Đô', exact: true }).first().click();
    await expect.poll(async () => JSON.stringify(await app.layerFilter('commune-selected'))).toContain('24943');
    await expect
      .poll(async () => (await page.locator('.panel').textContent())?.includes('Ka Đô') || (await page.locator('[data-part="details"]').count()) > 0)
      .toBe(true);
    await notBlank(page);

    // The leaders' view fails the same way, alone
    await tab(page, 'So sánh huyện và mục tiêu').click();
    text = await partMessage(page, 'leaders');
    expect(text).toContain('Không tải được phần so sánh huyện và mục tiêu');
    await notBlank(page);
    await screenshot(page, 'resilience-offline-leaders');

    // When the connection is back, "Retry" loads the table without reloading the page
    await context.setOffline(false);
    await tab(page, 'Bảng').click();
    await partMessage(page, 'table');
    await page.locator('[data-part="table"]').getByRole('button', { name: 'Thử lại' }).click();
    await page.locator('.data-table tbody tr').first().waitFor({ state: 'visible', timeout: 20_000 });
    expect(await page.locator('.data-table tbody tr').count()).toBeGreaterThanOrEqual(142);
    expect(await page.locator('[data-part="table"]').count()).toBe(0);
    expect(errors).toEqual([]);
  }, SLOW);

  it('the share dialog and every export say what failed in words, never the raw exception; the rest keeps working', async () => {
    const { page, context, errors } = await openApp(session);
    await context.setOffline(true);

    await page.getByRole('button', { name: 'Chia sẻ, nhúng' }).click();
    expect(await partMessage(page, 'share')).toContain('Không mở được hộp thoại chia sẻ, nhúng');
    await notBlank(page);

    const status = page.locator('.export-status');
    for (const name of ['Tải ảnh PNG', 'Tải số liệu CSV', 'Tải toàn bộ bảng số liệu (CSV)']) {
      await page.getByRole('button', { name, exact: true }).click();
      await expect.poll(() => status.textContent()).toContain('Không tải được phần tạo tệp');
      expect(await status.textContent()).not.toMatch(/Failed to fetch|dynamically imported|\.js/);
      await notBlank(page);
      if (name === 'Tải ảnh PNG') await page.locator('.export-bar').screenshot({ path: join(SCREENSHOT_DIR, 'resilience-offline-exports.png') });
      // Cleared before the next button, so each one is seen to answer.
      await page.evaluate(() => (document.querySelector('.export-status')!.textContent = ''));
    }

    // Back online, the same button works (the chunk is fetched again)
    await context.setOffline(false);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Tải số liệu CSV', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    expect(errors).toEqual([]);
  }, SLOW);

  it('switching to English offline says so (in both languages) and stays truthfully in Vietnamese; back online, Retry switches', async () => {
    const { page, context, errors } = await openApp(session);
    await context.setOffline(true);
    await page.locator('.lang-toggle button[lang="en"]').click();
    const alert = page.locator('.lang-error[role="alert"]');
    await alert.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await alert.textContent()).toContain('Không tải được giao diện tiếng Anh');
    expect(await alert.textContent()).toContain('English could not be loaded');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    // The toggle and the URL say Vietnamese, as the page is.
    expect(await page.locator('.lang-toggle button[lang="vi"]').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => new URL(page.url()).searchParams.get('locale')).toBeNull();
    await screenshot(page, 'resilience-offline-english');

    await context.setOffline(false);
    await alert.getByRole('button', { name: 'Thử lại' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en', undefined, { timeout: 20_000 });
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/New Rural Development/);
    expect(await alert.count()).toBe(0);
    expect(errors).toEqual([]);
  }, SLOW);
});

describe('after a redeploy (the old chunk names are gone)', () => {
  it('the table says what failed, Retry cannot help, Reload fetches the new page and the table opens', async () => {
    const { page, app, errors } = await openApp(session);
    await page.route('**/assets/DataTable-*.js', (r) => r.fulfill({ status: 404, body: 'Not found' }));
    await tab(page, 'Bảng').click();
    const text = await partMessage(page, 'table');
    expect(text).toContain('Không tải được bảng số liệu');
    expect(text).toContain('hãy tải lại trang để nhận phiên bản mới');
    // Retry asks for the same (gone) file: the message comes back.
    await page.locator('[data-part="table"]').getByRole('button', { name: 'Thử lại' }).click();
    await partMessage(page, 'table');
    await notBlank(page);

    // The "new deploy" serves the file again; the reload picks it up.
    await page.unroute('**/assets/DataTable-*.js');
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Tải lại trang' }).click()]);
    await app.waitReady();
    // The reloaded page opens on the table tab (the URL kept it).
    await page.locator('.data-table tbody tr').first().waitFor({ state: 'visible', timeout: 20_000 });
    expect(errors).toEqual([]);
  }, SLOW);
});

describe('the map chunk fails on first load', () => {
  it('the map says so with the static picture and a way to the table, which works; Retry opens the map', async () => {
    const w = await session.open(null);
    let fail = true;
    await w.page.route('**/assets/MapView-*.js', (r) => (fail ? r.abort() : r.continue()));
    await w.page.goto(base);
    const text = await partMessage(w.page, 'map');
    expect(text).toContain('Không tải được bản đồ');
    expect(text).toContain('Tìm kiếm, chú giải, danh sách xã thí điểm và bảng số liệu vẫn dùng được bình thường.');
    expect(await w.page.locator('[data-part="map"] img.first-view-img').count()).toBe(1);
    // The rest of the layout is there: legend, measure picker, pilot list.
    expect(await w.page.locator('.legend tr[data-class]').count()).toBeGreaterThan(3);
    expect(await w.page.locator('.measure-picker select').count()).toBe(1);
    await screenshot(w.page, 'resilience-map-chunk-failed');

    await w.page.getByRole('button', { name: 'Xem bảng số liệu' }).click();
    await w.page.locator('.data-table tbody tr').first().waitFor({ state: 'visible', timeout: 20_000 });
    expect(await w.page.locator('.data-table tbody tr').count()).toBeGreaterThanOrEqual(142);

    fail = false;
    await tab(w.page, 'Bản đồ').click();
    await w.page.locator('[data-part="map"]').getByRole('button', { name: 'Thử lại' }).click();
    const app = new AppDriver(w.page);
    await app.waitReady();
    expect((await app.renderedUnitIds()).length).toBe(142);
    expect(w.errors).toEqual([]);
  }, SLOW);
});

describe('the first view watchdog (the entry fails)', () => {
  const watchdog = (page: Page) => page.locator('#ntm-watchdog[role="alert"]');

  it('entry routed to a 404: the first view shows the message, the reload and the CSV within 10 s; Reload starts the app', async () => {
    const w = await session.open(null);
    await w.page.route('**/assets/index-*.js', (r) => r.fulfill({ status: 404, body: 'Not found' }));
    await w.page.goto(base);
    const box = watchdog(w.page);
    await box.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await box.textContent()).toContain('Bản đồ tương tác chưa mở được');
    // The static first view is still under it.
    expect(await w.page.locator('#ntm-first-view img[data-first-view-image]').isVisible()).toBe(true);
    // The CSV needs no code: it is a file the build published.
    const href = (await box.getByRole('link', { name: 'Tải bảng số liệu (CSV)' }).getAttribute('href'))!;
    const csv = await w.page.request.get(new URL(href, base).href);
    expect(csv.status()).toBe(200);
    expect((await csv.text()).slice(0, 20)).toContain('gso_code');
    // The watchdog ran under the strict policy (allowed by its hash).
    expect(await cspViolations(w.page)).toEqual([]);
    await screenshot(w.page, 'resilience-watchdog-entry-404');

    await w.page.unroute('**/assets/index-*.js');
    await Promise.all([w.page.waitForEvent('load'), box.getByRole('button', { name: 'Tải lại trang' }).click()]);
    await new AppDriver(w.page).waitReady();
    expect(await watchdog(w.page).count()).toBe(0);
  }, SLOW);

  it('the i18n chunk failing (a static import of the entry) shows it too, in English for an English link', async () => {
    const w = await session.open(null);
    await w.page.route('**/assets/i18n-*.js', (r) => r.abort());
    await w.page.goto(appUrl('?v=1&locale=en'));
    const box = watchdog(w.page);
    await box.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await box.textContent()).toContain('The interactive map did not start');
    expect(await box.getByRole('button', { name: 'Reload the page' }).count()).toBe(1);
  }, SLOW);

  it('opened on a deeper path (the relative assets are not there): the message, not a static picture forever', async () => {
    const w = await session.open(`${base}xa/ka-do/`);
    await watchdog(w.page).waitFor({ state: 'visible', timeout: 10_000 });
    expect(await watchdog(w.page).textContent()).toContain('Tải lại trang');
  }, SLOW);

  it('a healthy load never shows it', async () => {
    const { page } = await openApp(session);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-app-started'))).toBe('true');
    expect(await watchdog(page).count()).toBe(0);
  }, SLOW);
});

describe('a 1 MB hash', () => {
  it('is dropped before the app starts and the map opens as usual', async () => {
    const { page, app, errors } = await openApp(session, { query: `#${'a'.repeat(1_000_000)}` });
    expect(await page.evaluate(() => location.hash)).toBe('');
    await app.waitStill();
    expect((await app.renderedUnitIds()).length).toBe(142);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, SLOW);
});
