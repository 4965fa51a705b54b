// Store ⇄ URL wiring in jsdom (no map): start-up from a link, push on navigational changes,
// replace on the rest, back/forward, canonical rewrite of old and garbage links.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULTS, useApp } from '../state/store';
import { makeFixture } from '../../test/fixtures/app/ntm.fixture';
import { appBaseUrl, isEmbedPage, permalink, startUrlSync } from './useUrlSync';
import { peekCameraRequest, registerMapController, requestCamera, type MapHandle } from './mapRegistry';
import type { Camera } from '../domain/geo';

/** A map that is ready at once and reports a fixed camera (the sync only reads it). */
function fakeHandle(camera: Camera): MapHandle & { moveEnd: () => void } {
  let listener: (() => void) | null = null;
  return {
    whenReady: () => Promise.resolve(),
    whenIdle: () => Promise.resolve(),
    getCamera: () => ({ ...camera }),
    onMoveEnd: (cb) => {
      listener = cb;
      return () => (listener = null);
    },
    captureImage: () => Promise.reject(new Error('not in jsdom')),
    snapshotPng: () => null,
    moveEnd: () => listener?.(),
  };
}

let stop: (() => void) | null = null;

function open(query: string) {
  window.history.replaceState(null, '', `/${query}`);
  useApp.setState({ ...DEFAULTS, data: null, load: { kind: 'loading' }, selection: null, hovered: null });
  stop = startUrlSync();
}

function loadData() {
  useApp.getState().setData(makeFixture());
}

function popTo(delta: number): Promise<void> {
  return new Promise((resolve) => {
    window.addEventListener('popstate', () => setTimeout(resolve, 0), { once: true });
    window.history.go(delta);
  });
}

beforeEach(() => {
  stop?.();
  stop = null;
});
afterEach(() => {
  stop?.();
  stop = null;
  registerMapController(null);
  requestCamera(null);
});

describe('URL sync', () => {
  it('applies a link at once; the selection is checked against the data when it arrives', () => {
    open('?v=1&measure=c8&year=2023&commune=24943&locale=en');
    expect(useApp.getState()).toMatchObject({ measure: 'c8', year: 2023, locale: 'en', selection: { kind: 'commune', gso: '24943' } });
    loadData();
    expect(useApp.getState().selection).toEqual({ kind: 'commune', gso: '24943' });
    expect(window.location.search).toBe('?v=2&measure=c8&year=2023&commune=24943&geo=2020&locale=en');
  });

  it('rewrites an old or dirty link into its canonical form without adding history', () => {
    open('?sel=24943&lang=en&measure=<script>&utm_source=news&year=2023&year=2024');
    const len = window.history.length;
    loadData();
    expect(window.location.search).toBe('?v=2&commune=24943&geo=2020&locale=en');
    expect(window.history.length).toBe(len);
  });

  it('drops a commune code the dataset does not know', () => {
    open('?v=1&commune=99999&measure=c3');
    expect(useApp.getState().selection).toEqual({ kind: 'commune', gso: '99999' }); // well-formed: kept until the data says otherwise
    loadData();
    expect(useApp.getState().selection).toBeNull();
    expect(window.location.search).toBe('?v=2&measure=c3&geo=2020');
  });

  it('pushes selection, measure and year; replaces language, basemap, mode and tab', () => {
    open('');
    loadData();
    const len0 = window.history.length;
    useApp.getState().select({ kind: 'commune', gso: '24943' });
    useApp.getState().setMeasure('c8');
    useApp.getState().setYear(2023);
    expect(window.history.length).toBe(len0 + 3);
    useApp.getState().setLocale('en');
    useApp.getState().setBasemap(true);
    useApp.getState().setDistrictMode(true);
    useApp.getState().setView('table');
    expect(window.history.length).toBe(len0 + 3);
    expect(window.location.search).toBe('?v=2&measure=c8&year=2023&commune=24943&geo=2020&mode=district&view=table&locale=en&basemap=1');
  });

  it('back and forward step through selections and measures', async () => {
    open('');
    loadData();
    useApp.getState().select({ kind: 'commune', gso: '24943' });
    useApp.getState().setMeasure('c8');
    await popTo(-1);
    expect(useApp.getState()).toMatchObject({ measure: 'status', selection: { kind: 'commune', gso: '24943' } });
    await popTo(-1);
    expect(useApp.getState().selection).toBeNull();
    await popTo(1);
    expect(useApp.getState().selection).toEqual({ kind: 'commune', gso: '24943' });
    // Going back did not itself add entries: forward still reaches the last one.
    await popTo(1);
    expect(useApp.getState().measure).toBe('c8');
  });

  it('permalink carries the view, absolute, on the app path', () => {
    expect(permalink({ measure: 'c8', year: 2023, selection: { kind: 'commune', gso: '24943' } })).toBe(
      `${window.location.origin}/?v=2&measure=c8&year=2023&commune=24943`,
    );
  });

  it('issue 17: the embed page is embed.html beside index.html; its link to the full map leaves it', () => {
    expect(permalink({ measure: 'c8', embed: true })).toBe(`${window.location.origin}/embed.html?v=2&measure=c8&embed=1`);
    window.history.replaceState(null, '', '/ban-do/embed.html?v=1&measure=c8');
    expect(isEmbedPage()).toBe(true);
    expect(appBaseUrl()).toBe(`${window.location.origin}/ban-do/`);
    expect(permalink({ measure: 'c8' })).toBe(`${window.location.origin}/ban-do/?v=2&measure=c8`);
    expect(permalink({ measure: 'c8', embed: true })).toBe(`${window.location.origin}/ban-do/embed.html?v=2&measure=c8&embed=1`);
    // Old embed codes: index.html with embed=1.
    window.history.replaceState(null, '', '/ban-do/?v=1&embed=1');
    expect(isEmbedPage()).toBe(true);
    window.history.replaceState(null, '', '/ban-do/index.html?v=1');
    expect(isEmbedPage()).toBe(false);
    expect(appBaseUrl()).toBe(`${window.location.origin}/ban-do/index.html`);
  });

  it('issue 17: on the embed page every write is a replace and the page stays embed.html', () => {
    window.history.replaceState(null, '', '/embed.html?measure=c8');
    useApp.setState({ ...DEFAULTS, data: null, load: { kind: 'loading' }, selection: null, hovered: null });
    const length = window.history.length;
    stop = startUrlSync();
    loadData();
    useApp.getState().setYear(2023);
    expect(window.location.pathname).toBe('/embed.html');
    expect(window.location.search).toBe('?v=2&measure=c8&year=2023&embed=1');
    expect(window.history.length).toBe(length);
  });

  it('issue 17: a short hash is kept, an over-long one is never written back', () => {
    open('?measure=c8#data-table');
    loadData();
    useApp.getState().setYear(2023);
    expect(window.location.hash).toBe('#data-table');
    stop?.();
    open(`?measure=c8#${'x'.repeat(100_000)}`);
    loadData();
    expect(window.location.hash).toBe('');
    expect(window.location.search).toBe('?v=2&measure=c8');
  });

  it("a link's camera is a request to the map, never a move made by the sync", async () => {
    open('?v=1&lat=11.94&lon=108.44&zoom=11');
    expect(peekCameraRequest()).toEqual({ camera: { lat: 11.94, lon: 108.44, zoom: 11 }, fromLink: true });
    loadData();
    // Until the map has applied it, the link keeps its camera.
    expect(window.location.search).toBe('?v=2&lat=11.94&lon=108.44&zoom=11');
  });

  it('follows the camera on move-end once the map is ready, and leaves the home framing out', async () => {
    open('');
    loadData();
    const home = { lat: 11.8, lon: 108, zoom: 8 };
    const cam = { ...home };
    const h = fakeHandle(cam);
    registerMapController(h);
    await Promise.resolve();
    await Promise.resolve();
    h.moveEnd();
    expect(window.location.search).toBe('');
    Object.assign(cam, { lat: 11.5, lon: 107.9, zoom: 10 });
    h.moveEnd();
    expect(window.location.search).toBe('?v=2&lat=11.5&lon=107.9&zoom=10');
  });

  it('back to an entry with a camera asks the map for it', async () => {
    open('');
    loadData();
    const cam = { lat: 11.8, lon: 108, zoom: 8 };
    const h = fakeHandle(cam);
    registerMapController(h);
    await Promise.resolve();
    await Promise.resolve();
    Object.assign(cam, { lat: 11.5, lon: 107.9, zoom: 10 });
    h.moveEnd();
    useApp.getState().setMeasure('c8'); // a pushed entry whose camera is the moved one
    Object.assign(cam, { lat: 12, lon: 108.2, zoom: 9 });
    h.moveEnd();
    requestCamera(null);
    await popTo(-1);
    expect(useApp.getState().measure).toBe('status');
    expect(peekCameraRequest()).toEqual({ camera: { lat: 11.5, lon: 107.9, zoom: 10 }, fromLink: false });
  });
});
