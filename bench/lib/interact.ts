// Interactions on the app page, timed inside the page (event timestamp → the paint that shows the
// result), so Node↔browser round trips are not counted. The map is read through window.__ntmDebug,
// which the app sets because measure.ts's newContext asks for the test hooks (enableTestHooks).
import type { Page } from 'playwright-core';

type Pt = { x: number; y: number; gso: string };

/** Distinct communes with a screen point inside each, at the province view. */
export async function communePoints(page: Page, n: number): Promise<Pt[]> {
  return page.evaluate((n) => {
    const map = window.__ntmDebug!.map;
    const r = map.getCanvas().getBoundingClientRect();
    const out: { x: number; y: number; gso: string }[] = [];
    const seen = new Set<string>();
    const step = 37;
    for (let y = 40; y < r.height - 40 && out.length < n; y += step)
      for (let x = 40; x < r.width - 40 && out.length < n; x += step) {
        // Only points where the canvas itself takes the pointer: a DOM district label or control on
        // top would swallow the click (3 of 17 selects timed out at 15 s each before this check).
        if (document.elementFromPoint(r.left + x, r.top + y) !== map.getCanvas()) continue;
        const f = map.queryRenderedFeatures([x, y], { layers: ['commune-fill'] })[0];
        const g = f ? String(f.properties?.gso) : null;
        if (g && !seen.has(g)) {
          seen.add(g);
          out.push({ x: r.left + x, y: r.top + y, gso: g });
        }
      }
    return out;
  }, n);
}

export async function measureOptions(page: Page): Promise<string[]> {
  return page.$$eval('.measure-picker select option', (os) => os.map((o) => (o as HTMLOptionElement).value));
}

/** Measure switch → the map repainted (next `idle`). */
export async function timeSwitch(page: Page, value: string): Promise<number> {
  return page.evaluate(async (value) => {
    const sel = document.querySelector<HTMLSelectElement>('.measure-picker select')!;
    const map = window.__ntmDebug!.map;
    const t0 = performance.now();
    const idle = new Promise<void>((r) => {
      map.once('idle', () => r());
      setTimeout(r, 5000);
    });
    sel.value = value;
    sel.dispatchEvent(new Event('change', { bubbles: true }));
    await idle;
    return performance.now() - t0;
  }, value);
}

/** Resets the camera to the province view and waits for it to be drawn. */
export async function resetCamera(page: Page, cam: { center: [number, number]; zoom: number }): Promise<void> {
  await page.evaluate(async (cam) => {
    const map = window.__ntmDebug!.map;
    map.stop();
    map.jumpTo(cam);
    await new Promise<void>((r) => {
      map.once('idle', () => r());
      map.triggerRepaint();
      setTimeout(r, 3000);
    });
  }, cam);
}

export async function camera(page: Page): Promise<{ center: [number, number]; zoom: number }> {
  return page.evaluate(() => {
    const m = window.__ntmDebug!.map;
    const c = m.getCenter();
    return { center: [c.lng, c.lat] as [number, number], zoom: m.getZoom() };
  });
}

/** Arms an in-page timer: from the first `event` on the map canvas to the paint after `done()` holds. */
async function arm(page: Page, event: 'click' | 'mousemove', kind: 'detail' | 'tooltip'): Promise<void> {
  await page.evaluate(
    ({ event, kind }) => {
      const w = window as unknown as { __pending?: Promise<number> };
      const canvas = document.querySelector('.map canvas')!;
      const read = () =>
        kind === 'detail'
          ? (document.querySelector('.detail-panel h2')?.textContent ?? '')
          : (document.querySelector('.map-tooltip')?.textContent ?? '');
      const before = read();
      w.__pending = new Promise<number>((resolve) => {
        let t0: number | null = null;
        canvas.addEventListener(event, (e) => { if (t0 === null) t0 = e.timeStamp; }, { capture: true });
        const mo = new MutationObserver(() => {
          const now = read();
          if (t0 !== null && now && now !== before) {
            mo.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0!), 0));
          }
        });
        mo.observe(document.body, { subtree: true, childList: true, characterData: true });
        setTimeout(() => resolve(NaN), 15000);
      });
    },
    { event, kind },
  );
}

const pending = (page: Page) => page.evaluate(() => (window as unknown as { __pending: Promise<number> }).__pending);

/** Click on a commune → its detail panel shown. */
export async function timeSelect(page: Page, p: Pt): Promise<number> {
  await arm(page, 'click', 'detail');
  await page.mouse.click(p.x, p.y);
  return pending(page);
}

/** Pointer onto a commune → its tooltip shown. */
export async function timeHover(page: Page, p: Pt): Promise<number> {
  await arm(page, 'mousemove', 'tooltip');
  await page.mouse.move(p.x, p.y);
  return pending(page);
}

/** Choosing a geography in the page → its map ready, its legend summing to its units, then `idle`. */
export async function timeGeography(page: Page, id: '2020' | '2025', units: number): Promise<number> {
  return page.evaluate(
    ([id, units]) =>
      new Promise<number>((resolve) => {
        const input = document.querySelector<HTMLInputElement>(`.geography-control input[value="${id}"]`)!;
        const t0 = performance.now();
        input.click();
        const check = () => {
          const sum = [...document.querySelectorAll('.legend tr[data-class] .legend-count')].reduce((s, c) => s + Number(c.textContent), 0);
          const map = window.__ntmDebug?.map;
          if (document.documentElement.dataset.mapReady === 'true' && sum === units && map) {
            const done = () => resolve(performance.now() - t0);
            if (!map.isMoving() && map.loaded()) done();
            else map.once('idle', done);
            return;
          }
          requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    [id, units] as const,
  );
}

