// In-page timing and CDP helpers shared by the benchmarks. No assertions: figures only.
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';

/** Installed before any page script: records FCP and when the page marks its two moments. */
export const INIT_SCRIPT = `(() => {
  const m = (window.__bench = { fcp: null, fvSeen: null, fvPaint: null, readySeen: null, readyPaint: null });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') m.fcp = e.startTime; })
      .observe({ type: 'paint', buffered: true });
  } catch {}
  // The frame after a change: rAF runs before the paint, a task queued from it runs after it.
  const afterPaint = (k) => requestAnimationFrame(() => setTimeout(() => { m[k] = performance.now(); }, 0));
  const check = () => {
    const d = document.documentElement && document.documentElement.dataset;
    if (!d) return;
    if (d.firstView === 'true' && m.fvSeen === null) { m.fvSeen = performance.now(); afterPaint('fvPaint'); }
    if (d.mapReady === 'true' && m.readySeen === null) { m.readySeen = performance.now(); afterPaint('readyPaint'); }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-first-view', 'data-map-ready'] });
  check();
})();`;

export interface Marks {
  fcp: number | null;
  fvSeen: number | null;
  fvPaint: number | null;
  readySeen: number | null;
  readyPaint: number | null;
}

export type PageKind = 'app' | 'maplibre' | 'leaflet';

/**
 * The two moments, in ms from navigation start:
 *  - first useful view: when the marker is in the HTML (seen before FCP), the FCP itself (the
 *    first paint shows it); else for MapLibre pages the marker time (set at `idle`, after the frame
 *    was drawn); else the paint after the marker (Leaflet marks right after adding its layers);
 *  - interactive ready: MapLibre pages: the `data-map-ready` time (set at `idle`); Leaflet: the
 *    paint after its marker.
 */
export function moments(kind: PageKind, m: Marks): { firstView: number | null; ready: number | null } {
  let firstView: number | null = null;
  if (m.fvSeen !== null && m.fcp !== null && m.fvSeen <= m.fcp) firstView = m.fcp;
  else if (kind === 'leaflet') firstView = m.fvPaint;
  else firstView = m.fvSeen;
  const ready = kind === 'leaflet' ? m.readyPaint : m.readySeen;
  return { firstView, ready };
}

export async function waitMarks(page: Page, what: 'firstView' | 'ready', timeout = 60000): Promise<Marks> {
  await page.waitForFunction(
    (w) => {
      const m = (window as unknown as { __bench?: Marks }).__bench;
      if (!m) return false;
      return w === 'firstView' ? (m.fvSeen !== null && m.fcp !== null && (m.fvSeen <= m.fcp || m.fvPaint !== null)) : m.readyPaint !== null;
    },
    what,
    { timeout, polling: 50 },
  );
  return page.evaluate(() => (window as unknown as { __bench: Marks }).__bench);
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
  return ctx;
}

export async function cdp(page: Page): Promise<CDPSession> {
  return page.context().newCDPSession(page);
}

/** Records every response of a page: URL and encoded (on-the-wire) bytes. */
export async function recordTransfer(session: CDPSession): Promise<() => { url: string; encoded: number; status: number }[]> {
  const byId = new Map<string, { url: string; encoded: number; status: number }>();
  await session.send('Network.enable');
  session.on('Network.responseReceived', (e) => {
    byId.set(e.requestId, { url: e.response.url, encoded: 0, status: e.response.status });
  });
  session.on('Network.loadingFinished', (e) => {
    const r = byId.get(e.requestId);
    if (r) r.encoded = e.encodedDataLength;
  });
  return () => [...byId.values()];
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
