// Helpers for the robustness and accessibility specs: CSP violations (recorded by every page of
// browser.ts), the script-execution sentinel, axe-core audits, touch-target and overflow measurements.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** `window.__pwned` is a sentinel that hostile payloads try to set. */
export async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

// ---- axe-core -----------------------------------------------------------------------------------

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

const AXE_SOURCE = () => readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) in the page. axe is evaluated through the DevTools
 * protocol, which a page's CSP does not govern: `page.addScriptTag({ path })` inserts an inline
 * <script>, and the app's strict `script-src 'self'` (rightly) blocks it.
 */
export async function runAxe(page: Page, opts: { include?: string; exclude?: string[] } = {}): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(AXE_SOURCE());
  return page.evaluate(async ({ include, exclude }) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const context = { include: include ? [include] : [document], exclude: (exclude ?? []).map((s) => [s]) };
    const r = await axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, opts);
}

export function byImpact(violations: readonly AxeViolation[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const v of violations) (out[v.impact ?? 'unknown'] ??= []).push(`${v.id} (${v.nodes.length}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  return out;
}

export const seriousOrCritical = (v: readonly AxeViolation[]) => v.filter((x) => x.impact === 'serious' || x.impact === 'critical');

// ---- layout measurements --------------------------------------------------------------------------

export interface TargetSize {
  what: string;
  width: number;
  height: number;
}

/**
 * Every visible interactive element with its tap area. A radio or checkbox is measured by its
 * <label> (the label is what a finger taps). Visually hidden elements and the map canvas are skipped.
 */
export async function touchTargets(page: Page, within = 'body'): Promise<TargetSize[]> {
  return page.evaluate((root) => {
    const out: { what: string; width: number; height: number }[] = [];
    const sel = 'button, a[href], input:not([type=hidden]), select, textarea, [role="tab"], [role="option"], [tabindex="0"]:not(canvas)';
    for (const el of document.querySelector(root)!.querySelectorAll<HTMLElement>(sel)) {
      if (el.closest('.sr-only') || el.classList.contains('skip-link')) continue;
      const target = (el.matches('input[type=radio], input[type=checkbox]') && el.closest('label')) || el;
      const r = target.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
      const name = (el.getAttribute('aria-label') || el.textContent || (el as HTMLInputElement).value || '').trim().replace(/\s+/g, ' ').slice(0, 40);
      out.push({ what: `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${name}"`, width: Math.round(r.width), height: Math.round(r.height) });
    }
    return out;
  }, within);
}

/** How far the page scrolls sideways (0 = no horizontal scroll). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth);
}
