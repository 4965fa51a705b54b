import { describe, expect, it } from 'vitest';
import { makeLeadersFixture } from '../../test/fixtures/leaders/dataset';
import { buildIndex } from './dataIndex';
import { districtGrid, gridColumns } from './grid';

const idx = buildIndex(makeLeadersFixture());

describe('district × criterion grid', () => {
  it('has a column per criterion of the commune set, per indicator and per cumulative tier', () => {
    const cols = gridColumns(idx).map((c) => c.id);
    const n = 19; // the fixture has no catalog: the rows' criteria
    expect(cols.slice(0, n)).toEqual(Array.from({ length: n }, (_, i) => `c${i + 1}`));
    expect(cols).toContain('i8.4');
    expect(cols).toContain('inc15.2');
    expect(cols.slice(-3)).toEqual(['at_least_ntm', 'at_least_nang_cao', 'kieu_mau']);
  });

  it("takes the criteria from the dataset's commune set when there is one", () => {
    const ds = makeLeadersFixture();
    const crit = (no: number) => ({ no, vi: `T${no}`, en: `C${no}`, verified: true, indicators: [] });
    ds.criteriaSets = [{ id: 'commune_ntm', vi: '', en: '', decision: '', verified: true, note: null, source: ds.meta.attainmentSource, criteria: [crit(1), crit(2), crit(8)], requirements: [] }];
    expect(gridColumns(buildIndex(ds)).filter((c) => c.kind === 'criterion').map((c) => c.id)).toEqual(['c1', 'c2', 'c8']);
  });

  it('counts xã meeting each column, by hand from the fixture', () => {
    const g = districtGrid(idx, 2021);
    const hoXanh = g.districts.find((r) => r.code === '901')!;
    // 2021: An Phú fails 8, 13; Bình Yên meets all; Cát Lâm fails 8, 10, 13; Đồng Tâm meets all.
    expect(hoXanh.xa).toBe(4);
    expect(hoXanh.cells.c8).toMatchObject({ met: 2, known: 4, noData: 0, share: 0.5, heat: 's50_75' });
    expect(hoXanh.cells.c13).toMatchObject({ met: 2, known: 4 });
    expect(hoXanh.cells.c1).toMatchObject({ met: 4, known: 4, share: 1, heat: 's100' });
    // Tiers 2021: Bình Yên and Đồng Tâm NTM.
    expect(hoXanh.cells.at_least_ntm).toMatchObject({ met: 2, known: 4 });
    expect(hoXanh.cells.at_least_nang_cao).toMatchObject({ met: 0, known: 4 });
    // The all-ward city has no xã: no share, no data class.
    const phoNui = g.districts.find((r) => r.code === '902')!;
    expect(phoNui.xa).toBe(0);
    expect(phoNui.cells.c8).toMatchObject({ share: null, heat: 'no_data' });
    // Province = sum of districts (Đá Trắng 2021: Suối Đá NTM, Thác Bạc fails 13).
    expect(g.province.cells.c13).toMatchObject({ met: 3, known: 6 });
    expect(g.province.cells.at_least_ntm).toMatchObject({ met: 3, known: 6 });
  });

  it('xã without data are apart, not failing (2025: Suối Đá and Thác Bạc all null, Đồng Tâm no row)', () => {
    const g = districtGrid(idx, 2025);
    const daTrang = g.districts.find((r) => r.code === '903')!;
    expect(daTrang.cells.c8).toMatchObject({ met: 0, known: 0, noData: 2, share: null, heat: 'no_data' });
    expect(g.province.cells.at_least_nang_cao).toMatchObject({ met: 1, known: 3, noData: 3 });
  });
});
