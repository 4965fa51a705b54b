// Launches Debian's Chromium (never a downloaded browser) with software WebGL, and page helpers.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = 'test-results/screenshots';

export function chromiumArgs(extra: string[] = []): string[] {
  return [
    '--no-sandbox',
    '--enable-unsafe-swiftshader',
    '--use-angle=swiftshader',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--lang=vi-VN',
    ...extra,
  ];
}

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  // Playwright gives every launch a fresh temporary profile (it refuses --user-data-dir in args).
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: chromiumArgs(extraArgs) });
}

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

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
