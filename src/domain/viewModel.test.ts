// The view model: one function gives every view its classes, colours, legend rows and counts.
import { describe, expect, it } from 'vitest';
import { buildIndex } from './dataIndex';
import { classifyUnit, districtShare, legendClasses } from './classify';
import { allMeasures } from './measures';
import { mapViewModel } from './viewModel';
import { makeFixture } from '../../test/fixtures/app/ntm.fixture';

const idx = buildIndex(makeFixture());

describe('mapViewModel, for every measure and year', () => {
  for (const measure of allMeasures()) {
    it(`${measure}: classes, colours, legend rows and counts agree`, () => {
      for (const year of idx.years) {
        const vm = mapViewModel(idx, { measure, year, districtMode: false });
        // Every unit classified, as the per-unit rule says.
        expect(vm.units.size).toBe(idx.units.length);
        for (const u of idx.units) expect(vm.units.get(u.gso)!.key).toBe(classifyUnit(idx, u.gso, measure, year));
        // The legend: the measure's classes in order, each count = units in that class.
        expect(vm.legend.rows.map((r) => r.key)).toEqual(legendClasses(measure).map((c) => c.key));
        for (const r of vm.legend.rows) {
          const members = [...vm.units.values()].filter((c) => c.key === r.key);
          expect(r.count).toBe(members.length);
          for (const m of members) expect([m.color, m.pattern]).toEqual([r.color, r.pattern]);
        }
        expect(vm.legend.total).toBe(idx.units.length);
        expect(vm.legend.rows.reduce((s, r) => s + r.count, 0)).toBe(idx.units.length);
        // Districts: the share of their xã, and a legend over districts.
        const dm = mapViewModel(idx, { measure, year, districtMode: true });
        expect(dm.legend.scope).toBe('districts');
        expect(dm.legend.total).toBe(idx.districts.length);
        for (const d of idx.districts) expect(dm.districts.get(d.code)!.share).toEqual(districtShare(idx, d.code, measure, year));
        for (const r of dm.legend.rows) expect(r.count).toBe([...dm.districts.values()].filter((x) => x.key === r.key).length);
      }
    });
  }

  it('known counts: status 2025 on the fixture', () => {
    const vm = mapViewModel(idx, { measure: 'status', year: 2025, districtMode: false });
    expect(Object.fromEntries(vm.legend.rows.map((r) => [r.key, r.count]))).toEqual({
      chua_dat: 0, ntm: 3, nang_cao: 3, kieu_mau: 2, no_data: 1, not_subject: 6,
    });
  });

  it('the same choice gives the same object; the mode changes the legend, not the classes', () => {
    const a = mapViewModel(idx, { measure: 'c8', year: 2023, districtMode: false });
    expect(mapViewModel(idx, { measure: 'c8', year: 2023, districtMode: false })).toBe(a);
    const b = mapViewModel(idx, { measure: 'c8', year: 2023, districtMode: true });
    expect(b).not.toBe(a);
    expect(b.units).toBe(a.units);
    expect(b.legend).toBe(a.districtLegend);
    expect(a.legend).toBe(a.unitLegend);
  });
});

