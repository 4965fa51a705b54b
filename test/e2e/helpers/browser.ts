// Helper layer (no knowledge of the app): launches Debian's Chromium (never a downloaded browser)
// with software WebGL, opens contexts and pages that record what went wrong, takes screenshots.
// The app's own vocabulary (map ready, measure, commune…) lives one layer up, in driver.ts.
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

/**
 * Asks the app to expose its map (src/map/MapController.ts) in every document of the context,
 * iframes included: a context init script runs in each frame before the frame's own scripts.
 * A plain string, so no bundler helper (esbuild's __name) can leak into the page.
 */
export async function enableTestHooks(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: 'window.__ntmTestHooks = true;' });
}

/** Records CSP violations in the page (`window.__cspViolations`), read by cspViolations(). */
const CSP_RECORDER = `(() => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber);
  });
})();`;

export interface PageOptions {
  viewport?: { width: number; height: number };
  /** Browser locale (navigator.language), vi-VN unless told. */
  locale?: string;
  /** A phone: touch events and a mobile viewport. */
  touch?: boolean;
  javaScriptEnabled?: boolean;
  /** Set window.__ntmTestHooks before the app starts (default true). */
  testHooks?: boolean;
}

export const DESKTOP = { width: 1280, height: 800 };

export async function newContext(browser: Browser, opts: PageOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? DESKTOP,
    locale: opts.locale ?? 'vi-VN',
    hasTouch: opts.touch ?? false,
    isMobile: opts.touch ?? false,
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    acceptDownloads: true,
  });
  if (opts.testHooks ?? true) await enableTestHooks(context);
  await context.addInitScript({ content: CSP_RECORDER });
  return context;
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors. */
  errors: string[];
  /** alert/confirm/prompt dialogs opened by the page (an injected script would open one). */
  dialogs: string[];
  /** Closes the context (idempotent). */
  close(): Promise<void>;
}

/** A fresh context and page (its own cookies, storage and cache), navigated to `url` unless null. */
export async function openPage(browser: Browser, url: string | null, opts: PageOptions = {}): Promise<OpenedPage> {
  const context = await newContext(browser, opts);
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  let closed: Promise<void> | undefined;
  const close = () => (closed ??= context.close().catch(() => undefined));
  if (url) await page.goto(url);
  return { context, page, errors, dialogs, close };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
