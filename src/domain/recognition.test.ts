import { describe, expect, it } from 'vitest';
import { makeLeadersFixture } from '../../test/fixtures/leaders/dataset';
import { classifyUnit } from './classify';
import { buildIndex } from './dataIndex';
import { recognisedBy, recognitionClassIn, recognitionSortKey } from './recognition';
import { mapViewModel } from './viewModel';

const idx = buildIndex(makeLeadersFixture());
const [hoXanh, phoNui, daTrang] = idx.districts;

describe('district recognition', () => {
  it('classes each district, and a recognition dated after the year as not yet', () => {
    expect(recognitionClassIn(hoXanh, 2021)).toBe('dat_chuan');
    expect(recognitionClassIn(hoXanh, 2018)).toBe('no_decision'); // recognised 2019
    expect(recognitionClassIn(phoNui, 2021)).toBe('hoan_thanh_nhiem_vu');
    expect(recognitionClassIn(daTrang, 2025)).toBe('no_decision');
    expect(recognisedBy(null, 2025)).toBeNull();
  });

  it('sorts recognised by year, then the cities, then no decision', () => {
    const keys = [daTrang, phoNui, hoXanh].map((d) => recognitionSortKey(d.recognition));
    expect(keys[2]).toBe(2019);
    expect(keys[1]).toBeGreaterThan(keys[2]!);
    expect(keys[0]).toBeNull();
  });

  it('colours the district map by each district\'s own class, with its legend', () => {
    const vm = mapViewModel(idx, { measure: 'recognition', year: 2025, districtMode: true });
    expect(vm.districts.get('901')!.key).toBe('dat_chuan');
    expect(vm.districts.get('902')!.key).toBe('hoan_thanh_nhiem_vu');
    expect(vm.districts.get('903')!.key).toBe('no_decision');
    expect(vm.legend.rows.map((r) => [r.key, r.count])).toEqual([['dat_chuan', 1], ['hoan_thanh_nhiem_vu', 1], ['no_decision', 1]]);
    // On the commune map every unit takes its district's class (a ward too).
    expect(classifyUnit(idx, '90201', 'recognition', 2025)).toBe('hoan_thanh_nhiem_vu');
  });
});
