// Robustness in real Chromium against the production build, served under the strict CSP
// (scripts/lib/csp.ts): no WebGL, failed and slow data loads, basemap tile failures, hostile URLs.
// Given/when/then, one behaviour per test; screenshots land in test-results/screenshots/.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inlineScriptHashes, inlineScripts } from '../../scripts/lib/csp';
import { WATCHDOG_SCRIPT_ID } from '../../scripts/lib/watchdog';
import { launch, screenshot, type OpenedPage } from './helpers/browser';
import { AppDriver, appUrl, openApp } from './helpers/driver';
import { cspViolations, pwned } from './helpers/a11y';
import { useBrowser } from './helpers/session';

const session = useBrowser();
const base = appUrl();

const DEFAULT_LEGEND = 'Trạng thái nông thôn mới, năm 2025';

describe('Content-Security-Policy', () => {
  it('the built HTML has one inline script, the first view\'s watchdog, allowed by its hash (issue 17)', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    expect(inlineScripts(html)).toHaveLength(1);
    expect(html).toContain(`<script id="${WATCHDOG_SCRIPT_ID}">`);
    const scriptSrc = /script-src ([^;]+)/.exec(readFileSync('dist/csp.txt', 'utf8'))![1]!.split(' ');
    expect(scriptSrc).toEqual(["'self'", ...inlineScriptHashes(html)]);
  });

  it('the page is served with the strict policy and works under it with no violation', async () => {
    const w = await session.open(null);
    const app = new AppDriver(w.page);
    const res = await w.page.goto(base);
    const csp = res?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    await app.waitReady();
    // Basemap on (tiles answered locally: the test must not depend on the network), table, English.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    await w.page.route('https://tile.openstreetmap.org/**', (r) => r.fulfill({ status: 200, contentType: 'image/png', body: png }));
    await app.setBasemap(true);
    await app.openTab('table');
    await w.page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => w.page.locator('h1').textContent()).toMatch(/New Rural Development/i);
    expect(await cspViolations(w.page)).toEqual([]);
    expect(w.errors).toEqual([]);
  });
});

describe('no WebGL2', () => {
  for (const [label, flag] of [['WebGL1 only (--disable-webgl2)', '--disable-webgl2'], ['no WebGL at all (--disable-webgl)', '--disable-webgl']] as const) {
    it(`${label}: a clear Vietnamese message, one button to the table, search and panels still work`, async () => {
      const b = await launch([flag]);
      try {
        const w = await openApp(b, { waitReady: false });
        const webgl2 = await w.page.evaluate(() => !!document.createElement('canvas').getContext('webgl2'));
        expect(webgl2).toBe(false);
        await w.app.waitLoaded();
        const fallback = w.page.locator('.map-fallback');
        await expect.poll(() => fallback.textContent()).toContain('Không hiển thị được bản đồ trên trình duyệt này');
        expect(await fallback.textContent()).toContain('WebGL2');
        expect(await fallback.getAttribute('role')).toBe('alert');
        await screenshot(w.page, `no-webgl-${flag.slice(2)}`);

        // Given the message, when the person presses its one button, then the table is shown and focused.
        await w.page.getByRole('button', { name: 'Xem bảng số liệu' }).click();
        await w.page.waitForSelector('.data-table tbody tr');
        expect(await w.page.locator('.data-table tbody tr').count()).toBeGreaterThanOrEqual(142);
        await expect.poll(() => w.page.evaluate(() => document.activeElement?.id)).toBe('data-table');

        // Search and the detail panel work without a map.
        await w.app.selectCommune('Xã Ka Đô', { by: 'search', query: 'ka do' });
        await expect.poll(() => w.page.locator('.panel').textContent()).toContain('Ka Đô');
        expect(await w.page.locator('.legend tr[data-class]').count()).toBeGreaterThan(3);
        await screenshot(w.page, `no-webgl-${flag.slice(2)}-table`);
        expect(w.errors).toEqual([]);
      } finally {
        await b.close();
      }
    });
  }
});

describe('data load failures', () => {
  async function failing(how: (p: Page) => Promise<void>): Promise<OpenedPage> {
    const w = await session.open(null);
    await how(w.page);
    await w.page.goto(base);
    await w.page.waitForSelector('.status-msg.error', { timeout: 30000 });
    return w;
  }

  it('network error: says which file failed, why, and what to do; retry succeeds once the network is back', async () => {
    const w = await failing(async (p) => { await p.route('**/data/ntm.json', (r) => r.abort()); });
    const msg = w.page.locator('.status-msg.error');
    const text = (await msg.textContent()) ?? '';
    expect(text).toContain('Không tải được dữ liệu bản đồ');
    expect(text).toContain('data/ntm.json');
    expect(text).toContain('Không kết nối được tới máy chủ');
    expect(text).toContain('Thử lại');
    expect(await msg.getAttribute('role')).toBe('alert');
    // Not a blank page: the header and search are there.
    expect(await w.page.locator('h1').textContent()).toContain('Nông thôn mới');
    await screenshot(w.page, 'load-error-network');
    await w.page.unroute('**/data/ntm.json');
    await w.page.getByRole('button', { name: 'Thử lại' }).click();
    const app = new AppDriver(w.page);
    await app.waitReady();
    expect((await app.renderedUnitIds()).length).toBe(142);
    expect(w.errors).toEqual([]);
  });

  it('HTTP 404 on the geometry file names the file and the status', async () => {
    const w = await failing(async (p) => { await p.route('**/data/geo.json', (r) => r.fulfill({ status: 404, body: 'Not found' })); });
    const text = (await w.page.locator('.status-msg.error').textContent()) ?? '';
    expect(text).toContain('data/geo.json');
    expect(text).toContain('HTTP 404');
    expect(w.errors).toEqual([]);
  });

  it('corrupt JSON says the file is damaged', async () => {
    const w = await failing(async (p) => { await p.route('**/data/ntm.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"meta": {"title": "<img src=x onerror=window.__pwned=1>"' })); });
    const text = (await w.page.locator('.status-msg.error').textContent()) ?? '';
    expect(text).toContain('Tệp dữ liệu bị hỏng');
    expect(text).toContain('data/ntm.json');
    expect(await pwned(w.page)).toBeUndefined();
    await screenshot(w.page, 'load-error-corrupt');
    expect(w.errors).toEqual([]);
  });

  it('valid JSON of the wrong shape is refused as "not the expected format", nothing rendered from it', async () => {
    const w = await failing(async (p) => { await p.route('**/data/ntm.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ units: '<script>window.__pwned=1</script>' }) })); });
    expect(await w.page.locator('.status-msg.error').textContent()).toContain('không đúng định dạng');
    expect(await pwned(w.page)).toBeUndefined();
    expect(w.errors).toEqual([]);
  });

  it('no endless spinner: after 20 s without data the error and retry appear, and a late answer still opens the map', async () => {
    const w = await session.open(null);
    const held: (() => Promise<void>)[] = [];
    await w.page.route('**/data/ntm.json', (r) => {
      held.push(() => r.continue());
    });
    await w.page.clock.install();
    await w.page.goto(base);
    await expect.poll(() => held.length).toBe(1);
    expect(await w.page.locator('.status-msg.error').count()).toBe(0);
    await w.page.clock.runFor(21_000);
    const msg = w.page.locator('.status-msg.error');
    await expect.poll(() => msg.textContent()).toContain('20 giây');
    expect(await msg.textContent()).toContain('Thử lại');
    await screenshot(w.page, 'load-timeout');
    await w.page.clock.resume();
    await held[0]!();
    await new AppDriver(w.page).waitReady();
    expect(await w.page.locator('.status-msg.error').count()).toBe(0);
    expect(w.errors).toEqual([]);
  });
});

describe('basemap tile failure', () => {
  it('failing OpenStreetMap tiles never hide the NTM layers (the raster sits below them)', async () => {
    const w = await openApp(session);
    let tileRequests = 0;
    await w.page.route('https://tile.openstreetmap.org/**', (r) => {
      tileRequests++;
      return r.abort();
    });
    await w.app.setBasemap(true);
    await expect.poll(() => tileRequests).toBeGreaterThan(0);
    const order = await w.app.layerOrder();
    expect(order.indexOf('osm-raster')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('osm-raster')).toBeLessThan(order.indexOf('commune-fill'));
    expect((await w.app.renderedUnitIds()).length).toBe(142);
    await screenshot(w.page, 'basemap-tiles-failing');
    expect(w.errors).toEqual([]);
  });
});

// ---- hostile URLs ------------------------------------------------------------------------------

const PAYLOADS = [
  '<script>window.__pwned=1</script>', '"><script>window.__pwned=1</script>', "'><img src=x onerror=window.__pwned=1>",
  '<svg/onload=window.__pwned=1>', 'javascript:window.__pwned=1', 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>',
  '{{constructor.constructor("window.__pwned=1")()}}', '${window.__pwned=1}', '<iframe src=javascript:alert(1)>',
  '1e308', '-1e308', '9'.repeat(400), 'NaN', 'Infinity', '-0', '0x7e9', '２０２３', 'Ka Đô 🙂', '\u202egnp.exe',
  '%00', '%', '%E0%A4%A', '__proto__', 'constructor', '../../../etc/passwd',
];
const HOSTILE_URLS = [
  ...PAYLOADS.map((p) => `?measure=${encodeURIComponent(p)}`),
  ...PAYLOADS.slice(0, 12).map((p) => `?commune=${encodeURIComponent(p)}&district=${encodeURIComponent(p)}`),
  '?year=99999999999999999999', '?year=2021&year=2023', '?year=-2025', '?lat=1e308&lon=-1e308&zoom=1e308', '?lat=NaN&lon=NaN&zoom=NaN',
  '?zoom=99&lat=11&lon=108', '?locale=<script>window.__pwned=1</script>', '?locale=__proto__', '?view=javascript:alert(1)',
  '?embed=<svg/onload=alert(1)>', '?__proto__[polluted]=1&constructor[prototype][polluted]=1', '?measure=%00%00%00',
  '?measure=c8&measure=c9&measure=c10', `?${'a=1&'.repeat(2000)}`, `?measure=${'x'.repeat(100_000)}`, '?%E0%A4%A=%E0%A4%A',
  '?sel=<script>alert(1)</script>&lang=<b>x</b>&tab=<i>&z=1e999', '#<img src=x onerror=window.__pwned=1>',
  '#javascript:alert(1)', '?v=999&measure=<x>', '?v=-1', '?v=1e9',
];

describe('hostile URLs', () => {
  it(`${HOSTILE_URLS.length} hostile query strings: no page error, no script runs, no dialog, defaults restored`, async () => {
    expect(HOSTILE_URLS.length).toBeGreaterThanOrEqual(50);
    const w = await session.open(null);
    const app = new AppDriver(w.page);
    const failures: string[] = [];
    const refusedByServer: string[] = [];
    for (const q of HOSTILE_URLS) {
      const before = w.errors.length;
      // Start every URL from a blank page: a refused navigation (chrome-error page) must not leave a
      // pending navigation that interrupts the next one, and a hostile #hash is then a real page load.
      await w.page.goto('about:blank').catch(() => undefined);
      // Ask the server first: a URL it refuses (400/414/431) never reaches the app in any browser.
      const status = await fetch(base + q.split('#')[0]).then((r) => r.status, () => 0);
      if (status >= 400 && status < 500) {
        refusedByServer.push(q.slice(0, 60));
        continue;
      }
      const res = await w.page.goto(base + q, { waitUntil: 'domcontentloaded' }).catch((e: Error) => e);
      // Some URLs never reach the app: the static server refuses them (malformed percent-encoding,
      // 100 KB queries: 400/414/431, as nginx would). That is the server's answer, not the app's.
      const refused =
        (res instanceof Error && /ERR_HTTP_RESPONSE_CODE_FAILURE|chrome-error:/.test(res.message)) ||
        (!(res instanceof Error) && !!res && res.status() >= 400 && res.status() < 500);
      if (refused) {
        refusedByServer.push(q.slice(0, 60));
        continue;
      }
      // A hash-only change is a same-document navigation: no response object, the app is still there.
      if (res instanceof Error || (res && !res.ok())) {
        failures.push(`${q.slice(0, 60)}: navigation ${res instanceof Error ? res.message.split('\n')[0] : res?.status()}`);
        continue;
      }
      await app.waitLoaded();
      // Camera parameters reach MapLibre: wait for the map there; elsewhere the rendered page is what matters.
      if (/lat=|lon=|zoom=|z=/.test(q)) {
        await app.waitReady().catch(() => failures.push(`${q.slice(0, 60)}: map not ready`));
      } else {
        await w.page.waitForTimeout(250);
      }
      const state = await w.page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        polluted: ({} as Record<string, unknown>).polluted,
        injected: document.querySelectorAll('img[src="x"], iframe, svg[onload], [onerror], [onload]').length,
        inlineScripts: [...document.scripts].filter((s) => !s.src).length,
        legend: document.querySelector('.legend-title')?.textContent ?? '',
        csp: (window as unknown as { __cspViolations: string[] }).__cspViolations.length,
      }));
      if (state.pwned !== undefined || state.polluted !== undefined || state.injected || state.inlineScripts || state.csp) failures.push(`${q.slice(0, 60)}: ${JSON.stringify(state)}`);
      if (state.legend !== DEFAULT_LEGEND) failures.push(`${q.slice(0, 60)}: legend "${state.legend}"`);
      if (w.errors.length > before) failures.push(`${q.slice(0, 60)}: ${w.errors.slice(before).join(' | ')}`);
    }
    expect(failures).toEqual([]);
    // Nearly all of them reach the app and are handled there.
    expect(HOSTILE_URLS.length - refusedByServer.length).toBeGreaterThanOrEqual(50);
    expect(w.dialogs).toEqual([]);
  }, 400_000);
});
