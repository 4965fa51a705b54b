import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeLeadersFixture } from '../../test/fixtures/leaders/dataset';
import { realFiles, REAL_BUILD_TIMEOUT } from '../../test/unit/realData';
import { changeCounts, changeOf } from './change';
import { classifyUnit } from './classify';
import { buildIndex } from './dataIndex';
import { mapViewModel } from './viewModel';

describe('change between two years', () => {
  it('classes one change', () => {
    expect(changeOf('chua_dat', 'ntm')).toBe('newly_recognised');
    expect(changeOf('chua_dat', 'kieu_mau')).toBe('newly_recognised');
    expect(changeOf('ntm', 'nang_cao')).toBe('moved_up');
    expect(changeOf('nang_cao', 'ntm')).toBe('moved_down');
    expect(changeOf('ntm', 'chua_dat')).toBe('moved_down');
    expect(changeOf('ntm', 'ntm')).toBe('unchanged');
    expect(changeOf(null, 'ntm')).toBeNull();
    expect(changeOf('ntm', undefined)).toBeNull();
  });

  it('compares with the previous year of the data (fixture: 2021 → 2023, 2023 → 2025)', () => {
    const idx = buildIndex(makeLeadersFixture());
    // 2023 from 2021: An Phú chưa đạt→ntm, Bình Yên ntm→ntm, Cát Lâm chưa đạt→chưa đạt,
    // Đồng Tâm no 2023 row, Suối Đá ntm→ntm, Thác Bạc chưa đạt→ntm.
    expect(changeCounts(idx, 2023)).toEqual({
      fromYear: 2021, toYear: 2023, xa: 6,
      counts: { newly_recognised: 2, moved_up: 0, moved_down: 0, unchanged: 3, no_data: 1 },
    });
    expect(changeCounts(idx, 2025).counts).toEqual({ newly_recognised: 0, moved_up: 1, moved_down: 0, unchanged: 2, no_data: 3 });
    // The first year has nothing to compare with.
    expect(changeCounts(idx, 2021)).toMatchObject({ fromYear: null, counts: { no_data: 6 } });
    expect(classifyUnit(idx, '91001', 'change', 2023)).toBe('newly_recognised');
    expect(classifyUnit(idx, '91005', 'change', 2023)).toBe('not_subject');
    // The map's legend counts are the same numbers.
    const vm = mapViewModel(idx, { measure: 'change', year: 2023, districtMode: false });
    expect(Object.fromEntries(vm.legend.rows.map((r) => [r.key, r.count]))).toMatchObject({ newly_recognised: 2, unchanged: 3, no_data: 1, not_subject: 3 });
    expect(vm.fromYear).toBe(2021);
  });

  it('2022 → 2023 on the real data: counts derived straight from data/attainment.csv', async () => {
    const idx = buildIndex((await realFiles()).dataset);
    // An independent reading of the table: status per (gso, year).
    const [head, ...lines] = readFileSync('data/attainment.csv', 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean);
    const cols = head.split(',');
    const [iG, iY, iS] = ['gso', 'year', 'status'].map((c) => cols.indexOf(c));
    const status = new Map<string, string>();
    for (const l of lines) {
      const f = l.split(',');
      if (f[iS]) status.set(`${f[iG]}|${f[iY]}`, f[iS]);
    }
    const rank: Record<string, number> = { chua_dat: 0, ntm: 1, nang_cao: 2, kieu_mau: 3 };
    const want = { newly_recognised: 0, moved_up: 0, moved_down: 0, unchanged: 0, no_data: 0 };
    for (const u of idx.units.filter((x) => x.type === 'xa')) {
      const a = status.get(`${u.gso}|2022`);
      const b = status.get(`${u.gso}|2023`);
      if (a === undefined || b === undefined) want.no_data++;
      else if (rank[a] === rank[b]) want.unchanged++;
      else if (rank[b] < rank[a]) want.moved_down++;
      else if (a === 'chua_dat') want.newly_recognised++;
      else want.moved_up++;
    }
    const got = changeCounts(idx, 2023);
    expect(got.fromYear).toBe(2022);
    expect(got.counts).toEqual(want);
    expect(got.xa).toBe(111);
    // Something changed that year (else the measure would show nothing to publish).
    expect(want.newly_recognised + want.moved_up).toBeGreaterThan(0);
  }, REAL_BUILD_TIMEOUT);
});
