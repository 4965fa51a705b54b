// The first view's watchdog (issue 17), run as the browser runs it: its source evaluated in jsdom
// over the pre-JS shell. Real Chromium runs it too (test/e2e/resilience.spec.ts).
import { afterEach, beforeEach, describe, expect, it, vi as vitest } from 'vitest';
import { markStarted, WATCHDOG_ID } from '../../src/startup';
import { WATCHDOG_BOUND_MS, watchdogScript, watchdogSource } from './watchdog';

const SHELL = '<div id="root"><div class="app"><header></header><div class="layout"><main class="main"><div class="tabs fv-tabs"></div><section class="map-section"></section></main></div></div></div>';

/** The listeners each run added, removed after each test (every test starts from a fresh page). */
const added: [string, EventListenerOrEventListenerObject, boolean | AddEventListenerOptions | undefined][] = [];

function start(url = '/') {
  window.history.replaceState(null, '', url);
  document.documentElement.removeAttribute('data-app-started');
  document.body.innerHTML = SHELL;
  const original = window.addEventListener;
  window.addEventListener = (type: string, fn: EventListenerOrEventListenerObject, opts?: boolean | AddEventListenerOptions) => {
    added.push([type, fn, opts]);
    original.call(window, type, fn, opts);
  };
  try {
    // What the <script> element does: run the source in the page (global scope).
    new Function(watchdogSource())();
  } finally {
    window.addEventListener = original;
  }
}

/** A <script> that failed to load, as the browser reports it (an `error` event that does not bubble). */
function failScript() {
  const s = document.createElement('script');
  document.head.appendChild(s);
  s.dispatchEvent(new Event('error', { bubbles: false }));
}

const message = () => document.getElementById(WATCHDOG_ID);

beforeEach(() => vitest.useFakeTimers());
afterEach(() => {
  vitest.useRealTimers();
  message()?.remove();
  for (const [type, fn, opts] of added.splice(0)) window.removeEventListener(type, fn, opts);
});

describe('first view watchdog', () => {
  it('a script that fails to load shows the message at once, at the top of the map column, in Vietnamese', () => {
    start();
    expect(message()).toBeNull();
    failScript();
    const m = message()!;
    expect(m).not.toBeNull();
    expect(m.parentElement?.className).toBe('main');
    expect(m.getAttribute('role')).toBe('alert');
    expect(m.querySelector('h2')?.textContent).toBe('Bản đồ tương tác chưa mở được');
    expect(m.querySelector('button')?.textContent).toBe('Tải lại trang');
    const a = m.querySelector('a')!;
    expect(a.textContent).toBe('Tải bảng số liệu (CSV)');
    expect(a.getAttribute('href')).toBe('data/ban-do-ntm-lam-dong-bang-so-lieu-day-du.csv');
    // Shown once.
    failScript();
    expect(document.querySelectorAll(`#${WATCHDOG_ID}`)).toHaveLength(1);
  });

  it('follows the link\'s language (v1 locale=en, v0 lang=en)', () => {
    for (const q of ['/?v=1&locale=en', '/?lang=en']) {
      start(q);
      failScript();
      expect(message()?.querySelector('h2')?.textContent).toBe('The interactive map did not start');
      expect(message()?.querySelector('button')?.textContent).toBe('Reload the page');
      message()!.remove();
      for (const [type, fn, opts] of added.splice(0)) window.removeEventListener(type, fn, opts);
    }
  });

  it('an error thrown from our assets before the entry ran counts; other errors do not', () => {
    start();
    window.dispatchEvent(new ErrorEvent('error', { filename: 'https://x/ext/script.js', message: 'x' }));
    expect(message()).toBeNull();
    window.dispatchEvent(new ErrorEvent('error', { filename: 'https://x/ban-do/assets/index-abc.js', message: 'SyntaxError' }));
    expect(message()).not.toBeNull();
  });

  it('after the bound with no app it shows; not before', () => {
    start();
    vitest.advanceTimersByTime(WATCHDOG_BOUND_MS - 1);
    expect(message()).toBeNull();
    vitest.advanceTimersByTime(1);
    expect(message()).not.toBeNull();
  });

  it('once the entry has run it never shows, and the entry removes a message a slow load showed', () => {
    start();
    markStarted();
    failScript();
    vitest.advanceTimersByTime(WATCHDOG_BOUND_MS);
    expect(message()).toBeNull();

    start();
    vitest.advanceTimersByTime(WATCHDOG_BOUND_MS);
    expect(message()).not.toBeNull();
    markStarted();
    expect(message()).toBeNull();
  });

  it('drops an over-long hash before anything else runs, keeps a short one', () => {
    start(`/?v=1&measure=c8#${'a'.repeat(10_000)}`);
    expect(window.location.hash).toBe('');
    expect(window.location.search).toBe('?v=1&measure=c8');
    start('/?v=1#data-table');
    expect(window.location.hash).toBe('#data-table');
  });

  it('is small, ES5 and safe inside <script>', () => {
    const tag = watchdogScript();
    expect(tag.length).toBeLessThan(2000);
    const src = watchdogSource();
    expect(src).not.toMatch(/=>|\blet\b|\bconst\b|`/);
    expect(src.toLowerCase()).not.toContain('</script');
    expect(src).not.toMatch(/innerHTML|eval\(|document\.write/);
  });
});
