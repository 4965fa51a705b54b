import { describe, expect, it } from 'vitest';
import { makeLeadersFixture } from '../../test/fixtures/leaders/dataset';
import { buildIndex } from './dataIndex';
import { communeHistory, districtHistory } from './history';

const idx = buildIndex(makeLeadersFixture());

describe('history', () => {
  it('gives a commune every year of the data, no data where there is no row', () => {
    expect(communeHistory(idx, '91001')).toEqual([
      { year: 2021, status: 'chua_dat', met: 17, unknown: 0, of: 19 },
      { year: 2023, status: 'ntm', met: 19, unknown: 0, of: 19 },
      { year: 2025, status: 'nang_cao', met: 19, unknown: 0, of: 19 },
    ]);
    expect(communeHistory(idx, '91004').map((y) => y.status)).toEqual(['ntm', 'no_data', 'no_data']);
    expect(communeHistory(idx, '90301')[2]).toEqual({ year: 2025, status: 'no_data', met: 0, unknown: 19, of: 19 });
  });

  it("gives a district its share of the map's measure and its tiers per year", () => {
    const h = districtHistory(idx, '901', 'c8');
    expect(h.map((y) => y.year)).toEqual([2021, 2023, 2025]);
    expect(h.map((y) => [y.share.met, y.share.met + y.share.notMet])).toEqual([[2, 4], [3, 3], [2, 3]]);
    expect(h.map((y) => y.tiers.tiers.at_least_ntm)).toEqual([2, 2, 2]);
  });
});
