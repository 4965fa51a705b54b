// The desk driver: the officers' data desk (desk.html) in its users' words: open it, choose a
// file (Playwright's setInputFiles, as a person's file picker), read the check's result (counts,
// the listed issues with their line and column, the diff by year), switch the preview, download
// a file (the browser's download event) and open a listed row. Specs call this, never the page.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { appUrl } from './driver';
import { type OpenedPage, type PageOptions } from './browser';
import type { BrowserSession } from './session';

const WAIT_MS = 30_000;

export interface ListedIssue {
  level: 'error' | 'warning';
  line: number | null;
  field: string | null;
  where: string;
  text: string;
}

export interface Downloaded {
  name: string;
  bytes: Buffer;
}

export interface OpenedDesk extends OpenedPage {
  desk: DeskDriver;
}

/** A fresh page on desk.html, waiting until the published data is loaded (unless told not to). */
export async function openDesk(session: BrowserSession, opts: PageOptions & { lang?: 'vi' | 'en'; waitReady?: boolean } = {}): Promise<OpenedDesk> {
  const opened = await session.open(appUrl().replace(/\/?$/, '/') + 'desk.html', opts);
  const desk = new DeskDriver(opened.page);
  if (opts.waitReady ?? true) await desk.waitReady();
  if (opts.lang === 'en') await desk.setLanguage('en');
  return { ...opened, desk };
}

export class DeskDriver {
  constructor(readonly page: Page) {}

  async waitReady(): Promise<void> {
    await this.page.waitForFunction(() => document.documentElement.dataset.deskReady === 'true', undefined, { timeout: WAIT_MS });
  }

  /** The preview's map is drawn (MapLibre's first idle with the data: the app's data-map-ready). */
  async waitMapReady(): Promise<void> {
    await this.page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', undefined, { timeout: WAIT_MS });
  }

  async setLanguage(lang: 'vi' | 'en'): Promise<void> {
    await this.page.locator(`.lang-toggle button[lang="${lang}"]`).click();
    await this.page.waitForFunction((l) => document.documentElement.lang === l, lang);
  }

  /** Chooses a file (a path, or a name and its bytes) and waits until its check is shown. */
  async check(file: string | { name: string; bytes: Buffer | Uint8Array }): Promise<void> {
    const before = await this.page.evaluate(() => document.documentElement.dataset.deskChecked ?? '');
    const payload = typeof file === 'string'
      ? { name: file.split('/').pop()!, mimeType: file.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv', buffer: readFileSync(file) }
      : { name: file.name, mimeType: file.name.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv', buffer: Buffer.from(file.bytes) };
    await this.page.locator('input.desk-file-input').setInputFiles(payload);
    await this.page.waitForFunction((b) => (document.documentElement.dataset.deskChecked ?? '') !== b, before, { timeout: WAIT_MS });
    await this.page.locator('.desk-result').waitFor({ timeout: WAIT_MS });
  }

  /** The check's counts, as the result shows them. */
  async summary(): Promise<{ errors: number; warnings: number; rows: number; text: string }> {
    const r = this.page.locator('.desk-result');
    const [errors, warnings, rows, text] = await Promise.all([r.getAttribute('data-errors'), r.getAttribute('data-warnings'), r.getAttribute('data-rows'), r.locator('.desk-summary').innerText()]);
    return { errors: Number(errors), warnings: Number(warnings), rows: Number(rows), text };
  }

  /** Every listed issue (collapsed groups included), in the order shown. */
  async issues(level?: 'error' | 'warning'): Promise<ListedIssue[]> {
    const all = await this.page.locator('li.desk-issue').evaluateAll((els) =>
      els.map((el) => ({
        level: (el.classList.contains('is-error') ? 'error' : 'warning') as 'error' | 'warning',
        line: el.getAttribute('data-line') ? Number(el.getAttribute('data-line')) : null,
        field: el.getAttribute('data-field') || null,
        where: el.querySelector('.desk-issue-where')?.textContent ?? '',
        text: el.querySelector('.desk-issue-text')?.textContent ?? '',
      })),
    );
    return level ? all.filter((i) => i.level === level) : all;
  }

  /** The "likely cause" lines shown first. */
  async causes(): Promise<string[]> {
    return this.page.locator('.desk-cause li').allInnerTexts();
  }

  /** Opens the row of a listed issue; returns the row's cells as "column: value" pairs. */
  async openRow(line: number): Promise<{ column: string; value: string; bad: boolean }[]> {
    const item = this.page.locator(`li.desk-issue[data-line="${line}"]`).first();
    // A collapsed group: open it first.
    await item.evaluate((el) => el.closest('details')?.setAttribute('open', ''));
    await item.locator('.desk-open-row').click();
    const viewer = this.page.locator(`.desk-row[data-open-line="${line}"]`);
    await viewer.waitFor();
    return viewer.locator('tbody tr').evaluateAll((rows) =>
      rows.map((r) => ({ column: r.querySelector('th')?.textContent ?? '', value: r.querySelector('td')?.textContent ?? '', bad: r.classList.contains('is-bad') })),
    );
  }

  /** The diff: total rows changed and each change with its commune code and year. */
  async diff(): Promise<{ total: number; changes: { gso: string; year: number; text: string }[] }> {
    const d = this.page.locator('.desk-diff');
    await d.waitFor({ timeout: WAIT_MS });
    const total = Number(await d.getAttribute('data-total'));
    const changes = await d.locator('li.desk-change').evaluateAll((els) =>
      els.map((el) => ({ gso: el.getAttribute('data-gso') ?? '', year: Number(el.getAttribute('data-year')), text: el.textContent ?? '' })),
    );
    return { total, changes };
  }

  /** The preview shows the checked file ('uploaded') or the published data. */
  async previewOf(which: 'uploaded' | 'published'): Promise<void> {
    const i = which === 'uploaded' ? 0 : 1;
    await this.page.locator('.desk-toggle button').nth(i).click();
    await this.page.waitForFunction((w) => document.querySelector('.desk-preview')?.getAttribute('data-preview-of') === w, which);
  }

  /** The publication time (local time, "YYYY-MM-DDTHH:MM:SS"). */
  async setPublicationTime(local: string): Promise<string> {
    const input = this.page.locator('input[name="published-at"]');
    await input.fill(local);
    return (await input.locator('xpath=following-sibling::span').innerText()).trim();
  }

  /** Clicks the button whose text matches and returns the file the browser downloads. */
  async download(button: RegExp): Promise<Downloaded> {
    const [dl] = await Promise.all([this.page.waitForEvent('download', { timeout: WAIT_MS }), this.page.getByRole('button', { name: button }).click()]);
    const path = await dl.path();
    return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
  }
}
