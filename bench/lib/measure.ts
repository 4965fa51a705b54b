// In-page timing and CDP helpers shared by the benchmarks. No assertions: figures only.
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { enableTestHooks } from '../../test/e2e/helpers/browser';

/** Installed before any page script: records FCP and when the page marks its two moments. */
export const INIT_SCRIPT = `(() => {
  // tsx/esbuild may wrap named functions in page.evaluate callbacks with __name(): make it a no-op.
  globalThis.__name = globalThis.__name || ((f) => f);
  const m = (window.__bench = { fcp: null, fvSeen: null, fvDecoded: null, fvPaint: null, readySeen: null, readyPaint: null });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') m.fcp = e.startTime; })
      .observe({ type: 'paint', buffered: true });
  } catch {}
  // The frame after a change: rAF runs before the paint, a task queued from it runs after it.
  const afterPaint = (k) => requestAnimationFrame(() => setTimeout(() => { m[k] = performance.now(); }, 0));
  // A page whose HTML paints the first view (the app) marks <html> before its body is parsed: its
  // first useful view is the frame after the parser has inserted the picture
  // (img[data-first-view-image]) and the image is decoded, not merely the first frame.
  let fvWaiting = false;
  const check = () => {
    const d = document.documentElement && document.documentElement.dataset;
    if (!d) return;
    if (d.firstView === 'true' && m.fvSeen === null) m.fvSeen = performance.now();
    if (m.fvSeen !== null && !fvWaiting) {
      const img = document.querySelector('img[data-first-view-image]');
      if (img) {
        fvWaiting = true;
        img.decode().then(() => { m.fvDecoded = performance.now(); afterPaint('fvPaint'); }, () => afterPaint('fvPaint'));
      } else if (document.readyState !== 'loading') {
        fvWaiting = true;
        afterPaint('fvPaint');
      }
    }
    if (d.mapReady === 'true' && m.readySeen === null) { m.readySeen = performance.now(); afterPaint('readyPaint'); }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-first-view', 'data-map-ready'] });
  document.addEventListener('readystatechange', check);
  check();
})();`;

export interface Marks {
  fcp: number | null;
  fvSeen: number | null;
  /** The app's first-view image decoded (see INIT_SCRIPT). */
  fvDecoded?: number | null;
  fvPaint: number | null;
  readySeen: number | null;
  readyPaint: number | null;
}

export type PageKind = 'app' | 'maplibre' | 'leaflet';

/**
 * The two moments, in ms from navigation start, both "frame produced on the main thread" times so
 * the three pages are measured alike:
 *  - first useful view: the frame after the marker appeared (rAF → task); for MapLibre pages the
 *    marker itself (set at `idle`, which MapLibre fires after drawing the frame). For the app the
 *    marker is in the HTML, so this is its first frame. FCP (presentation time, which software GL
 *    on a busy machine can delay further) is reported beside it;
 *  - interactive ready: MapLibre pages: the `data-map-ready` time (set at `idle`); Leaflet: the
 *    frame after its marker.
 */
export function moments(kind: PageKind, m: Marks): { firstView: number | null; ready: number | null; fcp: number | null } {
  const firstView = kind === 'maplibre' ? m.fvSeen : m.fvPaint;
  const ready = kind === 'leaflet' ? m.readyPaint : m.readySeen;
  return { firstView, ready, fcp: m.fcp };
}

export async function waitMarks(page: Page, what: 'firstView' | 'ready', timeout = 60000): Promise<Marks> {
  await page.waitForFunction(
    (w) => {
      const m = (window as unknown as { __bench?: Marks }).__bench;
      if (!m) return false;
      return w === 'firstView' ? m.fvPaint !== null : m.readyPaint !== null;
    },
    what,
    { timeout, polling: 50 },
  );
  return page.evaluate(() => (window as unknown as { __bench: Marks }).__bench);
}

/**
 * One discarded load of each page before the measured runs. The first navigation of a fresh browser
 * also pays for Chromium itself: GPU process and SwiftShader start-up, shader compilation and
 * pipeline caches (≈1 s here). That belongs to no page, yet it fell on whichever page the rotation
 * put first (the app, in every run). Measured loads still use a fresh context each (cold HTTP cache).
 */
export async function warmUpBrowser(browser: Browser, pages: { url: string; until: 'firstView' | 'ready' }[]): Promise<void> {
  for (const p of pages) {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await page.goto(p.url, { waitUntil: 'commit' });
    await waitMarks(page, p.until);
    await ctx.close();
  }
}

export const NETWORKS = {
  // Chrome DevTools presets.
  'slow-3g': { offline: false, latency: 2000, downloadThroughput: (500 * 1000) / 8 * 0.8, uploadThroughput: (500 * 1000) / 8 * 0.8 },
  '4g': { offline: false, latency: 165, downloadThroughput: (9 * 1000 * 1000) / 8 * 0.9, uploadThroughput: (1.5 * 1000 * 1000) / 8 * 0.9 },
} as const;
export type NetworkName = keyof typeof NETWORKS;

export async function newContext(browser: Browser, opts: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN', ...opts });
  await ctx.addInitScript(INIT_SCRIPT);
  // interact.ts reads the live map, which the app exposes only when asked before it starts. Every
  // context asks, so the measured loads and the interaction runs load the app alike.
  await enableTestHooks(ctx);
  return ctx;
}

export async function cdp(page: Page): Promise<CDPSession> {
  return page.context().newCDPSession(page);
}

/** Records every response of a page, its dedicated workers included (Playwright reports worker
 *  requests to the page; CDP's page session would miss MapLibre's worker and what it fetches). */
export interface Transfer {
  url: string;
  encoded: number;
  status: number;
  /** Wall-clock ms (epoch) when the request started. */
  start: number;
}

export function recordTransfer(page: Page): () => Transfer[] {
  const out: Transfer[] = [];
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (req) => {
    pending.push(
      (async () => {
        const res = await req.response();
        const sizes = await req.sizes().catch(() => ({ responseBodySize: 0, responseHeadersSize: 0 }));
        out.push({ url: req.url(), encoded: sizes.responseBodySize + sizes.responseHeadersSize, status: res?.status() ?? 0, start: req.timing().startTime });
      })(),
    );
  });
  return () => out;
}

export async function heapUsed(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.enable');
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const h = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  return h.usedSize;
}

export function stats(xs: (number | null)[]): { n: number; median: number; min: number; max: number; q1: number; q3: number } | null {
  const v = xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const q = (p: number) => {
    const i = (v.length - 1) * p;
    const lo = Math.floor(i);
    const hi = Math.ceil(i);
    return v[lo]! + (v[hi]! - v[lo]!) * (i - lo);
  };
  return { n: v.length, median: q(0.5), min: v[0]!, max: v[v.length - 1]!, q1: q(0.25), q3: q(0.75) };
}

export const fmtMs = (s: ReturnType<typeof stats>) => (s ? `${Math.round(s.median)} ms [${Math.round(s.min)}–${Math.round(s.max)}]` : 'n/a');
export const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
