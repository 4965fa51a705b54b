// Issue 13 part C: the data desk on the built site checks a 2026 table with the build's rules, with
// today's codes from data/codes.json: an old code and an old criterion on a 2026 row are listed with
// their line and column, and the 2026 template's rows on today's codes pass.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { screenshot } from './helpers/browser';
import { openDesk } from './helpers/desk';
import { useBrowser } from './helpers/session';

const session = useBrowser();
const fixture = (name: string) => readFileSync(`test/fixtures/data/bad-2026/${name}`);

describe('the data desk, 2026 rows', () => {
  it('an old code on a 2026 row: the error names today\'s unit, with line and column', async () => {
    const { desk, page } = await openDesk(session);
    await desk.check({ name: 'ket-qua-2026.csv', bytes: fixture('old-code-2026.csv') });
    const errs = await desk.issues('error');
    expect(errs.map((e) => [e.line, e.field])).toEqual([[3, 'gso']]);
    expect(errs[0]!.text).toMatch(/^mã 24946 \(Xã Quảng Lập, Huyện Đơn Dương, Lâm Đồng\) không còn từ 1\/7\/2025: nay thuộc 24955 Xã Quảng Lập/);
    expect(errs[0]!.where).toBe('dòng 3, cột gso');
    await page.locator('.desk-result').scrollIntoViewIfNeeded();
    await screenshot(page, 'desk-2026-old-code');
  });
  it('a 2021–2025 criterion filled on a 2026 row is listed on its column', async () => {
    const { desk } = await openDesk(session);
    await desk.check({ name: 'kq.csv', bytes: fixture('old-criterion-2026.csv') });
    const errs = await desk.issues('error');
    expect(errs.map((e) => [e.line, e.field])).toEqual([[2, 'tc11']]);
    expect(errs[0]!.text).toMatch(/"tc11" là tiêu chí 11 của bộ 2021–2025/);
  });
  it('the 2026 template\'s rows on today\'s codes pass', async () => {
    const { desk } = await openDesk(session);
    await desk.check({ name: 'kq.csv', bytes: fixture('ok-2026.csv') });
    expect(await desk.issues('error')).toEqual([]);
  });
});
