import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEADERS_TARGETS, makeLeadersFixture } from '../../test/fixtures/leaders/dataset';
import { makeFixture } from '../../test/fixtures/app/ntm.fixture';
import { buildIndex } from './dataIndex';
import { evaluateTarget, evaluateTargets, meetsThreshold, targetStatusCounts, type TargetResult } from './targets';
import type { PlanTarget } from './types';

const idx = buildIndex(makeLeadersFixture());
const byId = (rs: TargetResult[], id: string) => {
  const r = rs.find((x) => x.target.id === id);
  if (!r) throw new Error(`no result for ${id}`);
  return r;
};

describe('meetsThreshold', () => {
  const pct = (comparator: '>=' | '>', threshold: number) => ({ unit: 'percent' as const, comparator, threshold });
  it('">=" meets at the exact threshold, ">" does not', () => {
    expect(meetsThreshold(pct('>=', 50), 1, 2)).toBe(true);
    expect(meetsThreshold(pct('>', 50), 1, 2)).toBe(false);
    expect(meetsThreshold(pct('>', 50), 51, 100)).toBe(true);
  });
  it('is exact for thirds and hundreds (no floating-point drift)', () => {
    expect(meetsThreshold(pct('>=', 100), 3, 3)).toBe(true);
    expect(meetsThreshold(pct('>=', 100), 110, 111)).toBe(false);
    expect(meetsThreshold(pct('>=', 40), 2, 5)).toBe(true); // 0.4·100 is 40.00000000000001 in floats
    expect(meetsThreshold(pct('>=', 70), 7, 10)).toBe(true); // 0.7·100 is 70.00000000000001
    expect(meetsThreshold(pct('>=', 70), 69, 99)).toBe(false);
  });
  it('compares counts directly', () => {
    expect(meetsThreshold({ unit: 'count', comparator: '>=', threshold: 1 }, 1, null)).toBe(true);
    expect(meetsThreshold({ unit: 'count', comparator: '>=', threshold: 1 }, 0, null)).toBe(false);
    expect(meetsThreshold({ unit: 'count', comparator: '>', threshold: 1 }, 1, null)).toBe(false);
  });
});

describe('evaluateTargets, province, 2025', () => {
  const rs = evaluateTargets(idx, LEADERS_TARGETS, 2025);

  it('returns every target in file order', () => {
    expect(rs.map((r) => r.target.id)).toEqual(LEADERS_TARGETS.map((t) => t.id));
  });

  it('8.4: share over xã with a value; wards/towns excluded; missing rows and nulls reported', () => {
    const r = byId(rs, 'I.2.a-4');
    // An Phú T, Bình Yên T, Cát Lâm F; Đồng Tâm no row; Suối Đá, Thác Bạc null.
    expect(r).toMatchObject({ status: 'not_met', numerator: 2, denominator: 3 });
    expect(r.value).toBeCloseTo(66.667, 2);
    expect(r.explanation).toMatchObject({
      population: 'xa', criterion: '8.4', xaInScope: 6, xaNoData: 3, excludedNonXa: 3, year: 2025, districtCode: null,
    });
    expect(r.explanation.notes).toEqual(expect.arrayContaining(['xa_no_data', 'non_xa_excluded']));
  });

  it('nc8.4 "> 50%" at exactly 1/2 is not met', () => {
    const r = byId(rs, 'I.2.a-5');
    expect(r).toMatchObject({ status: 'not_met', value: 50, numerator: 1, denominator: 2 });
    expect(r.explanation.xaNoData).toBe(4);
  });

  it('the same 1/2 with ">=" is met', () => {
    const t = { ...LEADERS_TARGETS.find((x) => x.id === 'I.2.a-5')!, comparator: '>=' as const };
    expect(evaluateTarget(idx, t, 2025)).toMatchObject({ status: 'met', value: 50 });
  });

  it('nc15.2 ">= 50%" with 2/3 is met', () => {
    expect(byId(rs, 'I.2.a-6')).toMatchObject({ status: 'met', numerator: 2, denominator: 3 });
  });

  it('cooperatives: 2/3 is below 70%', () => {
    const r = byId(rs, 'I.2.b-1');
    expect(r).toMatchObject({ status: 'not_met', numerator: 2, denominator: 3, explanation: { criterion: 'cooperative' } });
  });

  it('online service AND survey, three-valued; districts reported as not measured', () => {
    const r = byId(rs, 'I.2.c-1');
    // An Phú T∧T; Bình Yên T∧F = F; Cát Lâm null∧F = F (a known false decides).
    expect(r).toMatchObject({ status: 'not_met', numerator: 1, denominator: 3 });
    expect(r.value).toBeCloseTo(33.333, 2);
    expect(r.explanation).toMatchObject({ criterion: 'online_service_and_survey', districtsNotMeasured: 3, xaNoData: 3 });
    expect(r.explanation.notes).toContain('districts_not_measured');
  });

  it('true ∧ null is unknown, not met', () => {
    const ds = makeLeadersFixture();
    for (const row of ds.attainment) if (row.year === 2025) { row.onlineService = true; row.onlineSurvey = null; }
    const r = evaluateTarget(buildIndex(ds), LEADERS_TARGETS.find((t) => t.id === 'I.2.c-1')!, 2025);
    expect(r).toMatchObject({ status: 'no_data', value: null, explanation: { xaNoData: 6 } });
  });

  it('smart-NTM pilots: counts plan pilots of model smart_ecommerce that are units of the data', () => {
    const r = byId(rs, 'I.2.d-1');
    expect(r).toMatchObject({ status: 'met', value: 1, numerator: 1, denominator: null });
    expect(r.explanation.counted).toEqual(['91001']); // '99999' matched no unit
    expect(r.explanation.notes).toContain('pilot_list');
  });

  it('no smart pilot → not met with 0', () => {
    const ds = makeLeadersFixture();
    ds.pilots = ds.pilots.filter((p) => p.model !== 'smart_ecommerce');
    const r = evaluateTarget(buildIndex(ds), LEADERS_TARGETS.find((t) => t.id === 'I.2.d-1')!, 2025);
    expect(r).toMatchObject({ status: 'not_met', value: 0 });
  });

  it('district-set indicators have no data and say so', () => {
    const r = byId(rs, 'I.2.a-7');
    expect(r).toMatchObject({ status: 'no_data', value: null, numerator: null, denominator: null });
    expect(r.explanation).toMatchObject({ population: 'district', criterion: '9.5', districtsNotMeasured: 3, notes: ['no_district_data'] });
  });

  it('not measurable targets keep their reason', () => {
    const r = byId(rs, 'I.2.a-1');
    expect(r).toMatchObject({ status: 'not_measurable', value: null });
    expect(r.explanation.reason).toEqual({ vi: 'Không có số hồ sơ.', en: 'No record counts.' });
  });

  it('status counts add up', () => {
    expect(targetStatusCounts(rs)).toEqual({ met: 2, not_met: 4, no_data: 1, not_measurable: 1 });
  });
});

describe('evaluateTargets, district scope and edge cases', () => {
  it('a district: only its units', () => {
    const r = byId(evaluateTargets(idx, LEADERS_TARGETS, 2025, { districtCode: '901' }), 'I.2.a-4');
    expect(r).toMatchObject({ status: 'not_met', numerator: 2, denominator: 3 });
    expect(r.explanation).toMatchObject({ districtCode: '901', xaInScope: 4, xaNoData: 1, excludedNonXa: 1 });
    const online = byId(evaluateTargets(idx, LEADERS_TARGETS, 2025, { districtCode: '901' }), 'I.2.c-1');
    expect(online.explanation.districtsNotMeasured).toBe(1);
  });

  it('an all-ward unit has no xã: no_data, never 0 %', () => {
    const rs = evaluateTargets(idx, LEADERS_TARGETS, 2025, { districtCode: '902' });
    for (const id of ['I.2.a-4', 'I.2.a-5', 'I.2.a-6', 'I.2.b-1', 'I.2.c-1']) {
      const r = byId(rs, id);
      expect(r.status).toBe('no_data');
      expect(r.value).toBeNull();
      expect(r.explanation).toMatchObject({ xaInScope: 0, excludedNonXa: 2 });
      expect(r.explanation.notes).toContain('no_xa_in_scope');
    }
  });

  it('all-null values → no_data with every xã reported', () => {
    const r = byId(evaluateTargets(idx, LEADERS_TARGETS, 2025, { districtCode: '903' }), 'I.2.a-4');
    expect(r).toMatchObject({ status: 'no_data', value: null, numerator: null, denominator: null });
    expect(r.explanation).toMatchObject({ xaInScope: 2, xaNoData: 2, excludedNonXa: 0 });
    expect(r.explanation.notes).toEqual(['all_xa_no_data']);
  });

  it('the same district in a year with data', () => {
    const rs = evaluateTargets(idx, LEADERS_TARGETS, 2023, { districtCode: '903' });
    expect(byId(rs, 'I.2.a-4')).toMatchObject({ status: 'met', value: 100, numerator: 2, denominator: 2 });
    expect(byId(rs, 'I.2.b-1')).toMatchObject({ status: 'met', value: 100 });
    expect(byId(rs, 'I.2.c-1')).toMatchObject({ status: 'not_met', value: 0, numerator: 0, denominator: 2 });
  });

  it('a missing year (2024) is no data everywhere, not a carried-forward value', () => {
    const rs = evaluateTargets(idx, LEADERS_TARGETS, 2024);
    for (const id of ['I.2.a-4', 'I.2.a-5', 'I.2.a-6', 'I.2.b-1', 'I.2.c-1']) {
      expect(byId(rs, id)).toMatchObject({ status: 'no_data', explanation: { xaInScope: 6, xaNoData: 6 } });
    }
    // The pilot list is the plan's, not a yearly result.
    expect(byId(rs, 'I.2.d-1').status).toBe('met');
  });

  it('the pilot count stays province-wide in a district scope, and says so', () => {
    const r = byId(evaluateTargets(idx, LEADERS_TARGETS, 2025, { districtCode: '903' }), 'I.2.d-1');
    expect(r).toMatchObject({ status: 'met', value: 1, explanation: { districtCode: null } });
    expect(r.explanation.notes).toContain('province_wide');
  });

  it('an unknown district has nothing in scope', () => {
    const r = byId(evaluateTargets(idx, LEADERS_TARGETS, 2025, { districtCode: '999' }), 'I.2.a-4');
    expect(r).toMatchObject({ status: 'no_data', explanation: { xaInScope: 0 } });
  });

  it('a count target from a commune field reports the count, not a share', () => {
    const t: PlanTarget = { ...LEADERS_TARGETS.find((x) => x.id === 'I.2.b-1')!, unit: 'count', threshold: 2, comparator: '>=' };
    expect(evaluateTarget(idx, t, 2025)).toMatchObject({ status: 'met', value: 2, numerator: 2, denominator: 3 });
  });

  it('no targets → empty list', () => {
    expect(evaluateTargets(buildIndex(makeLeadersFixture()), [], 2025)).toEqual([]);
  });
});

describe('the real targets file on the app fixture', () => {
  const path = 'data/targets.json';
  it('evaluates every target of data/targets.json by its measure kind', () => {
    const targets = JSON.parse(readFileSync(path, 'utf8')) as PlanTarget[];
    const rs = evaluateTargets(buildIndex(makeFixture()), targets, 2025);
    expect(rs).toHaveLength(targets.length);
    for (const r of rs) {
      const kind = r.target.measure.kind;
      if (kind === 'not_measurable') {
        expect(r.status).toBe('not_measurable');
        expect(r.explanation.reason?.vi).toBeTruthy();
      } else if (kind === 'district_indicator') {
        expect(r.status).toBe('no_data');
      } else {
        expect(['met', 'not_met', 'no_data']).toContain(r.status);
      }
    }
    // App fixture 2025: 8 xã, Đạ M' Rong has a null status but known indicator 8.4 (true) → 9/9.
    const i84 = rs.filter((r) => r.target.measure.kind === 'commune_indicator' && r.target.measure.indicator === '8.4');
    expect(i84).toHaveLength(1);
    expect(i84[0]).toMatchObject({ status: 'met', numerator: 9, denominator: 9 });
  });
});
