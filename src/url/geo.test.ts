// URL format v2 (issue 13): `geo` names the geography of a link, since commune codes are reused
// between the plan's 142 units and today's 124; every v0/v1 link opens the view it opened before.
import { describe, expect, it } from 'vitest';
import { decodeFull, decodeState, encodeState, URL_DEFAULTS, type DecodeContext } from './urlState';
import { CURRENT_VERSION, migrateParams } from './migrations';

const CTX: DecodeContext = {
  communes: new Set(['24943', '24846', '25147']),
  districts: new Set(['677']),
  years: [2021, 2022, 2023, 2024, 2025],
  todayCommunes: new Set(['24943', '24846', '23272']),
};

describe('v2: geo', () => {
  it('is the current version', () => {
    expect(CURRENT_VERSION).toBe(2);
  });

  it("a today selection is written with geo=2025 and read back as one of today's units", () => {
    const q = encodeState({ selection: { kind: 'today', code: '23272' } }).toString();
    expect(q).toBe('v=2&commune=23272&geo=2025');
    expect(decodeState(q, CTX)).toEqual({ selection: { kind: 'today', code: '23272' }, geography: '2025' });
  });

  it('the same code means another unit in each geography', () => {
    // 24846: TT Lạc Dương (2020–2024) / Phường Lang Biang - Đà Lạt (today).
    expect(decodeState('v=2&commune=24846&geo=2020', CTX).selection).toEqual({ kind: 'commune', gso: '24846' });
    expect(decodeState('v=2&commune=24846&geo=2025', CTX).selection).toEqual({ kind: 'today', code: '24846' });
  });

  it("validates the commune against the geography's codes", () => {
    expect(decodeState('v=2&commune=25147&geo=2025', CTX).selection).toBeUndefined(); // Triệu Hải: not a unit today
    expect(decodeState('v=2&commune=23272&geo=2020', CTX).selection).toBeUndefined(); // Phú Quý: not in 2020–2024 Lâm Đồng
    // Before today.json is loaded the form is checked; the sync checks the code when it arrives.
    expect(decodeState('v=2&commune=23272&geo=2025').selection).toEqual({ kind: 'today', code: '23272' });
  });

  it('no district level on today\'s geography: district and mode=district are dropped', () => {
    expect(decodeState('v=2&district=677&mode=district&geo=2025', CTX)).toEqual({ geography: '2025' });
    expect(encodeState({ geography: '2025', districtMode: true, selection: { kind: 'district', code: '677' } }).toString()).toBe('v=2&geo=2025');
  });

  it('a bad geo is dropped (the year decides)', () => {
    expect(decodeState('v=2&geo=2030&measure=c8', CTX)).toEqual({ measure: 'c8' });
    expect(decodeState('v=2&geo=2020&geo=2025', CTX)).toEqual({});
  });
});

describe('v0 and v1 links open exactly the view they opened before', () => {
  // What each link decoded to under v1 (the plan's units, no geo), and now.
  const cases: [string, Record<string, unknown>][] = [
    ['?v=1&commune=24943', { selection: { kind: 'commune', gso: '24943' }, geography: '2020' }],
    ['?v=1&measure=c8&year=2023', { measure: 'c8', year: 2023 }],
    ['?v=1&measure=i8.4&year=2022&commune=24846&embed=1', { measure: 'i8.4', year: 2022, selection: { kind: 'commune', gso: '24846' }, embed: true, geography: '2020' }],
    ['?v=1&district=677&mode=district&year=2024', { selection: { kind: 'district', code: '677' }, districtMode: true, year: 2024 }],
    ['?v=1&embed=1&measure=count', { embed: true, measure: 'count' }],
    ['?measure=c8&year=2023&sel=24943&lang=en&districts=1&tab=table', { measure: 'c8', year: 2023, selection: { kind: 'commune', gso: '24943' }, locale: 'en', districtMode: true, view: 'table', geography: '2020' }],
    ['?sel=677', { selection: { kind: 'district', code: '677' } }],
  ];
  it.each(cases)('%s', (link, expected) => {
    expect(decodeState(link, CTX)).toEqual(expected);
    // A v1 commune stays a 2020–2024 unit even where today's units reuse its code (24846).
    const full = decodeFull(link, CTX);
    expect(full.selection?.kind === 'today').toBe(false);
    // Its canonical v2 link decodes to the same view.
    expect(decodeFull(encodeState(full), CTX)).toEqual(full);
  });

  it('a v1 link that somehow carries geo is read as v1 (the plan\'s units)', () => {
    expect(decodeState('?v=1&commune=24846&geo=2025', CTX).selection).toEqual({ kind: 'commune', gso: '24846' });
    expect(migrateParams(new URLSearchParams('v=1&year=2023')).params.toString()).toBe('v=2&year=2023');
  });

  it('defaults: no geo', () => {
    expect(URL_DEFAULTS.geography).toBeNull();
    expect(encodeState(URL_DEFAULTS).toString()).toBe('');
  });
});
