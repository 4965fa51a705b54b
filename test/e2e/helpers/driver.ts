// The domain driver: the app in the words of its users (open it, choose a measure or a year,
// select a commune or district, open a tab, wait until the map is still) and what the map shows
// (camera, rendered units, layer filters and order, legend counts). Specs call this; it is the
// only test code that reads `window.__ntmDebug` (the map the app exposes when a test sets
// `window.__ntmTestHooks` first, see browser.ts). Works on a Page and on a Frame (the embed).
import type { Browser, Frame, Page } from 'playwright-core';
import { inject } from 'vitest';
import { openPage, type OpenedPage, type PageOptions } from './browser';
import type { BrowserSession } from './session';
import { installPngDecoder, type RGB } from './pixels';

export type Surface = Page | Frame;
export type Tab = 'map' | 'table' | 'leaders';
export type Bounds = [west: number, south: number, east: number, north: number];
export interface Camera { lon: number; lat: number; zoom: number; bounds: Bounds }

/** Generous: a 2-core machine shared with another session (software WebGL). */
const WAIT_MS = 30_000;
/** How long "still" waits for MapLibre's `idle` before going on (tiles that never load). */
const IDLE_FALLBACK_MS = 3_000;
/** The order of the tabs in the tab list (locale-independent). */
const TAB_INDEX: Record<Tab, number> = { map: 0, table: 1, leaders: 2 };

/** The production build served by globalSetup.ts, with an optional query (`?…` or `a=1&b=2`). */
export function appUrl(query = ''): string {
  const base = inject('baseUrl');
  if (!query) return base;
  return `${base}${query.startsWith('?') || query.startsWith('#') ? '' : '?'}${query}`;
}

export interface OpenAppOptions extends PageOptions {
  /** Query string of the link to open (`?measure=c8` or `measure=c8`). */
  query?: string;
  /** Add `embed=1` (the article embed). */
  embed?: boolean;
  /** The interface language, through the link's `locale` parameter. */
  lang?: 'vi' | 'en';
  /** Wait until the map is ready (default true). */
  waitReady?: boolean;
}

export interface OpenedApp extends OpenedPage {
  app: AppDriver;
  url: string;
}

/** A fresh page on the app. With a session, the page is closed after the test. */
export async function openApp(on: BrowserSession | Browser, opts: OpenAppOptions = {}): Promise<OpenedApp> {
  // The query is kept byte for byte (hostile links must reach the app as written).
  const extra = [opts.lang && `locale=${opts.lang}`, opts.embed && 'embed=1'].filter(Boolean).join('&');
  const query = opts.query?.replace(/^\?/, '') ?? '';
  const url = appUrl([query, extra].filter(Boolean).join('&'));
  const opened = 'open' in on ? await on.open(url, opts) : await openPage(on, url, opts);
  const app = new AppDriver(opened.page);
  if (opts.waitReady ?? true) await app.waitReady();
  return { ...opened, app, url };
}

/** MapLibre's LngLatBounds.contains, on the bounds read by camera(). */
export function boundsContain([w, s, e, n]: Bounds, [lon, lat]: readonly [number, number]): boolean {
  const inLat = s <= lat && lat <= n;
  const inLon = w > e ? w >= lon && lon >= e : w <= lon && lon <= e;
  return inLat && inLon;
}

export class AppDriver {
  constructor(readonly surface: Surface) {}

  // ---- waiting ---------------------------------------------------------------------------------

  /** Data loaded and the layout drawn (map or no-WebGL fallback). */
  async waitLoaded(timeout = WAIT_MS): Promise<void> {
    await this.surface.waitForSelector('.layout', { timeout });
  }

  /** MapLibre's first `idle` with the data drawn (the app's `data-map-ready`). */
  async waitReady(timeout = WAIT_MS): Promise<void> {
    await this.surface.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', undefined, { timeout });
  }

  /**
   * The one "the map is still": no camera animation running, then the `idle` that follows a
   * repaint (MapLibre fires it only once nothing is animating and every tile is drawn), or a
   * bounded fallback. Returns at once when the page shows the no-WebGL fallback instead of a map.
   */
  async waitStill(): Promise<void> {
    const s = this.surface;
    await s.waitForFunction(
      () => !!document.querySelector('.map-fallback') || (!!window.__ntmDebug && !window.__ntmDebug.map.isMoving()),
      undefined,
      { timeout: WAIT_MS },
    ).catch((e: Error) => {
      throw new Error(`the map never came to rest (is window.__ntmTestHooks set?): ${e.message.split('\n')[0]}`);
    });
    await s.evaluate(
      (fallbackMs) =>
        new Promise<void>((resolve) => {
          const map = window.__ntmDebug?.map;
          if (!map) return resolve();
          const timer = setTimeout(resolve, fallbackMs);
          map.once('idle', () => {
            clearTimeout(timer);
            resolve();
          });
          map.triggerRepaint();
        }),
      IDLE_FALLBACK_MS,
    );
  }

  // ---- choices ---------------------------------------------------------------------------------

  async selectMeasure(measure: string): Promise<void> {
    await this.surface.locator('.measure-picker select').selectOption(measure);
    await this.waitStill();
  }

  async selectYear(year: number): Promise<void> {
    await this.surface.locator(`.year-control input[value="${year}"]`).check();
    await this.waitStill();
  }

  /**
   * Selects a commune by its full name ("Xã Ka Đô"): its button in the pilot list (default, or
   * tapped on a phone), a search typed without diacritics, its row in the data table, or a click
   * on the map at its label point. Returns once the panel shows it and the map is still.
   */
  async selectCommune(
    name: string,
    how: { by: 'list'; tap?: boolean } | { by: 'search'; query: string } | { by: 'table' } | { by: 'click'; lngLat: readonly [number, number] } = { by: 'list' },
  ): Promise<void> {
    const s = this.surface;
    if (how.by === 'list') {
      const button = s.getByRole('button', { name, exact: true }).first();
      await (how.tap ? button.tap() : button.click());
    } else if (how.by === 'search') {
      await this.chooseSearchHit(how.query, name);
    } else if (how.by === 'table') {
      await this.openTab('table');
      await s.locator('.data-table tbody').getByRole('button', { name, exact: true }).click();
    } else {
      const [p] = (await this.screenPoints([how.lngLat])).points;
      await s.locator('canvas.maplibregl-canvas').click({ position: { x: p!.x - p!.canvasLeft, y: p!.y - p!.canvasTop } });
    }
    await this.waitPanelShows(name);
    await this.waitStill();
  }

  /** Types `query` in the search box and takes its first hit once it is `name` (the keyboard way).
   *  Waits for nothing else: it works before the map exists (issue 14). */
  async chooseSearchHit(query: string, name: string): Promise<void> {
    const s = this.surface;
    const box = s.locator('.search-box').getByRole('combobox');
    await box.fill(query);
    // ArrowDown takes the first hit: wait until the first hit is the one asked for.
    await s.waitForFunction(
      (n) => document.querySelector('.search-box [role="option"] .search-label')?.textContent === n,
      name,
      { timeout: WAIT_MS },
    );
    await box.press('ArrowDown');
    await box.press('Enter');
  }

  /** Chooses a cell of the leaders' district × criterion grid (opens that tab): the map is
   *  coloured by the column's measure and the district selected. */
  async chooseGridCell(districtCode: string, column: string, districtName: string): Promise<void> {
    await this.openTab('leaders');
    await this.surface.locator(`.grid-table tr[data-district="${districtCode}"] td[data-col="${column}"] button`).click();
    await this.waitPanelShows(districtName);
    await this.waitStill();
  }

  /** Selects a district by its full name from the leaders' comparison table (opens that tab). */
  async selectDistrict(fullName: string): Promise<void> {
    await this.openTab('leaders');
    await this.surface.locator('.district-comparison').getByRole('button', { name: fullName, exact: true }).click();
    await this.waitPanelShows(fullName);
    await this.waitStill();
  }

  async openTab(tab: Tab, opts: { tap?: boolean } = {}): Promise<void> {
    const s = this.surface;
    const button = s.locator('.tabs [role="tab"]').nth(TAB_INDEX[tab]);
    await (opts.tap ? button.tap() : button.click());
    await s.waitForFunction((i) => document.querySelectorAll('.tabs [role="tab"]')[i]?.getAttribute('aria-selected') === 'true', TAB_INDEX[tab], { timeout: WAIT_MS });
    if (tab === 'table') await s.locator('.data-table tbody tr').first().waitFor({ state: 'visible', timeout: WAIT_MS });
    else if (tab === 'leaders') await s.locator('.leaders-view').waitFor({ state: 'visible', timeout: WAIT_MS });
    else await this.waitStill();
  }

  /** The interface language, with the header's toggle. */
  async setLanguage(lang: 'vi' | 'en'): Promise<void> {
    await this.surface.locator(`.lang-toggle button[lang="${lang}"]`).click();
    await this.surface.waitForFunction((l) => document.documentElement.lang === l, lang, { timeout: WAIT_MS });
  }

  /** The OpenStreetMap basemap checkbox (both languages name it after OpenStreetMap). */
  async setBasemap(on: boolean): Promise<void> {
    await this.surface.getByLabel(/OpenStreetMap/).setChecked(on);
    await this.waitStill();
  }

  /** The map's "show the whole province" control (issue 14), in either language; returns once the map is still. */
  async pressResetView(): Promise<void> {
    await this.resetViewButton().click();
    await this.waitStill();
  }

  resetViewButton() {
    return this.surface.getByRole('button', { name: /^(Xem toàn tỉnh|Show the whole province)$/ });
  }

  /** The iframe code of the share dialog ("Chia sẻ, nhúng"), as a reader would copy it. */
  /** The embed code of the share dialog; `player`: with the year slider and play option ticked. */
  async embedCode(opts: { player?: boolean } = {}): Promise<string> {
    const s = this.surface;
    await s.locator('button.export-share').click();
    const code = s.locator('.share-dialog textarea.share-code');
    if (opts.player) await s.locator('.share-dialog .share-player input').check();
    await s.waitForFunction((p) => {
      const v = document.querySelector<HTMLTextAreaElement>('.share-dialog textarea.share-code')?.value ?? '';
      return v.includes('<iframe') && (!p || v.includes('player=1'));
    }, !!opts.player, { timeout: WAIT_MS });
    const snippet = await code.inputValue();
    await code.press('Escape');
    return snippet;
  }

  async waitPanelShows(name: string): Promise<void> {
    await this.surface.waitForFunction((n) => (document.querySelector('.panel')?.textContent ?? '').includes(n), name, { timeout: WAIT_MS });
  }

  // ---- what the map shows ----------------------------------------------------------------------

  async camera(): Promise<Camera> {
    return this.surface.evaluate(() => {
      const m = window.__ntmDebug!.map;
      const c = m.getCenter();
      const b = m.getBounds();
      return { lon: c.lng, lat: c.lat, zoom: m.getZoom(), bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as Bounds };
    });
  }

  /** The map canvas's size in CSS pixels. */
  async canvasSize(): Promise<{ w: number; h: number }> {
    return this.surface.evaluate(() => {
      const c = window.__ntmDebug!.map.getCanvas();
      return { w: c.clientWidth, h: c.clientHeight };
    });
  }

  /** Where geographic points are on screen (viewport pixels), with the canvas's rectangle. */
  async screenPoints(lngLats: readonly (readonly [number, number])[]) {
    return this.surface.evaluate((pts) => {
      const map = window.__ntmDebug!.map;
      const r = map.getCanvas().getBoundingClientRect();
      const rect = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      const points = pts.map((lp) => {
        const p = map.project(lp as [number, number]);
        return { x: r.left + p.x, y: r.top + p.y, canvasLeft: r.left, canvasTop: r.top };
      });
      return { rect, points };
    }, lngLats);
  }

  /**
   * The colour drawn around geographic points: the per-channel median of a (2r+1)² block of a
   * screenshot (so a hatch's thin lines or an anti-aliased edge do not decide it), with the map's
   * DOM labels hidden for the shot. Page surfaces only.
   */
  async mapColorsAt(lngLats: readonly (readonly [number, number])[], r = 4): Promise<RGB[]> {
    const page = this.surface as Page;
    const { points } = await this.screenPoints(lngLats);
    const png = await page.screenshot({ style: '.district-label, .commune-label, .maplibregl-ctrl { visibility: hidden !important; }' });
    await installPngDecoder(page);
    return page.evaluate(
      async ({ b64, pts, r }) => {
        const ctx = await window.__pngContext!(b64);
        return pts.map((p) => {
          const d = ctx.getImageData(Math.round(p.x) - r, Math.round(p.y) - r, 2 * r + 1, 2 * r + 1).data;
          const ch = [0, 1, 2].map((c) => {
            const v: number[] = [];
            for (let i = c; i < d.length; i += 4) v.push(d[i]!);
            v.sort((a, b) => a - b);
            return v[v.length >> 1]!;
          });
          return ch as unknown as [number, number, number];
        });
      },
      { b64: png.toString('base64'), pts: points, r },
    );
  }

  /** Legend swatch colours as drawn (computed background), by class key. */
  async legendSwatchColors(): Promise<Record<string, string>> {
    return this.surface.evaluate(() => {
      const out: Record<string, string> = {};
      for (const tr of document.querySelectorAll<HTMLTableRowElement>('.legend tr[data-class]')) {
        const sw = tr.querySelector<HTMLElement>('.swatch');
        if (sw) out[tr.dataset.class!] = getComputedStyle(sw).backgroundColor;
      }
      return out;
    });
  }

  /** The basemap's notice beside its toggle (role=status), or null when there is none. */
  async basemapNotice(): Promise<{ role: string | null; text: string } | null> {
    return this.surface.evaluate(() => {
      const el = document.querySelector('.basemap-notice');
      return el ? { role: el.getAttribute('role'), text: el.textContent ?? '' } : null;
    });
  }

  /** True once the basemap's raster source has tiles loaded for the view. */
  async basemapLoaded(): Promise<boolean> {
    return this.surface.evaluate(() => {
      const m = window.__ntmDebug!.map;
      return !!m.getSource('osm') && m.isSourceLoaded('osm');
    });
  }

  /** The commune names drawn on the map now (issue 14): text, box (viewport px) and font size. */
  async communeLabels(): Promise<{ id: string; text: string; box: { x: number; y: number; w: number; h: number }; fontPx: number; shadow: string }[]> {
    return this.surface.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.commune-label')]
        .filter((el) => el.checkVisibility())
        .map((el) => {
          const r = el.getBoundingClientRect();
          const cs = getComputedStyle(el);
          return { id: el.dataset.id ?? '', text: el.textContent ?? '', box: { x: r.left, y: r.top, w: r.width, h: r.height }, fontPx: parseFloat(cs.fontSize), shadow: cs.textShadow };
        }),
    );
  }

  /** The district labels' boxes (viewport px). */
  async districtLabelBoxes(): Promise<{ x: number; y: number; w: number; h: number }[]> {
    return this.surface.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.district-label')].filter((el) => el.checkVisibility()).map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.left, y: r.top, w: r.width, h: r.height };
      }),
    );
  }

  /** Unique commune ids MapLibre has drawn (a polygon comes back once per tile it crosses). */
  async renderedUnitIds(): Promise<string[]> {
    return this.surface.evaluate(() => {
      const map = window.__ntmDebug?.map;
      if (!map) return [];
      const feats = map.queryRenderedFeatures({ layers: ['commune-fill'] });
      return [...new Set(feats.map((f) => String(f.properties?.gso)))];
    });
  }

  async layerFilter(layerId: string): Promise<unknown> {
    return this.surface.evaluate((id) => window.__ntmDebug!.map.getFilter(id) as unknown, layerId);
  }

  /** Style layer ids, bottom to top. */
  async layerOrder(): Promise<string[]> {
    return this.surface.evaluate(() => window.__ntmDebug!.map.getStyle().layers.map((l) => l.id));
  }

  /** The fill colour the map holds for each commune (its feature state). */
  async communeColors(ids: readonly string[]): Promise<Record<string, string | undefined>> {
    return this.surface.evaluate((list) => {
      const map = window.__ntmDebug!.map;
      return Object.fromEntries(list.map((id) => [id, map.getFeatureState({ source: 'communes', id }).color as string | undefined]));
    }, [...ids]);
  }

  /** Legend rows as { classKey: count }. */
  async legendCounts(): Promise<Record<string, number>> {
    return this.surface.evaluate(() => {
      const out: Record<string, number> = {};
      for (const tr of document.querySelectorAll<HTMLTableRowElement>('.legend tr[data-class]')) {
        out[tr.dataset.class!] = Number(tr.querySelector('.legend-count')?.textContent ?? 'NaN');
      }
      return out;
    });
  }

  // ---- today's geography (issue 13) ----------------------------------------------------------

  /** Chooses the boundaries shown with the geography control; returns once that map is drawn. */
  async setGeography(id: '2020' | '2025'): Promise<void> {
    const s = this.surface;
    await s.locator(`.geography-control input[value="${id}"]`).check();
    await this.waitGeography(id);
  }

  /** The geography the control says is shown, its map drawn and still. */
  async waitGeography(id: '2020' | '2025'): Promise<void> {
    const units = id === '2025' ? 124 : 142;
    await this.surface.waitForFunction(
      ([g, n]) => {
        if (!document.querySelector(`.geography-control[data-geography="${g}"]`)) return false;
        if (document.documentElement.dataset.mapReady !== 'true') return false;
        // The legend of that geography (switched in the same render as the map's geometry).
        const counts = [...document.querySelectorAll('.legend tr[data-class] .legend-count')].map((c) => Number(c.textContent));
        return counts.reduce((a, b) => a + b, 0) === n;
      },
      [id, units] as const,
      { timeout: WAIT_MS },
    );
    await this.waitStill();
  }

  /** The labels of the search's hits for a query (the list shown to the reader). */
  async searchHits(query: string): Promise<string[]> {
    const s = this.surface;
    await s.locator('.search-box').getByRole('combobox').fill(query);
    await s.locator('.search-box [role="option"]').first().waitFor({ state: 'attached', timeout: WAIT_MS });
    return s.locator('.search-box [role="option"] .search-label').allTextContents();
  }

  /** Types a query and opens its first hit (Enter); returns once today's panel shows `name`. */
  async openFirstHit(query: string, name: string): Promise<void> {
    const s = this.surface;
    await this.searchHits(query);
    const box = s.locator('.search-box').getByRole('combobox');
    await box.press('ArrowDown');
    await box.press('Enter');
    await this.waitPanelShows(name);
    await this.waitStill();
  }

  /** The panel of one of today's units: its code, name and former units with their cells. */
  async todayPanel(): Promise<{ code: string; title: string; summary: string; predecessors: { code: string; name: string; district: string; province: string; share: string; years: Record<string, string> }[] }> {
    const s = this.surface;
    await s.locator('.today-panel').waitFor({ state: 'visible', timeout: WAIT_MS });
    return s.evaluate(() => {
      const p = document.querySelector<HTMLElement>('.today-panel')!;
      const text = (el: Element, sel: string) => el.querySelector(sel)?.textContent ?? '';
      return {
        code: p.dataset.code ?? '',
        title: p.querySelector('h2')?.textContent ?? '',
        summary: p.querySelector('.rollup-summary')?.textContent ?? '',
        predecessors: [...p.querySelectorAll<HTMLElement>('ul.predecessors > li')].map((li) => ({
          code: li.dataset.oldCode ?? '',
          name: text(li, '.p-name'),
          district: text(li, '.p-district'),
          province: text(li, '.p-province'),
          share: text(li, '.p-share'),
          years: Object.fromEntries([...li.querySelectorAll<HTMLElement>('[data-year]')].map((y) => [y.dataset.year!, y.querySelector('dd')?.textContent ?? ''])),
        })),
      };
    });
  }

  /** Clicks the "go to Phú Quý" control of today's map; returns once its panel is open. */
  async goToIsland(): Promise<void> {
    await this.surface.locator('.geography-control button.geo-island').click();
    await this.surface.locator('.today-panel[data-code]').waitFor({ state: 'visible', timeout: WAIT_MS });
    await this.waitStill();
  }

  /** `typeof window.__ntmDebug` in the page: 'undefined' unless the test hooks were set. */
  async debugHookType(): Promise<string> {
    return this.surface.evaluate(() => typeof window.__ntmDebug);
  }
}
