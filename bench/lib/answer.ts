// Issue 14, "answers before the map": how long a person on a slow link waits, from navigation,
// to read a commune's NTM status after typing its name without diacritics. The person is taken
// to type the moment the search box exists (the app's share of the wait, not the typing), takes
// the first hit with the keyboard, and "reads" once the panel shows the unit's name and status.
import type { Browser } from 'playwright-core';
import { cdp, NETWORKS, newContext } from './measure';

export const ANSWER_NETWORKS = {
  'slow-3g': NETWORKS['slow-3g'],
  // The rural profile: 400 kbit/s down, 400 ms latency.
  'rural-400k': { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 },
} as const;
export type AnswerNetwork = keyof typeof ANSWER_NETWORKS;

export const ANSWER_QUERY = 'xuan tho';
export const ANSWER_UNIT = 'Xã Xuân Thọ';

/** ms from navigation until the panel shows the unit's name and status (null: not within the timeout). */
export async function timeToAnswer(browser: Browser, url: string, net: AnswerNetwork, timeout = 90_000): Promise<number | null> {
  const ctx = await newContext(browser);
  try {
    const page = await ctx.newPage();
    const session = await cdp(page);
    await session.send('Network.enable');
    await session.send('Network.emulateNetworkConditions', ANSWER_NETWORKS[net]);
    await page.goto(url, { waitUntil: 'commit', timeout });
    const box = page.locator('.search-box [role="combobox"]');
    await box.waitFor({ state: 'visible', timeout });
    await box.fill(ANSWER_QUERY);
    await page.waitForFunction((n) => document.querySelector('.search-box [role="option"] .search-label')?.textContent === n, ANSWER_UNIT, { timeout });
    await box.press('ArrowDown');
    await box.press('Enter');
    const at = await page.waitForFunction(
      (n) => {
        const panel = document.querySelector('.detail-panel');
        const status = panel?.querySelector('.status-line strong')?.textContent?.trim();
        return panel?.querySelector('h2')?.textContent === n && status ? performance.now() : null;
      },
      ANSWER_UNIT,
      { timeout, polling: 'raf' },
    );
    return (await at.jsonValue()) as number;
  } catch {
    return null;
  } finally {
    await ctx.close();
  }
}
