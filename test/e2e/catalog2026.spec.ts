// Issue 13 part C in real headless Chromium: the 2026–2030 criteria catalog (QĐ 51/2025/QĐ-TTg).
// The year control offers 2026 (from the catalogs' data), the measure picker then offers that
// catalog's 10 criteria, the map says "no data yet for 2026" (never illustrative values), the
// catalog's full text opens from the picker, and an old v=1 link opens exactly as before.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { screenshot } from './helpers/browser';
import { openApp } from './helpers/driver';
import { useBrowser } from './helpers/session';

const session = useBrowser();
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20000, interval: 100 });
const SLOW = 120_000;

describe('the 2026–2030 catalog', () => {
  it('year 2026: the picker offers the 10 criteria of the 2026–2030 catalog, with the commune-group note', async () => {
    const { page, app, errors } = await openApp(session);
    await app.waitReady();
    await app.selectYear(2026);
    const picker = page.locator('.measure-picker select');
    const later = picker.locator('optgroup[label^="Tiêu chí xã NTM 2026–2030"] option');
    await poll(() => later.count()).toBe(10);
    expect(await later.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(
      Array.from({ length: 10 }, (_, i) => `c2026-${i + 1}`),
    );
    expect(await later.nth(2).textContent()).toBe('Tiêu chí 3 (bộ tiêu chí từ 2026): Phát triển kinh tế nông thôn');
    // None of the 2021–2025 measures (c1…c19, count bins, pilots, indicators) in 2026.
    expect(await picker.locator('option').count()).toBe(11);
    await expect(page.locator('.measure-note').textContent()).resolves.toMatch(/3 nhóm xã .*Nguồn: QĐ 51\/2025\/QĐ-TTg/);
    await app.selectMeasure('c2026-8');
    expect(new URL(page.url()).searchParams.get('measure')).toBe('c2026-8');
    expect(new URL(page.url()).searchParams.get('year')).toBe('2026');
    await screenshot(page, 'catalog2026-picker');
    expect(errors).toEqual([]);
  }, SLOW);

  it('year 2026 says "no data yet for 2026" and every xã reads no data (no illustrative 2026 value)', async () => {
    const { page, app, errors } = await openApp(session, { query: 'v=1&year=2026' });
    await app.waitReady();
    const notice = page.locator('.no-data-yet');
    await notice.waitFor();
    expect(await notice.locator('h2').textContent()).toBe('Chưa có số liệu năm 2026');
    expect(await notice.textContent()).toMatch(/QĐ 51\/2025\/QĐ-TTg, hiệu lực từ 15\/02\/2026/);
    await app.waitStill();
    const counts = await app.legendCounts();
    // 2026 is drawn on today's 124 units (no district level): 103 xã without data, 20 phường and
    // the đặc khu Phú Quý not subject; no status class has a unit.
    expect(counts).toMatchObject({ no_data: 103, not_subject: 21 });
    for (const k of ['chua_dat', 'ntm', 'nang_cao', 'kieu_mau']) expect(counts[k] ?? 0).toBe(0);
    await screenshot(page, 'catalog2026-no-data');
    // Back to 2025: the notice goes, the results come back.
    await app.selectYear(2025);
    await poll(() => notice.count()).toBe(0);
    expect(errors).toEqual([]);
  }, SLOW);

  it('the English page says "No data yet for 2026"', async () => {
    const { page, app } = await openApp(session, { query: 'v=1&year=2026', lang: 'en' });
    await app.waitReady();
    await page.locator('.no-data-yet h2').waitFor();
    expect(await page.locator('.no-data-yet h2').textContent()).toBe('No data yet for 2026');
  }, SLOW);

  it('a 2021–2025 measure in a 2026 link falls back to the status (c8 is another criterion there)', async () => {
    const { page, app } = await openApp(session, { query: 'v=1&measure=c8&year=2026' });
    await app.waitReady();
    await poll(() => page.locator('.measure-picker select').inputValue()).toBe('status');
    await poll(() => new URL(page.url()).searchParams.get('measure')).toBe(null);
  }, SLOW);

  it('an old v=1 link with year=2023&measure=c8 opens as before', async () => {
    const { page, app, errors } = await openApp(session, { query: 'v=1&measure=c8&year=2023' });
    await app.waitReady();
    await app.waitStill();
    expect(await page.locator('.measure-picker select').inputValue()).toBe('c8');
    expect(await page.locator('.year-control input:checked').getAttribute('value')).toBe('2023');
    // Rewritten to the current format (v=2, issue 13 part G), the same view: no geography written
    // because the year's default (the plan's 142 units) holds.
    expect(new URL(page.url()).search).toBe('?v=2&measure=c8&year=2023');
    const counts = await app.legendCounts();
    expect(counts.met + counts.not_met + (counts.no_data ?? 0)).toBe(111);
    expect(await page.locator('.no-data-yet').count()).toBe(0);
    // The picker is the 2021–2025 one: 19 criteria.
    expect(await page.locator('.measure-picker optgroup[label="Tiêu chí xã NTM (1–19)"] option').count()).toBe(19);
    expect(errors).toEqual([]);
  }, SLOW);

  it('the catalog view opens from the picker: 10 criteria, 3 groups, Phụ lục II and III, sources and verified marks', async () => {
    const { page, app, errors } = await openApp(session);
    await app.waitReady();
    await page.getByRole('button', { name: 'Bộ tiêu chí 2026–2030' }).click();
    const view = page.locator('.catalog-view');
    await view.waitFor();
    expect(await view.locator('.catalog-criteria > li').count()).toBe(10);
    expect(await view.locator('.catalog-criteria > li').first().textContent()).toMatch(/^Quy hoạch \(đã kiểm chứng; nguồn: VietnamPlus, 30\/12\/2025\)$/);
    expect(await view.locator('.catalog-groups > li').count()).toBe(3);
    expect(await view.locator('[data-annex="modern_pilot"]').textContent()).toMatch(/Phụ lục II.*xã nông thôn mới hiện đại/);
    expect(await view.locator('[data-annex="province_completion"]').textContent()).toMatch(/Phụ lục III.*hoàn thành nhiệm vụ/);
    expect(await view.textContent()).toMatch(/47 chỉ tiêu/);
    expect(await view.locator('.catalog-sources a').count()).toBe(4);
    await screenshot(page, 'catalog2026-view');
    expect(errors).toEqual([]);
  }, SLOW);

  it('the default view does not load the 2026 catalog nor the desk\'s code sets (not preloaded, not fetched)', async () => {
    const html = readFileSync('dist/index.html', 'utf8');
    expect(html).toMatch(/rel="preload" href="\.\/data\/ntm\.json"/);
    expect(html).not.toMatch(/criteria-2026-2030\.json|codes\.json/);
    const { page, app } = await openApp(session);
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    await app.waitReady();
    await app.selectYear(2026);
    expect(fetched.filter((u) => /criteria-2026-2030|codes\.json/.test(u))).toEqual([]);
    // Opening the catalog view fetches it.
    await page.getByRole('button', { name: 'Bộ tiêu chí 2026–2030' }).click();
    await page.locator('.catalog-view').waitFor();
    expect(fetched.filter((u) => /criteria-2026-2030\.json$/.test(u))).toHaveLength(1);
  }, SLOW);
});
