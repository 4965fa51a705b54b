// Today's geography (issue 13) in real Chromium: switching to today's 124 units, Phú Quý, search
// by former names, a new unit's former units, and old links reopening as before.
import { describe, expect, it } from 'vitest';
import { screenshot } from './helpers/browser';
import { openApp } from './helpers/driver';
import { useBrowser } from './helpers/session';

const session = useBrowser();
const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);

describe("today's geography", () => {
  it('switching to today\'s boundaries draws 124 units; the legend sums to 124; today\'s files load only then', async () => {
    const { page, app } = await openApp(session);
    const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /geo-2025|today\.json/.test(n)));
    expect(await loaded()).toEqual([]);
    expect(sum(await app.legendCounts())).toBe(142);
    await app.setGeography('2025');
    expect((await app.renderedUnitIds()).length).toBe(124);
    const counts = await app.legendCounts();
    expect(sum(counts)).toBe(124);
    expect(counts.no_data).toBe(73); // former Đắk Nông and Bình Thuận: no project data
    expect((await loaded()).length).toBe(2);
    await expect.poll(() => page.locator('.today-measure').textContent()).toContain('Kết quả 2021–2025 theo đơn vị hiện nay');
    await expect.poll(() => page.locator('.geography-control').textContent()).toContain('01/7/2025');
    expect(new URL(page.url()).searchParams.get('geo')).toBe('2025');
    await screenshot(page, 'today-map-vi');
    await app.setLanguage('en');
    await expect.poll(() => page.locator('.legend-title').textContent()).toContain("2021–2025 results by today's communes");
    await screenshot(page, 'today-map-en');
    // And back to the plan's units.
    await app.setGeography('2020');
    expect(sum(await app.legendCounts())).toBe(142);
  });

  it('Phú Quý island (~100 km offshore) is drawn and selectable', async () => {
    const { page, app } = await openApp(session, { query: 'v=2&geo=2025' });
    await app.waitGeography('2025');
    expect(await app.renderedUnitIds()).toContain('23272');
    await app.goToIsland();
    const p = await app.todayPanel();
    expect([p.code, p.title]).toEqual(['23272', 'Đặc khu Phú Quý']);
    expect(p.predecessors.map((x) => x.code)).toEqual(['23272', '23275', '23278']);
    expect(p.summary).toContain('chưa có dữ liệu');
    // The map shows it: its label point is inside the canvas after framing.
    const cam = await app.camera();
    expect(cam.bounds[0] < 108.9459 && 108.9459 < cam.bounds[2] && cam.bounds[1] < 10.5259 && 10.5259 < cam.bounds[3]).toBe(true);
    expect(await app.renderedUnitIds()).toContain('23272');
    await screenshot(page, 'today-phu-quy');
  });

  it.each([
    ['trieu hai', 'Xã Triệu Hải → Xã Đạ Tẻh 2, từ 01/7/2025', 'Xã Đạ Tẻh 2', '25138'],
    ['xuan tho', 'Xã Xuân Thọ → Phường Xuân Trường - Đà Lạt, từ 01/7/2025', 'Phường Xuân Trường - Đà Lạt', '24805'],
    ['lac lam', 'Xã Lạc Lâm → Xã Ka Đô, từ 01/7/2025', 'Xã Ka Đô', '24943'],
  ])('search "%s" on today\'s map names %s and opens it', async (query, hit, name, code) => {
    const { page, app } = await openApp(session, { query: 'v=2&geo=2025' });
    await app.waitGeography('2025');
    expect((await app.searchHits(query))[0]).toBe(hit);
    await app.openFirstHit(query, name);
    const p = await app.todayPanel();
    expect([p.code, p.title]).toEqual([code, name]);
    expect(new URL(page.url()).searchParams.get('commune')).toBe(code);
  });

  it("a new unit's panel lists all its former units with their 2025 status", async () => {
    const { page, app } = await openApp(session, { query: 'v=2&geo=2025&commune=25138' });
    await app.waitGeography('2025');
    const p = await app.todayPanel();
    expect(p.title).toBe('Xã Đạ Tẻh 2');
    // data/attainment.csv, 2025: Quảng Trị kiểu mẫu, Triệu Hải NTM, Đạ Kho nâng cao, Đạ Pal NTM.
    expect(p.predecessors.map((x) => [x.code, x.name, x.district, x.province, x.share, x.years['2025']])).toEqual([
      ['25138', 'Xã Quảng Trị', 'Huyện Đạ Tẻh', 'Lâm Đồng (cũ)', 'toàn bộ', 'Đạt chuẩn NTM kiểu mẫu'],
      ['25147', 'Xã Triệu Hải', 'Huyện Đạ Tẻh', 'Lâm Đồng (cũ)', 'toàn bộ', 'Đạt chuẩn NTM'],
      ['25153', 'Xã Đạ Kho', 'Huyện Đạ Tẻh', 'Lâm Đồng (cũ)', 'toàn bộ', 'Đạt chuẩn NTM nâng cao'],
      ['25156', 'Xã Đạ Pal', 'Huyện Đạ Tẻh', 'Lâm Đồng (cũ)', 'toàn bộ', 'Đạt chuẩn NTM'],
    ]);
    expect(Object.keys(p.predecessors[0]!.years)).toEqual(['2021', '2022', '2023', '2024', '2025']);
    expect(p.summary).toContain('4/4 xã cũ đạt chuẩn NTM trở lên năm 2025');
    await expect.poll(() => page.locator('.today-panel').textContent()).toContain('Chưa tìm thấy văn bản nào');
    await screenshot(page, 'today-panel-da-teh-2');
  });

  it("an old unit's panel names its successor", async () => {
    const { page, app } = await openApp(session, { query: 'v=1&commune=25147' });
    await expect.poll(() => page.locator('.successor-line').textContent()).toBe('Từ 01/7/2025 thuộc Xã Đạ Tẻh 2.');
    expect(sum(await app.legendCounts())).toBe(142);
  });
});

describe('old v=1 links reopen identically', () => {
  it.each([
    ['v=1&commune=24846', '24846', 'Thị trấn Lạc Dương'], // 24846 is today Phường Lang Biang - Đà Lạt: the link keeps the old unit
    ['v=1&measure=c8&year=2023&commune=24943', '24943', 'Xã Ka Đô'],
  ])('%s opens the plan\'s unit, the measure and year', async (query, code, name) => {
    const { page, app } = await openApp(session, { query });
    await expect.poll(() => page.locator('.detail-panel h2').textContent()).toBe(name);
    expect(await page.locator('.geography-control').getAttribute('data-geography')).toBe('2020');
    expect(sum(await app.legendCounts())).toBe(142);
    const url = new URL(page.url());
    expect([url.searchParams.get('v'), url.searchParams.get('commune'), url.searchParams.get('geo')]).toEqual(['2', code, '2020']);
    if (query.includes('c8')) {
      expect(await page.locator('.measure-picker select').inputValue()).toBe('c8');
      expect(await page.locator('.year-control input[value="2023"]').isChecked()).toBe(true);
    }
  });

  it('an embed code made with v=1 opens the same embed', async () => {
    const { page, app } = await openApp(session, { query: 'v=1&measure=c8&year=2023&commune=24943&embed=1' });
    await page.locator('.embed').waitFor({ state: 'visible' });
    expect(sum(await app.legendCounts())).toBe(142);
    const url = new URL(page.url());
    expect([url.searchParams.get('measure'), url.searchParams.get('year'), url.searchParams.get('commune'), url.searchParams.get('geo'), url.searchParams.get('embed')]).toEqual(['c8', '2023', '24943', '2020', '1']);
  });
});
