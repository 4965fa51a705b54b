import { describe, expect, it } from 'vitest';
import { makeLeadersFixture } from '../../test/fixtures/leaders/dataset';
import { buildIndex } from './dataIndex';
import { formatDelta, statusChange } from './yoy';

const idx = buildIndex(makeLeadersFixture());
const asMap = (rows: { key: string; from: number; to: number; delta: number }[]) =>
  Object.fromEntries(rows.map((r) => [r.key, [r.from, r.to, r.delta]]));

describe('statusChange', () => {
  it('province 2021 → 2025: counts per class, deltas, and movements', () => {
    const c = statusChange(idx, 2021, 2025);
    expect(c).toMatchObject({ fromYear: 2021, toYear: 2025, districtCode: null, xaCount: 6, notSubject: 3 });
    expect(asMap(c.rows)).toEqual({
      chua_dat: [3, 1, -2],
      ntm: [3, 1, -2],
      nang_cao: [0, 1, 1],
      kieu_mau: [0, 0, 0],
      no_data: [0, 3, 3], // Đồng Tâm has no 2025 row; Suối Đá, Thác Bạc have a null status
    });
    expect(c.atLeastNtm).toMatchObject({ from: 3, to: 2, delta: -1 });
    expect(c).toMatchObject({ movedUp: 1, movedDown: 0, unchanged: 2, notCompared: 3 });
  });

  it('each year adds up to the number of xã', () => {
    for (const [a, b] of [[2021, 2023], [2023, 2025], [2021, 2022]] as const) {
      const c = statusChange(idx, a, b);
      expect(c.rows.reduce((s, r) => s + r.from, 0)).toBe(c.xaCount);
      expect(c.rows.reduce((s, r) => s + r.to, 0)).toBe(c.xaCount);
    }
  });

  it('one district 2021 → 2023', () => {
    const c = statusChange(idx, 2021, 2023, '901');
    expect(c).toMatchObject({ districtCode: '901', xaCount: 4, notSubject: 1, movedUp: 1, unchanged: 2, notCompared: 1 });
    expect(asMap(c.rows)).toMatchObject({ chua_dat: [2, 1, -1], ntm: [2, 2, 0], no_data: [0, 1, 1] });
  });

  it('a falling status counts as moved down (reverse years)', () => {
    expect(statusChange(idx, 2025, 2021)).toMatchObject({ movedUp: 0, movedDown: 1 });
  });

  it('an all-ward unit: nothing to count', () => {
    const c = statusChange(idx, 2021, 2025, '902');
    expect(c).toMatchObject({ xaCount: 0, notSubject: 2, movedUp: 0, movedDown: 0, unchanged: 0, notCompared: 0 });
    expect(c.rows.every((r) => r.from === 0 && r.to === 0 && r.delta === 0)).toBe(true);
  });

  it('a missing year counts every xã as no data', () => {
    const c = statusChange(idx, 2022, 2025);
    expect(asMap(c.rows).no_data).toEqual([6, 3, -3]);
    expect(c.notCompared).toBe(6);
  });

  it('the same year: no change', () => {
    const c = statusChange(idx, 2023, 2023);
    expect(c.rows.every((r) => r.delta === 0)).toBe(true);
    expect(c.movedUp + c.movedDown).toBe(0);
  });
});

describe('formatDelta', () => {
  it('signs changes with a real minus sign', () => {
    expect(formatDelta(3)).toBe('+3');
    expect(formatDelta(-2)).toBe('\u22122');
    expect(formatDelta(0)).toBe('0');
  });
});
