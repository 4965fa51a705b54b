// Press and sharing (issue #5) in real headless Chromium against the production build:
// permalinks (reload, back/forward, old and hostile links), the embed inside a host page on
// another origin (self-resizing iframe, ready message, same view, link back, no scroll
// hijacking), PNG and CSV downloads. Given/when/then, one behaviour per test.
// Screenshots and the exported PNG land in test-results/screenshots/.
import { createServer, type Server } from 'node:http';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import Papa from 'papaparse';
import { launch, screenshot, SCREENSHOT_DIR } from './helpers/browser';
import { openPage, waitMapReady } from './helpers/legacy';
import { legendCounts, selectMeasure, selectYear } from './helpers/legacy';
import { installPngDecoder } from './helpers/pixels';

const base = inject('baseUrl');
const KA_DO = '24943';
const JOURNALIST_QUERY = `?v=1&measure=c8&year=2023&commune=${KA_DO}`;

let browser: Browser;
let host: Server;
let hostUrl = '';
/** What the host page serves in place of <!-- NTM-EMBED --> (the copied snippet). */
let snippet = '';

beforeAll(async () => {
  browser = await launch();
  const template = readFileSync('test/e2e/host/host.html', 'utf8');
  host = createServer((req, res) => {
    if (req.url?.startsWith('/host.html')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(template.replace('<!-- NTM-EMBED -->', snippet));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const addr = host.address();
  hostUrl = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/host.html`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (host ? host.close(() => resolve()) : resolve()));
});

// ---- page driver ---------------------------------------------------------------------------------

/** expect.poll with a timeout for a shared 2-core machine (vitest's default is 1 s). */
function poll<T>(fn: () => T | Promise<T>, opts: { timeout?: number } = {}) {
  return expect.poll(fn, { timeout: opts.timeout ?? 20000, interval: 100 });
}
/** Per-test time limit: these tests drive two pages and a cross-origin frame. */
const SLOW = 150_000;

async function settle(page: Page | Frame): Promise<void> {
  await page.waitForFunction(() => !!window.__ntmDebug && !window.__ntmDebug.map.isMoving(), undefined, { timeout: 30000 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__ntmDebug!.map;
        const timer = setTimeout(resolve, 3000);
        map.once('idle', () => {
          clearTimeout(timer);
          resolve();
        });
        map.triggerRepaint();
      }),
  );
}

async function camera(page: Page | Frame): Promise<{ lon: number; lat: number; zoom: number }> {
  return page.evaluate(() => {
    const m = window.__ntmDebug!.map;
    const c = m.getCenter();
    return { lon: c.lng, lat: c.lat, zoom: m.getZoom() };
  });
}

async function selectKaDo(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Xã Ka Đô', exact: true }).first().click();
  await poll(() => page.locator('.panel').textContent()).toContain('Ka Đô');
  await settle(page);
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
    const { page, context, errors } = await openPage(browser, base);
    try {
      // Given the journalist's choices made in the UI
      await selectMeasure(page, 'c8');
      await selectYear(page, 2023);
      await selectKaDo(page);
      await poll(() => query(page).get('zoom')).not.toBeNull();
      const q = query(page);
      expect(q.get('v')).toBe('1');
      expect(q.get('measure')).toBe('c8');
      expect(q.get('year')).toBe('2023');
      expect(q.get('commune')).toBe(KA_DO);
      const before = await camera(page);
      const counts = await legendCounts(page);

      // When the page is reloaded from its URL
      await page.reload();
      await waitMapReady(page);
      await settle(page);

      // Then the same view is back
      expect(await page.locator('.measure-picker select').inputValue()).toBe('c8');
      expect(await page.locator('.year-control input[value="2023"]').isChecked()).toBe(true);
      await poll(() => page.locator('.panel').textContent()).toContain('Ka Đô');
      expect(await legendCounts(page)).toEqual(counts);
      const after = await camera(page);
      expect(Math.abs(after.lon - before.lon)).toBeLessThan(0.001);
      expect(Math.abs(after.lat - before.lat)).toBeLessThan(0.001);
      expect(Math.abs(after.zoom - before.zoom)).toBeLessThan(0.02);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, SLOW);

  it('back and forward step through selections and measures', async () => {
    const { page, context } = await openPage(browser, base);
    try {
      await selectKaDo(page);
      await selectMeasure(page, 'c8');
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
    } finally {
      await context.close();
    }
  }, SLOW);

  it('an old v0 link opens its view and is rewritten to v1; hostile values fall back to defaults', async () => {
    const hostile = encodeURIComponent('<script>window.__pwned=1</script>');
    const dialogs: string[] = [];
    const { page, context, errors } = await openPage(
      browser,
      `${base}?sel=${KA_DO}&lang=en&measure=${hostile}&year=1e308&lat=NaN&lng=108&z=9&districts=<b>1</b>`,
    );
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    try {
      await settle(page);
      expect(page.url()).toBe(`${base}?v=1&commune=${KA_DO}&locale=en`);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await poll(() => page.locator('.panel').textContent()).toContain('Ka Đô');
      expect(await page.locator('.measure-picker select').inputValue()).toBe('status');
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('script:not([src]):not([type])').count()).toBe(0);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, SLOW);
});

// ---- embed ---------------------------------------------------------------------------------------

async function embedFrame(page: Page): Promise<Frame> {
  await poll(() => page.frames().some((f) => f.url().startsWith(base) && f.url().includes('embed=1')), { timeout: 30000 }).toBe(true);
  return page.frames().find((f) => f.url().startsWith(base) && f.url().includes('embed=1'))!;
}

describe('embed in a page on another origin', () => {
  it('journalist: Ka Đô, 2023, criterion 8 → copied iframe code → same view, right height, source, link back', async () => {
    // Given the view in the full app and its share dialog
    const full = await openPage(browser, `${base}${JOURNALIST_QUERY}`);
    let embedUrl = '';
    try {
      await settle(full.page);
      const shareButton = full.page.getByRole('button', { name: 'Chia sẻ, nhúng' });
      await shareButton.click();
      const dialog = full.page.getByRole('dialog', { name: 'Chia sẻ khung nhìn này' });
      await poll(() => dialog.isVisible()).toBe(true);
      const linkBox = dialog.getByRole('textbox', { name: 'Liên kết' });
      await poll(() => linkBox.inputValue()).not.toBe('');
      const link = await linkBox.inputValue();
      expect(link.startsWith(`${base}?v=1&measure=c8&year=2023&commune=${KA_DO}`)).toBe(true);
      snippet = await dialog.getByRole('textbox', { name: 'Mã nhúng' }).inputValue();
      expect(snippet).toMatch(/^<iframe src="[^"]+" title="[^"]+" aria-label="[^"]+" loading="lazy" width="100%" height="\d+" style="border:0" data-ntm-map><\/iframe>\n<script src="[^"]+embed\.js" async><\/script>$/);
      expect(snippet).toContain('&amp;embed=1');
      expect(snippet).toContain('Tiêu chí 8');
      embedUrl = snippet.match(/src="([^"]+)"/)![1].replace(/&amp;/g, '&');
      await full.page.screenshot({ path: join(SCREENSHOT_DIR, 'press-share-dialog.png') });
      // Escape closes it and gives focus back to the button that opened it.
      await full.page.keyboard.press('Escape');
      await poll(() => dialog.isVisible()).toBe(false);
      expect(await shareButton.evaluate((b) => b === document.activeElement)).toBe(true);
    } finally {
      await full.context.close();
    }

    // When the snippet is pasted into a blank article page on another origin
    const { page, context, errors } = await openPage(browser, hostUrl, { waitReady: false, viewport: { width: 900, height: 900 } });
    try {
      expect(new URL(hostUrl).origin).not.toBe(new URL(base).origin);
      const messages = () => page.evaluate(() => (window as unknown as { __ntmMessages: { origin: string; data: { type: string; height?: number } }[] }).__ntmMessages);
      await poll(async () => (await messages()).some((m) => m.data?.type === 'ntm-map:ready'), { timeout: 40000 }).toBe(true);
      const frame = await embedFrame(page);
      expect(frame.url()).toBe(embedUrl);
      await settle(frame);

      // Then the frame resized itself to the height it reported (not the snippet's initial one)
      const ms = await messages();
      expect(ms.every((m) => m.origin === new URL(base).origin)).toBe(true);
      const lastHeight = ms.filter((m) => m.data?.type === 'ntm-map:height').at(-1)!.data.height!;
      const iframe = page.locator('iframe[data-ntm-map]');
      await poll(() => iframe.evaluate((f) => Math.round(f.getBoundingClientRect().height))).toBe(lastHeight);
      const initial = Number(snippet.match(/height="(\d+)"/)![1]);
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
      const selected = await frame.evaluate(() => window.__ntmDebug!.map.getFilter('commune-selected'));
      expect(JSON.stringify(selected)).toContain(KA_DO);

      await iframe.screenshot({ path: join(SCREENSHOT_DIR, 'press-embed-frame.png') });
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, 'press-host-page');

      // A message from anything but that frame does not resize it.
      await page.evaluate(() => window.postMessage({ type: 'ntm-map:height', height: 120 }, '*'));
      await page.waitForTimeout(200);
      expect(await iframe.evaluate((f) => Math.round(f.getBoundingClientRect().height))).toBe(lastHeight);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, SLOW);

  it('the wheel scrolls the article, not the embedded map (cooperative gestures)', async () => {
    snippet ||= `<iframe src="${base}${JOURNALIST_QUERY.replace(/&/g, '&amp;')}&amp;embed=1" title="t" loading="lazy" width="100%" height="760" style="border:0" data-ntm-map></iframe><script src="${base}embed.js" async></script>`;
    const { page, context } = await openPage(browser, hostUrl, { waitReady: false, viewport: { width: 900, height: 700 } });
    try {
      await poll(() => page.evaluate(() => (window as unknown as { __ntmMessages: { data: { type: string } }[] }).__ntmMessages.some((m) => m.data?.type === 'ntm-map:ready')), { timeout: 40000 }).toBe(true);
      const frame = await embedFrame(page);
      await settle(frame);
      const zoom = (await camera(frame)).zoom;
      const box = (await page.locator('iframe[data-ntm-map]').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, Math.min(box.y + 300, 650));
      await page.mouse.wheel(0, 400);
      await poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      expect((await camera(frame)).zoom).toBeCloseTo(zoom, 5);
    } finally {
      await context.close();
    }
  }, SLOW);

  it('on a phone-width article the selected commune is whole; the frame follows a width change', async () => {
    const { page, context } = await openPage(browser, hostUrl, { waitReady: false, viewport: { width: 400, height: 900 } });
    try {
      const frame = await embedFrame(page);
      await poll(() => page.evaluate(() => (window as unknown as { __ntmMessages: { data: { type: string } }[] }).__ntmMessages.some((m) => m.data?.type === 'ntm-map:ready')), { timeout: 40000 }).toBe(true);
      await settle(frame);
      // The link's camera was made on a wide screen: the embed zooms out just enough for Ka Đô.
      const whole = await frame.evaluate(async (gso) => {
        const ds = (await (await fetch('data/ntm.json')).json()) as { units: { gso: string; bbox: [number, number, number, number] }[] };
        const [w, south, e, n] = ds.units.find((u) => u.gso === gso)!.bbox;
        const b = window.__ntmDebug!.map.getBounds();
        return b.contains([w, south]) && b.contains([e, n]);
      }, KA_DO);
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
    } finally {
      await context.close();
    }
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
    const { page, context, errors } = await openPage(browser, `${base}${JOURNALIST_QUERY}`);
    try {
      await settle(page);
      const mapCss = await page.evaluate(() => {
        const c = window.__ntmDebug!.map.getCanvas();
        return { w: c.clientWidth, h: c.clientHeight };
      });
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
      const stats = await page.evaluate(async (b64) => {
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
            if (Math.abs(r - 0x2c) < 12 && Math.abs(g - 0x7b) < 12 && Math.abs(b - 0xb6) < 12) met++;
            if (Math.abs(r - 0xfd) < 12 && Math.abs(g - 0xae) < 12 && Math.abs(b - 0x61) < 12) notMet++;
          }
        }
        return { w: c.width, h: c.height, colours: colours.size, met, notMet, corner: px(2, 2) };
      }, file.bytes.toString('base64'));
      expect(stats.w).toBe(size.width);
      expect(stats.colours).toBeGreaterThan(8);
      expect(stats.met).toBeGreaterThan(20);
      expect(stats.corner.slice(0, 3)).toEqual([255, 255, 255]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, SLOW);

  it('CSV: the data behind the view and the full table, Vietnamese names intact', async () => {
    const { page, context } = await openPage(browser, `${base}${JOURNALIST_QUERY}`);
    try {
      await settle(page);
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
      const legend = await legendCounts(page);
      const byClass: Record<string, number> = {};
      for (const r of rows) byClass[r.class] = (byClass[r.class] ?? 0) + 1;
      for (const [k, n] of Object.entries(legend)) expect(byClass[k] ?? 0).toBe(n);

      const all = await download(page, 'Tải toàn bộ bảng số liệu (CSV)');
      const allRows = Papa.parse<Record<string, string>>(all.bytes.toString('utf8').slice(1), { header: true, skipEmptyLines: true }).data;
      expect(allRows.length).toBeGreaterThan(500);
      expect(allRows.filter((r) => r.gso_code === KA_DO).map((r) => r.year)).toEqual(['2021', '2022', '2023', '2024', '2025']);
      expect(allRows.find((r) => r.gso_code === KA_DO)!.commune).toBe('Xã Ka Đô');
    } finally {
      await context.close();
    }
  }, SLOW);
});
