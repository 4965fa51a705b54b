// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeFixture } from '../../test/fixtures/app/ntm.fixture';
import { realFiles, REAL_BUILD_TIMEOUT } from '../../test/unit/realData';
import {
  classifyAll, classifyDistricts, classifyUnit, colorOf, countBinOf, districtClassOf, districtLegendCounts,
  districtShare, districtStatusCounts, legendClasses, legendCounts, shareClasses, shareClassOf,
} from './classify';
import { buildIndex } from './dataIndex';
import { allMeasures } from './measures';
import { contrastRatio, NO_DATA_COLOR, NOT_SUBJECT_COLOR } from './palette';

const idx = buildIndex(makeFixture());
const STATUSES = ['chua_dat', 'ntm', 'nang_cao', 'kieu_mau'];

describe('classifyUnit', () => {
  it('gives phường and thị trấn not_subject for every measure except pilot and district recognition', () => {
    for (const m of allMeasures().filter((x) => x !== 'pilot' && x !== 'recognition')) {
      expect(classifyUnit(idx, '24769', m, 2025)).toBe('not_subject'); // Phường 1
      expect(classifyUnit(idx, '25126', m, 2025)).toBe('not_subject'); // TT Đạ Tẻh
    }
  });

  it('never turns a missing row or a null value into a status', () => {
    expect(classifyUnit(idx, '24859', 'status', 2023)).toBe('no_data'); // Đạ M' Rong: no 2023 row
    expect(classifyUnit(idx, '24859', 'status', 2025)).toBe('no_data'); // status null
    expect(classifyUnit(idx, '25153', 'status', 2021)).toBe('no_data'); // Đạ Kho: only 2024-2025
    expect(classifyUnit(idx, '24805', 'status', 2019)).toBe('no_data'); // year out of range
    expect(classifyUnit(idx, '99999', 'status', 2025)).toBe('no_data'); // unknown unit
    // everywhere: a xã with no row is no_data for every measure but pilot and district recognition
    for (const m of allMeasures().filter((x) => x !== 'pilot' && x !== 'recognition')) expect(classifyUnit(idx, '24859', m, 2023)).toBe('no_data');
  });

  it('classifies status, criteria and indicators', () => {
    expect(classifyUnit(idx, '24859', 'status', 2021)).toBe('chua_dat');
    expect(classifyUnit(idx, '24805', 'status', 2025)).toBe('nang_cao');
    expect(classifyUnit(idx, '25135', 'status', 2025)).toBe('kieu_mau');
    expect(classifyUnit(idx, '24859', 'c13', 2021)).toBe('not_met');
    expect(classifyUnit(idx, '24859', 'c1', 2021)).toBe('met');
    expect(classifyUnit(idx, '24808', 'c8', 2023)).toBe('no_data'); // null criterion
    expect(classifyUnit(idx, '24808', 'i8.4', 2023)).toBe('no_data'); // null indicator
    expect(classifyUnit(idx, '24853', 'i8.4', 2021)).toBe('not_met');
    expect(classifyUnit(idx, '24805', 'inc15.2', 2025)).toBe('met');
    expect(classifyUnit(idx, '24808', 'inc15.2', 2025)).toBe('not_met');
  });

  it('bins criteria counts and refuses to guess across bins', () => {
    expect(classifyUnit(idx, '24859', 'count', 2021)).toBe('n17_18'); // 17
    expect(classifyUnit(idx, '24853', 'count', 2021)).toBe('n15_16'); // 16
    expect(classifyUnit(idx, '24805', 'count', 2025)).toBe('n19');
    expect(classifyUnit(idx, '24808', 'count', 2023)).toBe('no_data'); // 18 known + 1 null: 18 or 19
    expect(countBinOf(0)).toBe('n0_9');
    expect(countBinOf(14)).toBe('n10_14');
  });

  it('classifies pilots regardless of year', () => {
    expect(classifyUnit(idx, '24805', 'pilot', 2021)).toBe('smart_ecommerce');
    expect(classifyUnit(idx, '24943', 'pilot', 2025)).toBe('digital_economy');
    expect(classifyUnit(idx, '25138', 'pilot', 2025)).toBe('digital_society');
    expect(classifyUnit(idx, '24808', 'pilot', 2025)).toBe('not_pilot');
    expect(classifyUnit(idx, '24769', 'pilot', 2025)).toBe('not_subject');
  });
});

describe('legend', () => {
  it('always ends with no_data and not_subject, and they look different', () => {
    for (const m of allMeasures()) {
      const keys = legendClasses(m).map((c) => c.key);
      expect(keys.slice(-2)).toEqual(['no_data', 'not_subject']);
      expect(new Set(keys).size).toBe(keys.length);
      const colors = legendClasses(m).map((c) => c.color);
      expect(new Set(colors).size).toBe(colors.length);
    }
    expect(NO_DATA_COLOR).not.toBe(NOT_SUBJECT_COLOR);
    const nd = legendClasses('status').find((c) => c.key === 'no_data')!;
    expect(nd.pattern).toBe('hatch');
  });

  it('orders status chưa đạt first in the attention colour, then the achieved tiers light to dark (issue 14)', () => {
    const cls = legendClasses('status');
    expect(cls.slice(0, 4).map((c) => c.key)).toEqual(STATUSES);
    const white = '#ffffff';
    const c = cls.slice(0, 4).map((x) => contrastRatio(x.color, white));
    // NTM, nâng cao, kiểu mẫu: light → dark.
    expect(c.slice(1)).toEqual([...c.slice(1)].sort((a, b) => a - b));
    // Chưa đạt is no longer the lightest: it stands out more than NTM, the most common class
    // (its visibility under colour-vision deficiencies: palette.cvd.test.ts).
    expect(c[0]).toBeGreaterThan(c[1]! * 2);
  });

  it('gives each pilot type its own colour and pattern', () => {
    const p = legendClasses('pilot').slice(0, 3);
    expect(new Set(p.map((c) => c.pattern)).size).toBe(3);
    expect(p.every((c) => c.pattern !== 'none')).toBe(true);
  });

  it('counts sum to the number of units, for every measure and year', () => {
    for (const m of allMeasures()) {
      for (const y of [2021, 2023, 2025]) {
        const counts = legendCounts(idx, m, y);
        expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(idx.units.length);
        expect(Object.keys(counts)).toEqual(legendClasses(m).map((c) => c.key));
      }
    }
  });

  it('counts statuses in 2025', () => {
    expect(legendCounts(idx, 'status', 2025)).toEqual({
      chua_dat: 0, ntm: 3, nang_cao: 3, kieu_mau: 2, no_data: 1, not_subject: 6,
    });
    expect(classifyAll(idx, 'status', 2023).get('24859')).toBe('no_data');
  });

  it('colorOf falls back to the no-data grey for an unknown key', () => {
    expect(colorOf('status', 'ntm')).toBe(legendClasses('status')[1].color);
    expect(colorOf('status', 'bogus')).toBe(NO_DATA_COLOR);
  });
});

describe('districtShare', () => {
  it('counts met, not met and no data separately', () => {
    // Đam Rông 2025: Đạ M' Rong status null, Đạ Tông ntm, Rô Men nâng cao
    expect(districtShare(idx, '674', 'status', 2025)).toEqual({ code: '674', met: 2, notMet: 0, noData: 1, total: 3, share: 1 });
    // 2021: Đạ M' Rong and Đạ Tông chưa đạt, Rô Men ntm
    const s21 = districtShare(idx, '674', 'status', 2021);
    expect(s21).toMatchObject({ met: 1, notMet: 2, noData: 0, total: 3 });
    expect(s21.share).toBeCloseTo(1 / 3);
    // 2023: Đạ M' Rong missing year
    expect(districtShare(idx, '674', 'status', 2023)).toMatchObject({ met: 2, notMet: 0, noData: 1 });
  });

  it('uses all-19 for count and met for criteria', () => {
    expect(districtShare(idx, '674', 'count', 2021)).toMatchObject({ met: 1, notMet: 2 });
    expect(districtShare(idx, '674', 'c13', 2021)).toMatchObject({ met: 1, notMet: 2 });
    expect(districtShare(idx, '682', 'pilot', 2025)).toMatchObject({ met: 2, notMet: 1, total: 3 });
  });

  it('gives an all-ward city share null and class not_subject', () => {
    const s = districtShare(idx, '673', 'status', 2025);
    expect(s).toEqual({ code: '673', met: 0, notMet: 0, noData: 0, total: 0, share: null });
    expect(districtClassOf(s)).toBe('not_subject');
  });

  it('gives a district whose xã all lack data share null and class no_data', () => {
    const s = districtShare(idx, '682', 'status', 2019);
    expect(s.share).toBeNull();
    expect(s.noData).toBe(3);
    expect(districtClassOf(s)).toBe('no_data');
  });

  it('bins shares', () => {
    expect(shareClassOf(null)).toBe('no_data');
    expect(shareClassOf(0)).toBe('s0_50');
    expect(shareClassOf(0.5)).toBe('s50_75');
    expect(shareClassOf(0.7499)).toBe('s50_75');
    expect(shareClassOf(0.75)).toBe('s75_90');
    // 7 of 8 xã (87.5 %) and 15 of 16 (93.75 %) are apart from all of them (issue 15).
    expect(shareClassOf(7 / 8)).toBe('s75_90');
    expect(shareClassOf(15 / 16)).toBe('s90_100');
    expect(shareClassOf(0.9999)).toBe('s90_100');
    expect(shareClassOf(1)).toBe('s100');
    expect(shareClassOf(NaN)).toBe('no_data');
    expect(shareClasses().map((c) => c.key)).toEqual(['s0_50', 's50_75', 's75_90', 's90_100', 's100', 'no_data', 'not_subject']);
  });

  it('counts districts per class', () => {
    const counts = districtLegendCounts(idx, 'status', 2025);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(idx.districts.length);
    expect(counts.not_subject).toBe(1);
    expect(classifyDistricts(idx, 'status', 2025).get('673')).toBe('not_subject');
  });

  it('counts a district’s units per status', () => {
    expect(districtStatusCounts(idx, '682', 2025)).toMatchObject({ ntm: 1, kieu_mau: 2, not_subject: 1 });
  });
});

// The real dataset (built in memory from the real inputs): 142 units, every one classified.
describe('real dataset', () => {
  it('legend counts sum to 142 units for every measure', async () => {
    const real = buildIndex((await realFiles()).dataset);
    expect(real.units).toHaveLength(142);
    for (const m of allMeasures()) {
      const sum = Object.values(legendCounts(real, m, 2025)).reduce((a, b) => a + b, 0);
      expect(sum).toBe(142);
    }
    expect(legendCounts(real, 'status', 2025).not_subject).toBe(31);
  }, REAL_BUILD_TIMEOUT);
});
