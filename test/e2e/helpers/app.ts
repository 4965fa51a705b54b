// Domain driver for the app's pages: reads what the user sees (legend, rendered features).
import type { Page } from 'playwright-core';

/** Unique commune ids MapLibre has drawn (a polygon comes back once per tile it crosses). */
export async function renderedUnitIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.__ntmDebug?.map;
    if (!map) return [];
    const feats = map.queryRenderedFeatures({ layers: ['commune-fill'] });
    return [...new Set(feats.map((f) => String(f.properties?.gso)))];
  });
}

/** Legend rows as { classKey: count }. */
export async function legendCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const tr of document.querySelectorAll<HTMLTableRowElement>('.legend tr[data-class]')) {
      out[tr.dataset.class!] = Number(tr.querySelector('.legend-count')?.textContent ?? 'NaN');
    }
    return out;
  });
}

export async function selectMeasure(page: Page, measure: string): Promise<void> {
  await page.locator('.measure-picker select').selectOption(measure);
  await waitIdle(page);
}

export async function selectYear(page: Page, year: number): Promise<void> {
  await page.locator(`.year-control input[value="${year}"]`).check();
  await waitIdle(page);
}

/** Waits until MapLibre has drawn pending changes. */
export async function waitIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__ntmDebug?.map;
        if (!map) return resolve();
        const timer = setTimeout(resolve, 3000);
        map.once('idle', () => {
          clearTimeout(timer);
          resolve();
        });
        map.triggerRepaint();
      }),
  );
}
