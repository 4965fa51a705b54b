// Issue 17: the query is cut to its whole pairs within the cap before parsing; long hashes go.
import { describe, expect, it } from 'vitest';
import { MAX_HASH_LENGTH, MAX_QUERY_LENGTH, capHash, capQuery } from './limits';
import { decodeState } from './urlState';

describe('URL length caps', () => {
  it('a query within the cap is read whole', () => {
    const q = `?v=1&measure=c8&year=2023&${'utm_source=x&'.repeat(100)}commune=24943`;
    expect(q.length).toBeLessThan(MAX_QUERY_LENGTH);
    expect(capQuery(q)).toBe(q);
    expect(decodeState(q)).toMatchObject({ measure: 'c8', year: 2023, selection: { kind: 'commune', gso: '24943' } });
  });

  it('beyond the cap only the pairs that end within it count (never half a value)', () => {
    // `zoom=9.55` straddles the cap: the first MAX_QUERY_LENGTH characters end in `zoom=9.5`, a
    // valid but wrong camera. The cap drops the pair instead.
    const head = '?measure=c8&lat=11&lon=108&x=';
    const tail = '&zoom=9.55';
    const q = head + 'a'.repeat(MAX_QUERY_LENGTH + 1 - head.length - tail.length) + tail;
    expect(q.length).toBe(MAX_QUERY_LENGTH + 1);
    expect(decodeState(q.slice(0, MAX_QUERY_LENGTH)).camera).toEqual({ lat: 11, lon: 108, zoom: 9.5 });
    const cut = capQuery(q);
    expect(q.startsWith(cut)).toBe(true);
    expect(cut.endsWith('a')).toBe(true);
    const d = decodeState(q);
    expect(d.measure).toBe('c8');
    expect(d.camera).toBeUndefined();
  });

  it('a megabyte of query decodes to what its head says, from a string or from URLSearchParams', () => {
    const q = `?measure=c8&${'a=1&'.repeat(250_000)}measure=c9`;
    expect(q.length).toBeGreaterThan(1_000_000);
    expect(decodeState(q)).toEqual({ measure: 'c8' });
    expect(decodeState(new URLSearchParams(q))).toEqual({ measure: 'c8' });
    expect(decodeState(`?${'x'.repeat(1_000_000)}`)).toEqual({});
  });

  it('a hash over the cap is dropped, a short one kept', () => {
    expect(capHash('#data-table')).toBe('#data-table');
    expect(capHash(`#${'a'.repeat(MAX_HASH_LENGTH - 1)}`)).toHaveLength(MAX_HASH_LENGTH);
    expect(capHash(`#${'a'.repeat(MAX_HASH_LENGTH)}`)).toBe('');
  });
});
