// The embed on a host page of another origin (issue 17), in real Chromium: embed.js resizes only
// its own frames (a hostile third iframe that posts bursts of heights keeps its height), embed
// codes published before embed.html existed keep working, and the framing policy: any site may
// frame the embed page, only the app's own site may frame the full app.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './helpers/browser';
import { appUrl } from './helpers/driver';
import { useBrowser } from './helpers/session';
import { useHostPage } from './helpers/host';

const session = useBrowser();
const base = appUrl();
const appOrigin = new URL(base).origin;
const SLOW = 150_000;

// A third party's page that floods its parent with our message type, as the probe in the issue saw.
const HOSTILE = `<!doctype html><meta charset="utf-8"><title>quảng cáo</title><p>ad</p><script>
var hs = [9997, 51, 9999], i = 0;
setInterval(function () { parent.postMessage({ type: 'ntm-map:height', height: hs[i++ % 3] }, '*'); }, 20);
</script>`;

const host = useHostPage({ '/hostile.html': HOSTILE });

/** The host page (127.0.0.1:<port>) with `code` pasted in the article. */
async function openHost(code: string, height = 900) {
  host.snippet = code;
  return session.open(host.url, { viewport: { width: 900, height } });
}

type Msg = { origin: string; data: { type?: string; height?: number } };
const messages = (page: Page) => page.evaluate(() => (window as unknown as { __ntmMessages: Msg[] }).__ntmMessages);
// The content box (an iframe without `border:0` has 2 px of border each side).
const heightOf = (page: Page, id: string) => page.locator(`#${id}`).evaluate((f) => f.clientHeight);
const lastHeight = (ms: Msg[], frameSaid: (m: Msg) => boolean) => ms.filter((m) => m.data?.type === 'ntm-map:height' && frameSaid(m)).at(-1)?.data.height;

const query = 'v=1&measure=c8&year=2023&commune=24943';

describe('embed.js on a host page', () => {
  it('resizes our frames (new and old embed codes) and no other: a hostile third iframe keeps its height', async () => {
    // The hostile frames are on another origin than both the host page and the app.
    const hostile = `http://localhost:${host.port}/hostile.html`;
    const code = [
      // The code the share dialog gives today (embed.html) and the one it gave before (index with embed=1).
      `<iframe id="ours" src="${base}embed.html?${query}&amp;embed=1" title="t" aria-label="t" loading="lazy" width="100%" height="760" style="border:0" data-ntm-map></iframe>`,
      `<iframe id="old" src="${base}?${query.replace(/&/g, '&amp;')}&amp;embed=1" title="t" aria-label="t" loading="lazy" width="100%" height="760" style="border:0" data-ntm-map></iframe>`,
      // A third party without the marker, one that copies the marker, and our own embed without it.
      `<iframe id="hostile" src="${hostile}" width="300" height="300"></iframe>`,
      `<iframe id="marked-hostile" src="${hostile}" width="300" height="300" data-ntm-map></iframe>`,
      `<iframe id="unmarked" src="${base}embed.html?${query}&amp;embed=1" width="100%" height="300"></iframe>`,
      `<script src="${base}embed.js" async></script>`,
    ].join('\n');
    // Tall enough that the lazy frames are all in view (the old code has loading="lazy" too).
    const { page, errors } = await openHost(code, 3000);

    // Given both our frames ready and many hostile messages received
    await expect.poll(async () => (await messages(page)).filter((m) => m.origin === appOrigin && m.data?.type === 'ntm-map:ready').length, { timeout: 60_000 }).toBeGreaterThanOrEqual(3);
    await expect.poll(async () => (await messages(page)).filter((m) => m.origin === `http://localhost:${host.port}`).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(100);

    // Then the hostile frames and our unmarked one keep the height their page gave them
    for (const id of ['hostile', 'marked-hostile', 'unmarked']) expect(await heightOf(page, id), id).toBe(300);
    // …and our two marked frames took the height their content reports (not the snippet's 760)
    const ms = await messages(page);
    const reported = lastHeight(ms, (m) => m.origin === appOrigin)!;
    expect(reported).toBeGreaterThanOrEqual(150);
    expect(reported).toBeLessThan(5000);
    expect(reported).not.toBe(760);
    for (const id of ['ours', 'old']) await expect.poll(() => heightOf(page, id), { timeout: 20_000 }).toBe(reported);
    // The old code was redirected to the embed page (the server rule of docs/DEPLOY.md): all three
    // of our frames show embed.html.
    expect(page.frames().filter((f) => f.url().startsWith(`${base}embed.html?`)).length).toBe(3);
    await page.locator('#ours').scrollIntoViewIfNeeded();
    await screenshot(page, 'embed-guard-host');
    // Still 300 after the screenshot: the flood goes on.
    for (const id of ['hostile', 'marked-hostile']) expect(await heightOf(page, id), id).toBe(300);
    expect(errors).toEqual([]);
  }, SLOW);
});

describe('framing policy', () => {
  it('another site may frame the embed page, not the full app', async () => {
    const code = [
      `<iframe name="embed" src="${base}embed.html?${query}&amp;embed=1" width="100%" height="700" data-ntm-map></iframe>`,
      `<iframe name="full" src="${base}?${query.replace(/&/g, '&amp;')}" width="100%" height="400"></iframe>`,
    ].join('\n');
    const { page } = await openHost(code);
    // The embed page loads and shows the embed layout.
    await expect.poll(() => page.frame({ name: 'embed' })?.locator('.embed-title').count() ?? 0, { timeout: 60_000 }).toBe(1);
    // The full app is refused by frame-ancestors 'self': Chromium shows its error page instead.
    await expect.poll(() => page.frame({ name: 'full' })?.url() ?? '', { timeout: 20_000 }).toMatch(/^chrome-error:/);
    expect(await page.frame({ name: 'full' })!.locator('#root').count()).toBe(0);
  }, SLOW);

  it('the app itself (same site) may still frame the full app; the headers say which page is which', async () => {
    const w = await session.open(null);
    const app = await w.page.goto(base);
    const embed = await w.page.request.get(`${base}embed.html?v=1&embed=1`);
    const old = await w.page.request.get(`${base}?v=1&embed=1`, { maxRedirects: 0 });
    const fa = (csp: string | undefined) => /frame-ancestors ([^;]+)/.exec(csp ?? '')?.[1];
    expect(fa(app?.headers()['content-security-policy'])).toBe("'self'");
    expect(fa(embed.headers()['content-security-policy'])).toBe('*');
    expect(old.status()).toBe(301);
    expect(old.headers().location).toBe('/embed.html?v=1&embed=1');
    // The policy files the build wrote say the same.
    expect(fa(readFileSync('dist/csp.txt', 'utf8'))).toBe("'self'");
    expect(fa(readFileSync('dist/csp-embed.txt', 'utf8'))).toBe('*');
  }, SLOW);
});
