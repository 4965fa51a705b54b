// TEMPORARY: the page helpers of the specs not yet moved onto driver.ts (the old helpers/app.ts,
// browser.ts openPage/waitMapReady, a11y.ts openWatched), kept so every commit type-checks.
// Removed once the last spec uses the driver.
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** Opens a page, recording uncaught page errors and console errors. */
export async function openPage(
  browser: Browser,
  url: string,
  opts: { viewport?: { width: number; height: number }; waitReady?: boolean; locale?: string } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    locale: opts.locale ?? 'vi-VN',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(url);
  if (opts.waitReady ?? true) await waitMapReady(page);
  return { context, page, errors };
}

export async function waitMapReady(page: Page, timeout = 30000): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', undefined, { timeout });
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors. */
  errors: string[];
  /** alert/confirm/prompt dialogs opened by the page (an injected script would open one). */
  dialogs: string[];
}

/**
 * A page that records uncaught errors and dialogs, and, inside the page, CSP violations
 * (`window.__cspViolations`). `window.__pwned` is a sentinel that hostile payloads try to set.
 */
export async function openWatched(
  browser: Browser,
  url: string | null,
  opts: { viewport?: { width: number; height: number }; touch?: boolean } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    locale: 'vi-VN',
    hasTouch: opts.touch ?? false,
    isMobile: opts.touch ?? false,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  if (url) await page.goto(url);
  return { context, page, errors, dialogs };
}

/** Waits until the data is loaded and the app laid out (map or fallback). */
export async function waitLoaded(page: Page, timeout = 30000): Promise<void> {
  await page.waitForSelector('.layout', { timeout });
}

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
