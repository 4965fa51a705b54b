import { describe, expect, it } from 'vitest';
import { allMeasures, criterionOf, indicatorOf, isMeasureId, parseMeasure } from './measures';

describe('measures', () => {
  it('lists status, count, pilot, change, recognition, 19 criteria and 6 indicators', () => {
    const all = allMeasures();
    expect(all.slice(0, 3)).toEqual(['status', 'count', 'pilot']);
    expect(all).toContain('c1');
    expect(all).toContain('c19');
    expect(all).toEqual(expect.arrayContaining(['i8.1', 'i8.2', 'i8.3', 'i8.4', 'inc8.4', 'inc15.2']));
    expect(all).toContain('change');
    expect(all).toContain('recognition');
    expect(all).toHaveLength(5 + 19 + 6);
    expect(all.every(isMeasureId)).toBe(true);
  });

  it.each([
    'c0', 'c20', 'c01', 'c1.0', 'c-1', 'c', 'i9.9', 'i8.5', 'i', 'inc', 'nc8.4', '8.4', 'Status', ' status', 'status ',
    '', 'count;drop', '<script>alert(1)</script>', '__proto__', 'constructor', 'toString', 'c1e1', 'cInfinity', 'cNaN',
  ])('rejects %j', (s) => {
    expect(isMeasureId(s)).toBe(false);
  });

  it('rejects non-strings', () => {
    for (const v of [null, undefined, 1, {}, [], ['status']]) expect(isMeasureId(v)).toBe(false);
  });

  it('parses criteria and indicators', () => {
    expect(parseMeasure('c8')).toEqual({ kind: 'criterion', no: 8, since: null });
    expect(parseMeasure('c2026-10')).toEqual({ kind: 'criterion', no: 10, since: 2026 });
    for (const bad of ['c2026-0', 'c2026-01', 'c2026-', 'c26-1', 'c2026-100', 'c2026.1']) expect(isMeasureId(bad)).toBe(false);
    expect(criterionOf('c19')).toBe(19);
    expect(indicatorOf('inc15.2')).toBe('nc15.2');
    expect(indicatorOf('status')).toBeNull();
    expect(() => parseMeasure('c0' as never)).toThrow();
  });
});
