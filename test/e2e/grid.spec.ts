// Issue 15: the leaders' district × criterion grid in real Chromium against the production build.
import { describe, expect, it } from 'vitest';
import { screenshot } from './helpers/browser';
import { district, expectedGrid, expectedViewModel } from './helpers/data';
import { openApp } from './helpers/driver';
import { useBrowser } from './helpers/session';

const session = useBrowser();
const damRong = district('674');

describe('district × criterion grid', () => {
  it('has 12 district rows and a column per criterion, whose cells are the unit-tested aggregation', async () => {
    const { page, app } = await openApp(session, { query: 'year=2021' });
    await app.openTab('leaders');
    const grid = page.locator('.grid-table');
    await expect.poll(() => grid.locator('tbody tr').count()).toBe(12);
    const criterionCols = await grid.locator('thead th.kind-criterion').count();
    expect(criterionCols).toBeGreaterThanOrEqual(19);
    const expected = expectedGrid(2021);
    expect(criterionCols).toBe(expected.columns.filter((c) => c.kind === 'criterion').length);
    // Every cell of the page against the aggregation (met / known, as data attributes).
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLTableCellElement>('.grid-table tr[data-district] td.heat')].map((td) => ({
        d: td.closest('tr')!.dataset.district!, col: td.dataset.col!, met: Number(td.dataset.met), known: Number(td.dataset.known),
      })));
    const want = [...expected.districts, expected.province].flatMap((r) =>
      expected.columns.map((c) => ({ d: r.code ?? 'province', col: c.id, met: r.cells[c.id].met, known: r.cells[c.id].known })));
    expect(shown.sort((a, b) => (a.d + a.col).localeCompare(b.d + b.col))).toEqual(want.sort((a, b) => (a.d + a.col).localeCompare(b.d + b.col)));
    // Đam Rông, criterion 8 in 2021 (the example: 6 of 8).
    const c8 = expected.districts.find((r) => r.code === '674')!.cells.c8;
    const cell = grid.locator('tr[data-district="674"] td[data-col="c8"] button');
    expect(await cell.getAttribute('aria-label')).toContain(`${c8.met}/${c8.known} xã`);
    // The recognition column: five recognised with their year, two cities "hoàn thành nhiệm vụ".
    const recs = await page.evaluate(() => Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('.grid-table tbody tr')].map((tr) => [tr.dataset.district, tr.querySelector('td[data-col="recognition"]')!.textContent!.split(',')[0].trim()])));
    expect(recs).toMatchObject({
      '677': 'Đạt chuẩn 2015', '678': expect.stringContaining('Đạt chuẩn 2019'), '682': 'Đạt chuẩn 2019', '683': 'Đạt chuẩn 2020', '676': 'Đạt chuẩn 2020',
      '672': 'Hoàn thành nhiệm vụ', '673': 'Hoàn thành nhiệm vụ', '674': 'Chưa có quyết định',
    });
    expect(recs['678']).toContain('513/QĐ-TTg');
    expect(Object.values(recs).filter((r) => r === 'Chưa có quyết định')).toHaveLength(5);
    await grid.scrollIntoViewIfNeeded();
    await screenshot(page, 'grid-vi');
    // Printed, the grid gets its own A4 landscape page and shows every column.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.criterion-grid').evaluate((el) => getComputedStyle(el).getPropertyValue('page'))).toBe('grid');
    expect(await page.locator('.grid-scroll').evaluate((el) => getComputedStyle(el).overflow)).toBe('visible');
    await page.emulateMedia({ media: 'screen' });
  });

  it('clicking the (Đam Rông, criterion 8) cell colours the map by criterion 8 and selects Đam Rông', async () => {
    const { page, app } = await openApp(session, { query: 'year=2021' });
    await app.chooseGridCell('674', 'c8', damRong.fullName);
    await expect.poll(() => page.locator('.measure-picker select').inputValue()).toBe('c8');
    await expect.poll(() => page.locator('.panel h2').first().textContent()).toBe(damRong.fullName);
    const vm = expectedViewModel('c8', 2021);
    const ids = [...vm.units.keys()];
    const want = Object.fromEntries(ids.map((id) => [id, vm.units.get(id)!.color]));
    await expect.poll(() => app.communeColors(ids)).toEqual(want);
    await expect.poll(() => app.legendCounts()).toEqual(Object.fromEntries(vm.legend.rows.map((r) => [r.key, r.count])));
    expect(new URL(page.url()).searchParams.get('measure')).toBe('c8');
  });

  it('sorts by a criterion column and reads in English', async () => {
    const { page, app } = await openApp(session, { query: 'year=2023', lang: 'en' });
    await app.openTab('leaders');
    const th = page.locator('.grid-table thead th[data-col="c8"]');
    await th.getByRole('button').click();
    await expect.poll(() => th.getAttribute('aria-sort')).toBe('ascending');
    const shares = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.grid-table tbody td[data-col="c8"]')]
      .map((td) => (Number(td.dataset.known) ? Number(td.dataset.met) / Number(td.dataset.known) : null)));
    const known = shares.filter((s): s is number => s !== null);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    await expect.poll(() => page.locator('.criterion-grid h2').textContent()).toContain('Districts × criteria');
    await page.locator('.grid-table').scrollIntoViewIfNeeded();
    await screenshot(page, 'grid-en');
  });
});
