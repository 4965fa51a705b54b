// Issue 15: no table is clipped at 1280 px in either language: each table fits its column, or
// sits in a scroll region (keyboard-focusable, with a scroll cue); headers stay on top; numbers
// are right-aligned.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './helpers/browser';
import { openApp } from './helpers/driver';
import { useBrowser } from './helpers/session';

const session = useBrowser();

/** Every visible table: does it fit, and if not, is its scroller a focusable region? */
function tableReport(page: Page) {
  return page.evaluate(() => {
    const out: { id: string; fits: boolean; scrollRegion: boolean; clippedBy: string | null; sticky: boolean }[] = [];
    for (const table of document.querySelectorAll<HTMLTableElement>('.leaders-view table, .data-table table')) {
      if (!table.offsetParent || table.closest('.sr-only')) continue;
      const id = (table.className || table.parentElement?.className || 'table').toString();
      let scroller: HTMLElement | null = null;
      let clippedBy: string | null = null;
      const r = table.getBoundingClientRect();
      for (let el = table.parentElement; el && el !== document.body; el = el.parentElement) {
        const cs = getComputedStyle(el);
        if (cs.overflowX === 'auto' || cs.overflowX === 'scroll') { scroller = el; break; }
        if (cs.overflowX === 'hidden' || cs.overflowX === 'clip') {
          const er = el.getBoundingClientRect();
          if (r.right > er.right + 1) { clippedBy = el.className.toString(); break; }
        }
      }
      const fits = scroller ? scroller.scrollWidth <= scroller.clientWidth + 1 : true;
      const scrollRegion = !!scroller && scroller.tabIndex >= 0 && (scroller.getAttribute('role') === 'region');
      const th = table.querySelector('thead th');
      let sticky = false;
      if (th) sticky = getComputedStyle(th).position === 'sticky';
      out.push({ id, fits, scrollRegion, clippedBy, sticky });
    }
    return out;
  });
}

async function numbersRightAligned(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.leaders-view td.num, .leaders-view th.num, .data-table td.num')]
    .filter((el) => el.offsetParent && getComputedStyle(el).textAlign !== 'right')
    .map((el) => el.className));
}

describe('tables at 1280 px', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`leaders' view and data table, ${lang}: no table clipped, headers sticky, numbers right-aligned`, async () => {
      const { page, app } = await openApp(session, { lang, viewport: { width: 1280, height: 800 } });
      await app.openTab('leaders');
      await page.locator('.year-over-year table').waitFor();
      const leaders = await tableReport(page);
      expect(leaders.length).toBeGreaterThanOrEqual(3);
      for (const t of leaders) {
        expect(t.clippedBy, t.id).toBeNull();
        expect(t.fits || t.scrollRegion, `${t.id}: overflows without a scroll region`).toBe(true);
      }
      // The grid and the comparison keep their headers on top when scrolled.
      expect(leaders.filter((t) => /grid-table|district/.test(t.id) || t.id.includes('leaders-table')).every((t) => t.sticky)).toBe(true);
      expect(await numbersRightAligned(page)).toEqual([]);
      await page.locator('.year-over-year').scrollIntoViewIfNeeded();
      await screenshot(page, `tables-1280-${lang}`);
      await app.openTab('table');
      const data = await tableReport(page);
      for (const t of data) {
        expect(t.clippedBy, t.id).toBeNull();
        expect(t.fits || t.scrollRegion, `${t.id}: overflows without a scroll region`).toBe(true);
        expect(t.sticky).toBe(true);
      }
    });
  }
});
