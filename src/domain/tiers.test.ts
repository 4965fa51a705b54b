import { describe, expect, it } from 'vitest';
import { buildIndex } from './dataIndex';
import { inTier, tierCounts } from './tiers';
import { makeLeadersFixture } from '../../test/fixtures/leaders/dataset';

describe('cumulative tiers', () => {
  it('each tier includes the higher ones', () => {
    expect(inTier('kieu_mau', 'at_least_ntm')).toBe(true);
    expect(inTier('kieu_mau', 'at_least_nang_cao')).toBe(true);
    expect(inTier('nang_cao', 'kieu_mau')).toBe(false);
    expect(inTier('chua_dat', 'at_least_ntm')).toBe(false);
  });
});

describe('tierCounts', () => {
  const idx = buildIndex(makeLeadersFixture());
  it('2025: An Phú nâng cao, Bình Yên NTM, Cát Lâm chưa đạt; three xã without a status', () => {
    expect(tierCounts(idx, 2025)).toEqual({ tiers: { at_least_ntm: 2, at_least_nang_cao: 1, kieu_mau: 0 }, known: 3, noData: 3, xa: 6 });
    expect(tierCounts(idx, 2025, '902')).toEqual({ tiers: { at_least_ntm: 0, at_least_nang_cao: 0, kieu_mau: 0 }, known: 0, noData: 0, xa: 0 });
  });
});
