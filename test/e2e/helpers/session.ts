// One browser per spec file (launching is slow), a fresh page per test. Apart from browser.ts
// because it registers vitest hooks, and the benchmark imports browser.ts outside vitest.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launch, openPage, type OpenedPage, type PageOptions } from './browser';

export interface BrowserSession {
  /** The file's browser (launched in beforeAll). */
  readonly browser: Browser;
  /** openPage on the file's browser; the page is closed after the test that opened it. */
  open(url: string | null, opts?: PageOptions): Promise<OpenedPage>;
  /** Every page error of every page this session opened so far. */
  errors(): string[];
}

/**
 * Registers the hooks that launch the file's browser, close each test's pages after the test
 * (pass or fail) and close the browser.
 */
export function useBrowser(extraArgs: string[] = []): BrowserSession {
  let browser: Browser | undefined;
  const pages: OpenedPage[] = [];
  const errors: string[][] = [];
  beforeAll(async () => {
    browser = await launch(extraArgs);
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((p) => p.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('useBrowser(): the browser is launched in beforeAll');
      return browser;
    },
    async open(url, opts) {
      const p = await openPage(this.browser, url, opts);
      pages.push(p);
      errors.push(p.errors);
      return p;
    },
    errors: () => errors.flat(),
  };
}
