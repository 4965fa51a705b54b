// Accessibility in real Chromium against the production build: axe-core audits of the main views,
// a keyboard-only journey, the live region and the map's text alternative, phone layouts (overflow
// and touch targets). Given/when/then, one behaviour per test; screenshots in test-results/screenshots/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './helpers/browser';
import { AppDriver, appUrl, openApp } from './helpers/driver';
import {
  byImpact, horizontalOverflow, runAxe, seriousOrCritical, touchTargets, type AxeViolation,
} from './helpers/a11y';
import { useBrowser } from './helpers/session';

const session = useBrowser();
const audits: Record<string, Record<string, string[]>> = {};

afterAll(() => {
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/axe.json', JSON.stringify(audits, null, 2));
});

async function audit(name: string, page: Page): Promise<AxeViolation[]> {
  const v = await runAxe(page);
  audits[name] = byImpact(v);
  return v;
}

describe('axe-core audit (WCAG 2.1 A/AA): no serious or critical violations', () => {
  it('map view', async () => {
    const w = await openApp(session);
    expect(seriousOrCritical(await audit('map', w.page)).map((v) => v.id)).toEqual([]);
  });

  it('detail view (Ka Đô selected)', async () => {
    const w = await openApp(session);
    await w.app.selectCommune('Xã Ka Đô');
    await expect.poll(() => w.page.locator('.detail-panel').textContent()).toContain('Ka Đô');
    expect(seriousOrCritical(await audit('detail', w.page)).map((v) => v.id)).toEqual([]);
  });

  it('table view', async () => {
    // With Ka Đô selected, so the audit also covers the detail panel beside the table.
    const w = await openApp(session);
    await w.app.selectCommune('Xã Ka Đô');
    await w.app.openTab('table');
    expect(seriousOrCritical(await audit('table', w.page)).map((v) => v.id)).toEqual([]);
  });

  it('English interface', async () => {
    // With Ka Đô selected, so the audit also covers the English detail panel.
    const w = await openApp(session);
    await w.app.selectCommune('Xã Ka Đô');
    await w.page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => w.page.locator('h1').textContent()).toMatch(/New Rural Development/i);
    expect(seriousOrCritical(await audit('english', w.page)).map((v) => v.id)).toEqual([]);
  });

  it('phone (360 px)', async () => {
    const phone = await openApp(session, { viewport: { width: 360, height: 740 }, touch: true });
    expect(seriousOrCritical(await audit('phone-360', phone.page)).map((v) => v.id)).toEqual([]);
  });

  it('embed view (embed.html, what the share dialog gives)', async () => {
    // The embed layout is a lazy part: wait for it, not for the loading shell before it.
    const e = await session.open(appUrl('v=1&measure=c8&year=2023&embed=1').replace(/\?/, 'embed.html?'));
    await e.page.waitForSelector('.embed', { timeout: 30000 });
    await new AppDriver(e.page).waitReady();
    expect(seriousOrCritical(await audit('embed', e.page)).map((v) => v.id)).toEqual([]);
  });
});

describe('keyboard and screen reader', () => {
  const focused = (p: Page) => p.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName.toLowerCase(), id: el?.id, role: el?.getAttribute('role'), text: (el?.getAttribute('aria-label') || el?.textContent || '').trim().slice(0, 60), cls: el?.className };
  });

  it('the first Tab shows the skip link; Enter lands on the data table', async () => {
    const w = await openApp(session);
    await w.page.keyboard.press('Tab');
    expect((await focused(w.page)).cls).toContain('skip-link');
    const box = await w.page.locator('.skip-link').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0); // on screen when focused
    await w.page.keyboard.press('Enter');
    await w.page.waitForSelector('.data-table tbody tr');
    expect((await focused(w.page)).id).toBe('data-table');
  });

  it('keyboard-only journey: Tab to search, type "ka do", ArrowDown, Enter → detail of Ka Đô, announced; Tab to close; Escape returns to the search', async () => {
    const w = await openApp(session);
    // Tab from the top of the page until the search box has focus (skip link first, then search).
    let steps = 0;
    while ((await focused(w.page)).role !== 'combobox' && steps < 10) {
      await w.page.keyboard.press('Tab');
      steps++;
    }
    expect((await focused(w.page)).role).toBe('combobox');
    expect(steps).toBeLessThanOrEqual(3);
    await w.page.keyboard.type('ka do');
    await expect.poll(() => w.page.getByRole('option').first().textContent()).toContain('Ka Đô');
    await w.page.keyboard.press('ArrowDown');
    await w.page.keyboard.press('Enter');
    const panel = w.page.locator('.detail-panel');
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Xã Ka Đô');
    // Focus moved to the panel heading; the live region said what was selected.
    expect((await focused(w.page)).tag).toBe('h2');
    await expect.poll(() => w.page.getByTestId('selection-live').textContent()).toBe('Đã chọn Xã Ka Đô, Huyện Đơn Dương');
    await screenshot(w.page, 'keyboard-detail-ka-do');
    // Tab reaches the close button next.
    await w.page.keyboard.press('Tab');
    expect((await focused(w.page)).text).toBe('Đóng');
    const outline = await w.page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    // Escape closes the panel and returns focus to where the journey came from.
    await w.page.keyboard.press('Escape');
    await expect.poll(() => w.page.locator('.detail-panel').count()).toBe(0);
    await expect.poll(async () => (await focused(w.page)).role).toBe('combobox');
    await expect.poll(() => w.page.getByTestId('selection-live').textContent()).toBe('Đã bỏ chọn');
  });

  it('the close button also returns focus; selecting from the table announces and drives the map', async () => {
    const w = await openApp(session);
    await w.app.openTab('table');
    const row = w.page.locator('.data-table tbody').getByRole('button', { name: 'Xã Xuân Thọ', exact: true });
    await row.focus();
    await w.page.keyboard.press('Enter');
    await expect.poll(() => w.page.getByTestId('selection-live').textContent()).toBe('Đã chọn Xã Xuân Thọ, Thành phố Đà Lạt');
    await w.page.getByRole('button', { name: 'Đóng' }).click();
    await expect.poll(async () => (await focused(w.page)).text).toBe('Xã Xuân Thọ');
    // The map follows the table's selection (highlight filter) when shown again.
    await w.page.keyboard.press('Enter');
    await w.app.openTab('map');
    await expect.poll(async () => JSON.stringify(await w.app.layerFilter('commune-selected'))).toContain('"');
    const filter = JSON.stringify(await w.app.layerFilter('commune-selected'));
    const gso = await w.page.evaluate(() => (document.querySelector('.detail-panel') ? 'open' : 'closed'));
    expect(gso).toBe('open');
    expect(filter).not.toContain('__none__');
  });

  it('the map canvas has a Vietnamese name and a text alternative summarising the view', async () => {
    const w = await openApp(session);
    const canvas = w.page.locator('canvas.maplibregl-canvas');
    expect(await canvas.getAttribute('aria-label')).toBe('Bản đồ các xã, phường, thị trấn tỉnh Lâm Đồng');
    const descId = await canvas.getAttribute('aria-describedby');
    expect(descId).toBeTruthy();
    const desc = await w.page.evaluate((id) => document.getElementById(id!)?.textContent ?? '', descId);
    expect(desc).toContain('Bản đồ 142 đơn vị cấp xã theo Trạng thái nông thôn mới, năm 2025');
    expect(desc).toMatch(/Đạt chuẩn NTM: \d+/);
    expect(desc).toMatch(/Phường\/thị trấn — không xét tiêu chí xã: 31/);
    // The zoom buttons speak Vietnamese too.
    expect(await w.page.locator('.maplibregl-ctrl-zoom-in').getAttribute('aria-label')).toBe('Phóng to');
  });

  it('the year control is a radio group that announces its value, and the map description follows it', async () => {
    const w = await openApp(session);
    const group = w.page.getByRole('group', { name: 'Năm' });
    const y2025 = group.getByRole('radio', { name: '2025' });
    await y2025.focus();
    expect(await y2025.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await y2025.isChecked()).toBe(true);
    await w.page.keyboard.press('ArrowLeft');
    // Polled: under load (parallel browser tests) React's commit can land after the key press returns.
    await expect.poll(() => group.getByRole('radio', { name: '2024' }).isChecked()).toBe(true);
    await expect.poll(() => w.page.getByTestId('map-description').textContent()).toContain('năm 2024');
  });
});

describe('phones', () => {
  for (const width of [360, 414]) {
    it(`${width} px: no horizontal scroll, every touch target at least 44×44 px, map first, details next to it`, async () => {
      const p = await openApp(session, { viewport: { width, height: 780 }, touch: true });
      expect(await horizontalOverflow(p.page)).toBeLessThanOrEqual(0);
      const map = await p.page.locator('.map-section').boundingBox();
      const controls = await p.page.locator('.controls').boundingBox();
      expect(map!.y).toBeLessThan(controls!.y);
      expect(map!.height).toBeGreaterThanOrEqual(300);
      const small = (await touchTargets(p.page)).filter((t) => t.width < 44 || t.height < 44);
      expect(small).toEqual([]);
      await screenshot(p.page, `phone-${width}`);

      // A selected commune's details come right after the map.
      await p.app.selectCommune('Xã Ka Đô', { by: 'list', tap: true });
      await expect.poll(() => p.page.locator('.detail-panel h2').textContent()).toBe('Xã Ka Đô');
      const panel = await p.page.locator('.panel').boundingBox();
      const controls2 = await p.page.locator('.controls').boundingBox();
      expect(panel!.y).toBeLessThan(controls2!.y);
      expect(await horizontalOverflow(p.page)).toBeLessThanOrEqual(0);
      const smallDetail = (await touchTargets(p.page, '.panel')).filter((t) => t.width < 44 || t.height < 44);
      expect(smallDetail).toEqual([]);
      await screenshot(p.page, `phone-${width}-detail`);

      // The table scrolls inside its own box, never the page.
      await p.app.openTab('table', { tap: true });
      expect(await horizontalOverflow(p.page)).toBeLessThanOrEqual(0);
      await screenshot(p.page, `phone-${width}-table`);
      expect(p.errors).toEqual([]);
    });
  }
});
