// @vitest-environment node
// palette.ts writes its ColorBrewer colours out (issue #7: no d3-scale-chromatic in the bundle);
// they must stay exactly d3-scale-chromatic's.
import { describe, expect, it } from 'vitest';
import { schemeBlues, schemeDark2, schemeRdYlBu, schemeYlGnBu } from 'd3-scale-chromatic';
import { COUNT_COLORS, MET_COLOR, NOT_MET_COLOR, PILOT_COLORS, SHARE_COLORS, STATUS_COLORS } from './palette';

describe('palette = d3-scale-chromatic schemes', () => {
  it('has the same colours', () => {
    expect(STATUS_COLORS).toEqual(schemeYlGnBu[5]!.slice(1));
    expect(COUNT_COLORS).toEqual(schemeYlGnBu[6]!.slice(1));
    expect(MET_COLOR).toBe(schemeRdYlBu[4]![3]);
    expect(NOT_MET_COLOR).toBe(schemeRdYlBu[4]![1]);
    expect(PILOT_COLORS).toEqual(schemeDark2.slice(0, 3));
    expect(SHARE_COLORS).toEqual(schemeBlues[5]);
  });
});
