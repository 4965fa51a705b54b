// Hostile permalinks against the URL codec (src/url/urlState.ts), complementing its own
// property tests: raw percent-encoded query strings, prototype-pollution shapes, markup and
// control characters. Decoding never throws, never pollutes Object.prototype, falls back to the
// defaults, and never lets a string through except the codec's fixed vocabulary.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { URL_DEFAULTS, decodeFull, encodeState, isEmbedQuery, type UrlState } from '../../../src/url/urlState';
import { allMeasures } from '../../../src/domain/measures';

const NAMES = ['v', 'measure', 'year', 'commune', 'district', 'mode', 'view', 'locale', 'basemap', 'lat', 'lon', 'zoom', 'embed', 'sel', 'lang', 'tab', 'lng', 'z', 'districts'];
const SHAPES = ['__proto__', '__proto__[polluted]', 'constructor[prototype][polluted]', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
const HOSTILE = [
  '<script>window.__pwned=1</script>', '"><svg onload=alert(1)>', 'javascript:alert(1)', 'data:text/html,<b>x</b>',
  '%3Cscript%3E', '%00', '%', '%%', '%E0%A4%A', '%C0%80', '\u0000', '\u202e', '\ud800', '1e308', '-1e308', 'NaN',
  'Infinity', '9'.repeat(5000), '0x7e9', '2023\n', ' 2023', '２０２３', 'Ka Đô', '😀', '__proto__', 'polluted',
];

/** The closed set of strings a decoded state may contain. */
const VOCAB = new Set<string>([...allMeasures(), 'commune', 'district', 'vi', 'en', 'map', 'table', 'today', '2020', '2025']);

function strings(x: unknown, out: string[] = []): string[] {
  if (typeof x === 'string') out.push(x);
  else if (x && typeof x === 'object') for (const v of Object.values(x)) strings(v, out);
  return out;
}

function assertSafe(s: UrlState): void {
  expect(Object.keys(s).sort()).toEqual(Object.keys(URL_DEFAULTS).sort());
  for (const str of strings(s)) {
    // Codes are digits; everything else comes from the codec's vocabulary.
    expect(/^\d{3}$|^\d{5}$/.test(str) || VOCAB.has(str)).toBe(true);
  }
  for (const n of [s.year, s.camera?.lat, s.camera?.lon, s.camera?.zoom]) if (n !== undefined) expect(Number.isFinite(n)).toBe(true);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
}

const arbName = fc.oneof({ arbitrary: fc.constantFrom(...NAMES, ...SHAPES), weight: 4 }, { arbitrary: fc.string({ maxLength: 10 }), weight: 1 });
/** Valid values mixed in, so hostile links also carry real choices among the garbage. */
const VALID = ['district', 'c8', 'pilot', 'en', 'table', '1', '2021', '2023', '24943', '677', '11.8', '108.5', '9.5'];
const arbValue = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE), weight: 2 },
  { arbitrary: fc.constantFrom(...VALID), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 1 },
  { arbitrary: fc.double().map(String), weight: 1 },
);
/** encodeURIComponent throws on lone surrogates: those go in raw (the decoder must cope anyway). */
function enc(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return s;
  }
}
const arbRawQuery = fc
  .array(fc.tuple(arbName, arbValue, fc.boolean()), { maxLength: 20 })
  // Half the values are left raw, so malformed percent escapes reach the decoder as typed.
  .map((pairs) => pairs.map(([k, v, raw]) => `${raw ? k : enc(k)}=${raw ? v : enc(v)}`).join('&'));

describe('URL codec against hostile links', () => {
  it('decodeFull never throws and returns only defaults or the codec vocabulary (5,000 raw queries)', () => {
    fc.assert(
      fc.property(arbRawQuery, fc.constantFrom('', '?', '??', '#'), (q, prefix) => {
        const s = decodeFull(prefix + q);
        assertSafe(s);
        // The embed layout is chosen before the data loads: it must agree with the full decoding.
        expect(isEmbedQuery(prefix + q)).toBe(s.embed);
      }),
      { numRuns: 5000 },
    );
  });

  it('prototype-pollution shapes are ignored and the defaults stay intact', () => {
    const defaultsBefore = structuredClone(URL_DEFAULTS);
    for (const shape of SHAPES) {
      for (const v of ['1', 'polluted', '<script>x</script>']) {
        const s = decodeFull(`?${encodeURIComponent(shape)}=${encodeURIComponent(v)}&measure=${encodeURIComponent(shape)}&locale=${shape}`);
        expect(s).toEqual(URL_DEFAULTS);
      }
    }
    expect(URL_DEFAULTS).toEqual(defaultsBefore);
    // A decoded state is a fresh object: changing it (as the app does) never changes the defaults.
    const s = decodeFull('?__proto__[measure]=c8');
    expect(s).not.toBe(URL_DEFAULTS);
    s.measure = 'c8';
    expect(URL_DEFAULTS.measure).toBe('status');
  });

  it('repeated parameters with different values fall back to the default; identical repeats are fine', () => {
    expect(decodeFull('?year=2021&year=2023').year).toBe(URL_DEFAULTS.year);
    expect(decodeFull('?year=2021&year=2021').year).toBe(2021);
    expect(decodeFull('?commune=24943&commune=<script>').selection).toBeNull();
  });

  it('huge, unicode and NUL-laden values are dropped without work proportional to their size', () => {
    const big = 'a'.repeat(200_000);
    const t0 = performance.now();
    expect(decodeFull(`?measure=${big}&year=${'9'.repeat(100_000)}&commune=%00${big}`)).toEqual(URL_DEFAULTS);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(decodeFull('?year=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%93').year).toBe(URL_DEFAULTS.year); // full-width digits
    expect(decodeFull('?year=2023%00').year).toBe(URL_DEFAULTS.year);
  });

  it('re-encoding a decoded hostile link yields only known parameter names', () => {
    fc.assert(
      fc.property(arbRawQuery, (q) => {
        const keys = [...encodeState(decodeFull(q)).keys()];
        for (const k of keys) expect(['v', 'measure', 'year', 'commune', 'district', 'mode', 'view', 'locale', 'basemap', 'lat', 'lon', 'zoom', 'embed', 'geo']).toContain(k);
        // What a hostile link decodes to survives a permalink round trip unchanged.
        const once = decodeFull(q);
        expect(decodeFull(encodeState(once))).toEqual(once);
      }),
      { numRuns: 1000 },
    );
  });
});
