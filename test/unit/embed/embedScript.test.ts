// public/embed.js (issue 17), run in jsdom as a host page runs it: it resizes only the iframes its
// own embed code made (data-ntm-map, src on the script's own site), to a clamped height, at most
// once per iframe every 250 ms (a burst's last height wins). test/e2e/embed-guard.spec.ts runs it
// in Chromium with a hostile third iframe.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi as vitest } from 'vitest';

const SOURCE = readFileSync('public/embed.js', 'utf8');
const APP = 'https://bando-ntm.example.gov.vn';

/** A host page: the snippet's iframes, then embed.js loaded from `scriptSrc`. */
function host(frames: string, scriptSrc: string | null = `${APP}/ban-do/embed.js`) {
  delete (window as unknown as { ntmMapEmbed?: number }).ntmMapEmbed;
  document.body.innerHTML = frames;
  Object.defineProperty(document, 'currentScript', { configurable: true, get: () => (scriptSrc ? { src: scriptSrc } : null) });
  new Function(SOURCE)();
  Object.defineProperty(document, 'currentScript', { configurable: true, get: () => null });
}

const frame = (id: string) => document.getElementById(id) as HTMLIFrameElement;
function post(from: HTMLIFrameElement, height: unknown, origin = new URL(from.src).origin) {
  window.dispatchEvent(new MessageEvent('message', { data: { type: 'ntm-map:height', height }, origin, source: from.contentWindow }));
}

// Each host() adds a listener; the page is new for every test.
const listeners: EventListenerOrEventListenerObject[] = [];
const add = window.addEventListener;
beforeEach(() => {
  vitest.useFakeTimers();
  window.addEventListener = ((type: string, fn: EventListenerOrEventListenerObject, o?: boolean | AddEventListenerOptions) => {
    if (type === 'message') listeners.push(fn);
    add.call(window, type, fn, o);
  }) as typeof window.addEventListener;
});
afterEach(() => {
  window.addEventListener = add;
  for (const fn of listeners.splice(0)) window.removeEventListener('message', fn);
  vitest.useRealTimers();
});

const OURS = `<iframe id="ours" src="${APP}/ban-do/embed.html?v=1&embed=1" height="760" data-ntm-map></iframe>`;
// What src/url/embedCode.ts generated before embed.html existed: the index with embed=1.
const OLD = `<iframe id="old" src="${APP}/ban-do/?v=1&amp;measure=c8&amp;year=2023&amp;commune=24943&amp;embed=1" title="t" aria-label="t" loading="lazy" width="100%" height="760" style="border:0" data-ntm-map></iframe>`;

describe('embed.js', () => {
  it('resizes our marked frames, new and old embed codes alike', () => {
    host(OURS + OLD);
    post(frame('ours'), 812.3);
    post(frame('old'), 640);
    expect(frame('ours').style.height).toBe('813px');
    expect(frame('old').style.height).toBe('640px');
  });

  it('ignores a frame without the marker, a marked frame of another site, a sender that is not the frame', () => {
    host(
      OURS +
        `<iframe id="unmarked" src="${APP}/ban-do/embed.html?embed=1"></iframe>` +
        `<iframe id="foreign" src="https://ads.example.com/x.html" data-ntm-map></iframe>`,
    );
    post(frame('unmarked'), 900);
    post(frame('foreign'), 900);
    // Our frame's window, but the message claims another origin (it navigated away, or a forgery).
    post(frame('ours'), 900, 'https://ads.example.com');
    expect(frame('unmarked').style.height).toBe('');
    expect(frame('foreign').style.height).toBe('');
    expect(frame('ours').style.height).toBe('');
  });

  it('ignores our marked frames when the script itself comes from another site', () => {
    host(OURS, 'https://cdn.other.example/embed.js');
    post(frame('ours'), 900);
    expect(frame('ours').style.height).toBe('');
  });

  it('clamps heights to 150-5000 px and ignores what is not a positive number', () => {
    host(OURS);
    post(frame('ours'), 99_999);
    expect(frame('ours').style.height).toBe('5000px');
    vitest.advanceTimersByTime(300);
    post(frame('ours'), 10);
    expect(frame('ours').style.height).toBe('150px');
    for (const h of ['NaN', null, -5, 0, '<b>', {}]) {
      vitest.advanceTimersByTime(300);
      post(frame('ours'), h);
      expect(frame('ours').style.height).toBe('150px');
    }
  });

  it('a burst resizes at most once per 250 ms, and its last height wins', () => {
    host(OURS);
    const sizes: string[] = [];
    new MutationObserver(() => sizes.push(frame('ours').style.height)).observe(frame('ours'), { attributes: true });
    for (let i = 0; i < 50; i++) post(frame('ours'), i % 2 ? 9997 : 200 + i);
    expect(frame('ours').style.height).toBe('200px'); // the first, at once
    vitest.advanceTimersByTime(249);
    expect(frame('ours').style.height).toBe('200px');
    vitest.advanceTimersByTime(1);
    expect(frame('ours').style.height).toBe('5000px'); // the burst's last (9997, clamped)
    vitest.advanceTimersByTime(5000);
    return Promise.resolve().then(() => expect(sizes.length).toBeLessThanOrEqual(2));
  });
});
