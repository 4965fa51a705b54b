import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allMeasures, isMeasureId, type MeasureId } from '../domain/measures';
import { YEARS } from '../domain/types';
import { DEFAULTS } from '../state/store';
import {
  CAMERA_LIMITS, URL_DEFAULTS, decodeFull, decodeState, encodeState, isEmbedQuery, sameCamera, toQueryString,
  type DecodeContext, type UrlState,
} from './urlState';
import { CURRENT_VERSION, MIGRATIONS, migrateParams, versionOf } from './migrations';

const CTX: DecodeContext = {
  communes: new Set(['24943', '25135', '24805', '25126']),
  districts: new Set(['672', '677', '682']),
  years: [2021, 2022, 2023, 2024, 2025],
};

const KA_DO_C8_2023: UrlState = {
  ...URL_DEFAULTS,
  measure: 'c8',
  year: 2023,
  selection: { kind: 'commune', gso: '24943' },
  camera: { lon: 108.4512, lat: 11.8234, zoom: 10.75 },
};

const HOSTILE = [
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '<b>x</b>',
  '', ' ', '%00', '\u0000', 'NaN', 'Infinity', '-Infinity', '1e308', '-1e308', '9'.repeat(400),
  '1'.repeat(33), '0x10', '2023.0', '2023 ', ' 2023', '+2023', '-0', '1/0', 'undefined', 'null',
  '__proto__', 'constructor', 'toString', 'C8', 'c08', 'c0', 'c20', 'i9.9', 'status ', 'EN', 'VI',
  'true', 'yes', '2', '٢٠٢٣', '２０２３', 'Ka Đô', '24943<script>', '677;drop', '=cmd|calc', '../..',
];

/** Every field of a decoded (partial) state is valid for the app. */
function assertValid(s: Partial<UrlState>, ctx: DecodeContext = {}): void {
  for (const key of Object.keys(s)) expect(Object.keys(URL_DEFAULTS)).toContain(key);
  if ('measure' in s) expect(isMeasureId(s.measure)).toBe(true);
  if ('year' in s) expect((ctx.years ?? YEARS) as readonly number[]).toContain(s.year);
  if (s.selection) {
    if (s.selection.kind === 'commune') {
      expect(s.selection.gso).toMatch(/^\d{5}$/);
      if (ctx.communes) expect(ctx.communes.has(s.selection.gso)).toBe(true);
    } else {
      expect(s.selection.kind).toBe('district');
      expect(s.selection.code).toMatch(/^\d{3}$/);
      if (ctx.districts) expect(ctx.districts.has(s.selection.code)).toBe(true);
    }
  }
  if ('districtMode' in s) expect(typeof s.districtMode).toBe('boolean');
  if ('basemap' in s) expect(typeof s.basemap).toBe('boolean');
  if ('embed' in s) expect(typeof s.embed).toBe('boolean');
  if ('locale' in s) expect(['vi', 'en']).toContain(s.locale);
  if ('view' in s) expect(['map', 'table', 'leaders']).toContain(s.view);
  if (s.camera) {
    for (const k of ['lon', 'lat', 'zoom'] as const) {
      expect(Number.isFinite(s.camera[k])).toBe(true);
      expect(s.camera[k]).toBeGreaterThanOrEqual(CAMERA_LIMITS[k][0]);
      expect(s.camera[k]).toBeLessThanOrEqual(CAMERA_LIMITS[k][1]);
    }
  }
}

describe('URL defaults', () => {
  it('agree with the store defaults', () => {
    const { camera, embed, player, selection, ...rest } = URL_DEFAULTS;
    expect(rest).toEqual(DEFAULTS);
    expect([camera, embed, player, selection]).toEqual([null, false, false, null]);
  });

  it('carries the embed year player flag (issue 15)', () => {
    expect(encodeState({ embed: true, player: true }).toString()).toBe('v=2&embed=1&player=1');
    expect(decodeState('v=1&embed=1&player=1').player).toBe(true);
    expect(decodeState('v=1&player=yes').player).toBeUndefined();
  });

  it('the default view has an empty query', () => {
    expect(encodeState(URL_DEFAULTS).toString()).toBe('');
    expect(encodeState({}).toString()).toBe('');
    expect(toQueryString({})).toBe('');
  });
});

describe('encodeState', () => {
  it('writes only what differs from the default, with v=2 first', () => {
    expect(encodeState({ measure: 'c8' }).toString()).toBe('v=2&measure=c8');
    expect(encodeState({ year: 2023 }).toString()).toBe('v=2&year=2023');
    expect(encodeState({ measure: 'status', year: 2025, locale: 'vi' }).toString()).toBe('');
  });

  it('writes the journalist view readably', () => {
    expect(toQueryString(KA_DO_C8_2023)).toBe('?v=2&measure=c8&year=2023&commune=24943&lat=11.8234&lon=108.4512&zoom=10.75');
    expect(toQueryString({ ...KA_DO_C8_2023, embed: true })).toMatch(/&embed=1$/);
  });

  it('rounds the camera (lat/lon 4 decimals, zoom 2)', () => {
    const p = encodeState({ camera: { lon: 108.123456789, lat: 11.987654321, zoom: 9.87654 } });
    expect(p.get('lon')).toBe('108.1235');
    expect(p.get('lat')).toBe('11.9877');
    expect(p.get('zoom')).toBe('9.88');
  });

  it('never writes invalid state', () => {
    const bad = {
      measure: 'c99' as MeasureId,
      year: 2023.5,
      selection: { kind: 'commune' as const, gso: '<script>' },
      camera: { lon: Number.NaN, lat: 11, zoom: 9 },
    };
    expect(encodeState(bad).toString()).toBe('');
    expect(encodeState({ camera: { lon: 200, lat: 11, zoom: 9 } }).toString()).toBe('');
    expect(encodeState({ selection: { kind: 'district', code: '67' } }).toString()).toBe('');
  });
});

describe('decodeState', () => {
  it('round-trips the journalist view', () => {
    expect(decodeFull(encodeState(KA_DO_C8_2023), CTX)).toEqual(KA_DO_C8_2023);
  });

  it('round-trips each field alone', () => {
    const cases: Partial<UrlState>[] = [
      { measure: 'inc15.2' }, { measure: 'i8.4' }, { measure: 'count' }, { measure: 'pilot' }, { measure: 'c19' },
      { year: 2021 }, { selection: { kind: 'district', code: '677' } }, { selection: { kind: 'commune', gso: '25126' } },
      { districtMode: true }, { locale: 'en' }, { basemap: true }, { view: 'table' }, { view: 'leaders' }, { embed: true },
      { camera: { lon: 108, lat: 12, zoom: 8 } },
    ];
    for (const c of cases) expect(decodeFull(encodeState(c), CTX)).toEqual({ ...URL_DEFAULTS, ...c });
  });

  it('accepts a string with or without "?"', () => {
    expect(decodeState('?v=1&measure=c8').measure).toBe('c8');
    expect(decodeState('v=1&measure=c8').measure).toBe('c8');
  });

  it('rejects unknown codes when the data is known, accepts well-formed ones without context', () => {
    expect(decodeState('v=1&commune=99999', CTX).selection).toBeUndefined();
    expect(decodeState('v=1&commune=99999').selection).toEqual({ kind: 'commune', gso: '99999' });
    expect(decodeState('v=1&district=999', CTX).selection).toBeUndefined();
    expect(decodeState('v=1&year=2020', CTX).year).toBeUndefined();
    expect(decodeState('v=1&year=2024', { ...CTX, years: [2025] }).year).toBeUndefined();
  });

  it('commune wins over district; an invalid commune lets a valid district through', () => {
    expect(decodeState('v=1&commune=24943&district=677', CTX).selection).toEqual({ kind: 'commune', gso: '24943' });
    expect(decodeState('v=1&commune=abc&district=677', CTX).selection).toEqual({ kind: 'district', code: '677' });
  });

  it('drops a parameter given twice with different values, keeps identical duplicates', () => {
    expect(decodeState('v=1&measure=c8&measure=c9').measure).toBeUndefined();
    expect(decodeState('v=1&measure=c8&measure=c8').measure).toBe('c8');
    expect(decodeState('v=1&year=2023&year=2024&measure=c1')).toEqual({ measure: 'c1' });
  });

  it('camera is all three parameters or nothing, within the province and zoom range', () => {
    expect(decodeState('v=1&lat=11.8&lon=108.4').camera).toBeUndefined();
    expect(decodeState('v=1&lat=11.8&lon=108.4&zoom=99').camera).toBeUndefined();
    expect(decodeState('v=1&lat=91&lon=108.4&zoom=9').camera).toBeUndefined();
    expect(decodeState('v=1&lat=11.8&lon=-108.4&zoom=9').camera).toBeUndefined();
    expect(decodeState('v=1&lat=11.8&lon=108.4&zoom=1e1').camera).toBeUndefined();
    expect(decodeState('v=1&lat=NaN&lon=108.4&zoom=9').camera).toBeUndefined();
    expect(decodeState('v=1&lat=11.8&lon=108.4&zoom=9').camera).toEqual({ lat: 11.8, lon: 108.4, zoom: 9 });
  });

  it('rejects hostile values in every parameter without throwing', () => {
    const names = ['v', 'measure', 'year', 'commune', 'district', 'mode', 'view', 'locale', 'basemap', 'lat', 'lon', 'zoom', 'embed', 'player', 'sel', 'lang'];
    for (const name of names) {
      for (const value of HOSTILE) {
        const p = new URLSearchParams();
        if (name !== 'v') p.set('v', '1');
        p.set(name, value);
        if (name === 'lat' || name === 'lon' || name === 'zoom') {
          for (const [k, v] of Object.entries({ lat: '11.8', lon: '108.4', zoom: '9' })) if (k !== name) p.set(k, v);
        }
        const s = decodeState(p, CTX);
        assertValid(s, CTX);
        // No hostile string ever survives into the state.
        expect(JSON.stringify(s)).not.toMatch(/<|>|script|javascript|onerror/i);
      }
    }
  });

  it('ignores unknown parameters and a garbage version', () => {
    expect(decodeState('v=1&utm_source=x&fbclid=y&measure=c2')).toEqual({ measure: 'c2' });
    expect(decodeState('v=<script>&measure=c2')).toEqual({ measure: 'c2' });
    expect(decodeState('v=999&measure=c2')).toEqual({ measure: 'c2' });
  });

  it('reads the embed flag before data is loaded', () => {
    expect(isEmbedQuery('?v=1&embed=1')).toBe(true);
    expect(isEmbedQuery('?v=1&embed=true')).toBe(false);
    expect(isEmbedQuery('')).toBe(false);
  });
});

describe('migrations', () => {
  it('form a chain from 0 to the current version', () => {
    let v = 0;
    for (const m of MIGRATIONS) {
      expect(m.from).toBe(v);
      expect(m.to).toBe(v + 1);
      v = m.to;
    }
    expect(v).toBe(CURRENT_VERSION);
  });

  it('version: absent → 0, garbage or future → current', () => {
    expect(versionOf(new URLSearchParams('measure=c8'))).toBe(0);
    expect(versionOf(new URLSearchParams('v=0'))).toBe(0);
    expect(versionOf(new URLSearchParams('v=1'))).toBe(1);
    expect(versionOf(new URLSearchParams('v=abc'))).toBe(CURRENT_VERSION);
    expect(versionOf(new URLSearchParams('v=7'))).toBe(CURRENT_VERSION);
  });

  it('a v0 link (lang, sel, districts, tab, lat/lng/z) opens the same view', () => {
    const v0 = '?measure=c8&year=2023&sel=24943&lang=en&districts=1&tab=table&lat=11.8234&lng=108.4512&z=10.75';
    expect(decodeFull(v0, CTX)).toEqual({
      ...KA_DO_C8_2023, locale: 'en', districtMode: true, view: 'table', geography: '2020',
    });
  });

  it('v0 sel with a 3-digit code is a district; garbage sel is dropped', () => {
    expect(decodeState('sel=677&lang=vi', CTX)).toEqual({ selection: { kind: 'district', code: '677' }, locale: 'vi' });
    expect(decodeState('sel=<script>&lang=fr', CTX)).toEqual({});
  });

  it('migrating a v0 link gives the canonical v2 query (a commune names its geography)', () => {
    const { params, from } = migrateParams(new URLSearchParams('sel=24943&lang=en'));
    expect(from).toBe(0);
    expect(encodeState(decodeFull(params, CTX)).toString()).toBe('v=2&commune=24943&geo=2020&locale=en');
  });

  it('does not apply v0 renames to a v1 link', () => {
    // In v1, `lang` and `sel` mean nothing.
    expect(decodeState('v=1&lang=en&sel=24943', CTX)).toEqual({});
  });

  it('never mutates its input', () => {
    const input = new URLSearchParams('sel=24943&lang=en');
    migrateParams(input);
    expect(input.toString()).toBe('sel=24943&lang=en');
  });
});

// ---- property-based ---------------------------------------------------------------------------

const arbMeasure = fc.constantFrom(...allMeasures());
const arbSelection = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...CTX.communes!).map((gso) => ({ kind: 'commune' as const, gso })),
  fc.constantFrom(...CTX.districts!).map((code) => ({ kind: 'district' as const, code })),
);
const arbCamera = fc.oneof(
  fc.constant(null),
  fc.record({
    lon: fc.integer({ min: 1055000, max: 1105000 }).map((n) => n / 10000),
    lat: fc.integer({ min: 95000, max: 140000 }).map((n) => n / 10000),
    zoom: fc.integer({ min: 600, max: 1400 }).map((n) => n / 100),
  }),
);
const arbState: fc.Arbitrary<UrlState> = fc.record({
  measure: arbMeasure,
  year: fc.constantFrom(...YEARS),
  selection: arbSelection,
  districtMode: fc.boolean(),
  locale: fc.constantFrom('vi' as const, 'en' as const),
  basemap: fc.boolean(),
  view: fc.constantFrom('map' as const, 'table' as const, 'leaders' as const),
  camera: arbCamera,
  embed: fc.boolean(),
  geography: fc.constantFrom(null, '2020' as const),
  player: fc.boolean(),
});

const arbKey = fc.oneof(
  fc.constantFrom('v', 'measure', 'year', 'commune', 'district', 'mode', 'view', 'locale', 'basemap', 'lat', 'lon', 'zoom', 'embed', 'player', 'sel', 'lang', 'tab', 'lng', 'z', 'districts'),
  fc.string({ maxLength: 12 }),
);
const arbValue = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.constantFrom('1', '0', 'district', 'commune', 'table', 'map', 'leaders', 'en', 'vi', '24943', '677', '2023', 'c8', 'inc15.2', '11.8', '108.4', '9.5'),
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.double().map(String),
  fc.integer().map(String),
);
const arbQuery = fc.array(fc.tuple(arbKey, arbValue), { maxLength: 16 });

describe('properties', () => {
  it('encode → decode is the identity on valid states', () => {
    fc.assert(
      fc.property(arbState, (s) => {
        const back = decodeFull(encodeState(s), CTX);
        expect({ ...back, camera: null }).toEqual({ ...s, camera: null });
        expect(sameCamera(back.camera, s.camera)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('encoding omits every default and is idempotent through decode', () => {
    fc.assert(
      fc.property(arbState, (s) => {
        const p = encodeState(s);
        if (s.measure === 'status') expect(p.has('measure')).toBe(false);
        if (s.year === 2025) expect(p.has('year')).toBe(false);
        if (!s.districtMode) expect(p.has('mode')).toBe(false);
        if (s.locale === 'vi') expect(p.has('locale')).toBe(false);
        if (!s.basemap) expect(p.has('basemap')).toBe(false);
        if (s.view === 'map') expect(p.has('view')).toBe(false);
        if (!s.embed) expect(p.has('embed')).toBe(false);
        expect(p.has('v')).toBe([...p.keys()].length > 0);
        expect(encodeState(decodeFull(p, CTX)).toString()).toBe(p.toString());
      }),
      { numRuns: 1000 },
    );
  });

  it('random and hostile queries never throw and always decode to a valid state', () => {
    fc.assert(
      fc.property(arbQuery, fc.boolean(), (pairs, withCtx) => {
        const p = new URLSearchParams();
        for (const [k, v] of pairs) p.append(k, v);
        const ctx = withCtx ? CTX : {};
        const s = decodeState(p, ctx);
        assertValid(s, ctx);
        // …and the decoded state re-encodes to a query the decoder reads back the same way.
        expect(decodeState(encodeState(s), ctx)).toEqual(
          Object.fromEntries(Object.entries({ ...URL_DEFAULTS, ...s }).filter(([k, v]) =>
            JSON.stringify(v) !== JSON.stringify(URL_DEFAULTS[k as keyof UrlState]))),
        );
      }),
      { numRuns: 5000 },
    );
  });

  it('raw query strings (any characters) never throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (q) => {
        assertValid(decodeState(q, CTX), CTX);
        assertValid(decodeState(`?${q}`));
      }),
      { numRuns: 3000 },
    );
  });
});
