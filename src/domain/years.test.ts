import { describe, expect, it } from 'vitest';
import { makeFixture } from '../../test/fixtures/app/ntm.fixture';
import { buildIndex } from './dataIndex';
import { availableYears, clampYear, latestYear, nextYear, previousRow, previousYear } from './years';

describe('years', () => {
  const ds = makeFixture();
  const ys = availableYears(ds);
  it('reads years from meta, sorted and unique', () => {
    expect(ys).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(availableYears({ ...ds, meta: { ...ds.meta, years: [2025, 2021, 2025] } })).toEqual([2021, 2025]);
    expect(availableYears({ ...ds, meta: { ...ds.meta, years: [] } })).toEqual([2021, 2022, 2023, 2024, 2025]);
  });
  it('clamps and steps', () => {
    expect(clampYear(ys, 2030)).toBe(2025);
    expect(clampYear(ys, 1990)).toBe(2021);
    expect(clampYear(ys, 2023)).toBe(2023);
    expect(clampYear(ys, NaN)).toBe(2025);
    expect(clampYear([], 2024)).toBe(2024);
    expect(latestYear(ys)).toBe(2025);
    expect(previousYear(ys, 2021)).toBeNull();
    expect(previousYear(ys, 2024)).toBe(2023);
    expect(nextYear(ys, 2025)).toBeNull();
  });
  it('finds the previous row that exists', () => {
    const idx = buildIndex(ds);
    expect(previousRow(idx, '24859', 2024)?.year).toBe(2022); // 2023 missing
    expect(previousRow(idx, '25153', 2024)).toBeUndefined();
  });
});
