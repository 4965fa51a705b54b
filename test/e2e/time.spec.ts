// Issue 15 in real Chromium: what a year means on screen, history in the panel, the change
// measure, play, and the embed's year player.
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { buildIndex } from '../../src/domain/dataIndex';
import { changeCounts } from '../../src/domain/change';
import { parseDatasetText } from '../../src/data/wire';
import { screenshot } from './helpers/browser';
import { unit } from './helpers/data';
import { AppDriver, appUrl, openApp } from './helpers/driver';
import { useHostPage } from './helpers/host';
import { useBrowser } from './helpers/session';

const session = useBrowser();
const host = useHostPage();
const XUAN_THO = '24805';
const poll = <T,>(fn: () => T | Promise<T>, timeout = 20000) => expect.poll(fn, { timeout, interval: 100 });
const builtIndex = () => buildIndex(parseDatasetText(readFileSync('dist/data/ntm.json', 'utf8')));
const legendTitle = (p: Page | Frame) => p.locator('.legend-title').textContent();

describe('years over time', () => {
  it('2023 shows the cumulative counts of the end-of-2023 report and names its date', async () => {
    const { page } = await openApp(session, { query: 'year=2023' });
    const tiers = page.locator('.legend .tier-summary');
    await tiers.waitFor();
    await poll(() => tiers.locator('h3').textContent()).toBe('Cộng dồn như các báo cáo, trạng thái ngày 31/12/2023');
    const cell = (t: string) => tiers.locator(`tr[data-tier="${t}"] td`).textContent();
    expect(await cell('at_least_ntm')).toBe('109/111');
    expect(await cell('at_least_nang_cao')).toBe('41');
    expect(await cell('kieu_mau')).toBe('16');
    const yearEnd = tiers.locator('[data-report="yearEnd"]');
    expect(await yearEnd.textContent()).toContain('Công bố cuối năm (31/12/2023): 109/111 xã NTM, 41 nâng cao, 16 kiểu mẫu');
    expect(await yearEnd.getAttribute('data-date')).toBe('2023-12-31');
    // The 13/9/2023 report is shown as what it is: a lower bound from within the year.
    expect(await tiers.locator('[data-report="interim"]').textContent()).toContain('Công bố giữa năm (13/09/2023): 107/111 xã NTM, 33 nâng cao, 9 kiểu mẫu');
  });

  it("Xuân Thọ's panel shows every year 2021–2025, readable as a table", async () => {
    const { page, app } = await openApp(session, { query: `year=2023&commune=${XUAN_THO}` });
    await app.waitStill();
    const rows = page.locator('.panel .commune-timeline tbody tr');
    await poll(() => rows.count()).toBe(5);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.year))).toEqual(['2021', '2022', '2023', '2024', '2025']);
    expect(await page.locator('.panel .commune-timeline h3').textContent()).toBe('Qua các năm 2021–2025');
    expect(await page.locator('.panel .commune-timeline tr.is-current').getAttribute('data-year')).toBe('2023');
    await page.locator('.panel .commune-timeline').scrollIntoViewIfNeeded();
    await screenshot(page, 'commune-history');
    // A year of the history shows that year on the map.
    await page.getByRole('button', { name: 'Xem năm 2021 trên bản đồ' }).click();
    await poll(() => legendTitle(page)).toContain('năm 2021');
    expect(unit(XUAN_THO).fullName).toBe('Xã Xuân Thọ');
  });

  it('the change measure 2022 → 2023 gives the counts the unit-tested aggregation derives from the data', async () => {
    const { page, app } = await openApp(session, { query: 'measure=change&year=2023' });
    await app.waitStill();
    const c = changeCounts(builtIndex(), 2023);
    expect(c.fromYear).toBe(2022);
    await poll(() => legendTitle(page)).toBe('Thay đổi trạng thái NTM từ năm 2022 đến năm 2023');
    const counts = await app.legendCounts();
    expect(counts).toMatchObject(c.counts);
    expect(counts.newly_recognised).toBe(2);
    await screenshot(page, 'change-map-2023');
    // The table lists the same classes.
    await app.openTab('table');
    const labels = await page.locator('.data-table tbody tr').evaluateAll((trs) => trs.filter((tr) => tr.textContent?.includes('Mới đạt chuẩn NTM')).length);
    expect(labels).toBe(c.counts.newly_recognised);
  });

  it('play advances the year and stops at the last one', async () => {
    const { page, app } = await openApp(session, { query: 'year=2021' });
    await app.waitStill();
    await page.getByRole('button', { name: /Phát các năm/ }).click();
    await poll(() => legendTitle(page), 15000).toContain('năm 2022');
    await poll(() => legendTitle(page), 15000).toContain('năm 2025');
    await poll(() => page.locator('.year-player').getAttribute('data-playing')).toBe('false');
    expect(new URL(page.url()).searchParams.get('year')).toBeNull(); // 2025 is the default: not written
    await page.waitForTimeout(2500); // a step longer than one interval: still the last year
    expect(await legendTitle(page)).toContain('năm 2025');
  });

  it('an embed made with the year option changes year inside the iframe', async () => {
    const full = await openApp(session, { query: 'year=2022' });
    await full.app.waitStill();
    const code = await full.app.embedCode({ player: true });
    await full.close();
    expect(code).toContain('player=1');
    host.snippet = code;
    const { page } = await session.open(host.url, { viewport: { width: 1100, height: 900 } });
    const base = appUrl();
    await poll(() => page.frames().some((f) => f.url().startsWith(base) && f.url().includes('player=1')), 30000).toBe(true);
    const frame = page.frames().find((f) => f.url().startsWith(base) && f.url().includes('player=1'))!;
    const embedded = new AppDriver(frame);
    await embedded.waitReady();
    await poll(() => legendTitle(frame)).toContain('năm 2022');
    const slider = frame.getByRole('slider', { name: 'Năm' });
    await slider.focus();
    await slider.press('ArrowRight');
    await poll(() => legendTitle(frame)).toContain('năm 2023');
    await poll(() => new URL(frame.url()).searchParams.get('year')).toBe('2023');
    await screenshot(page, 'embed-year-player');
  }, 150_000);
});
