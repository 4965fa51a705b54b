// @vitest-environment node
// palette.ts writes its ColorBrewer colours out (issue #7: no d3-scale-chromatic in the bundle);
// they must stay exactly d3-scale-chromatic's.
import { describe, expect, it } from 'vitest';
import { schemeBlues, schemeDark2, schemeRdYlBu, schemeYlGnBu, schemeYlOrBr } from 'd3-scale-chromatic';
import { COUNT_COLORS, MET_COLOR, NOT_MET_COLOR, PILOT_COLORS, RECOGNITION_COLORS, SHARE_COLORS, STATUS_COLORS } from './palette';

describe('palette = d3-scale-chromatic schemes', () => {
  it('has the same colours', () => {
    // Issue 14: attention orange (YlOrBr) first, achievements in YlGnBu.
    expect(STATUS_COLORS).toEqual([schemeYlOrBr[7]![5], schemeYlGnBu[7]![1], schemeYlGnBu[7]![2], schemeYlGnBu[7]![4]]);
    expect(COUNT_COLORS).toEqual([schemeYlOrBr[7]![5], schemeYlOrBr[7]![3], schemeYlGnBu[7]![1], schemeYlGnBu[7]![2], schemeYlGnBu[7]![3]]);
    expect(MET_COLOR).toBe(schemeYlGnBu[7]![4]);
    expect(NOT_MET_COLOR).toBe(schemeYlOrBr[7]![5]);
    expect(RECOGNITION_COLORS).toEqual({ dat_chuan: schemeYlGnBu[5]![4], hoan_thanh_nhiem_vu: schemeYlGnBu[5]![2], no_decision: schemeRdYlBu[4]![1] });
    expect(PILOT_COLORS).toEqual(schemeDark2.slice(0, 3));
    expect(SHARE_COLORS).toEqual(schemeBlues[5]);
  });
});
