// The URL codec: app view ⇄ query parameters. Pure (no React, no store, no DOM beyond
// URLSearchParams). Writes only what differs from the default (plus `v`), reads strictly: any
// value that is not exactly valid is dropped, so the app falls back to its default for it.
//
// | param    | meaning                         | default  | valid values                                  |
// |----------|---------------------------------|----------|-----------------------------------------------|
// | v        | format version                  | (1)      | written whenever anything else is; absent = v0 |
// | measure  | what communes are coloured by   | status   | isMeasureId: status, count, pilot, c1..c19, i8.1..i8.4, inc8.4, inc15.2, c2026-1..c2026-10 (a measure the year's catalog lacks falls back to status once the data is there) |
// | year     | year of the data                | 2025     | 4 digits, one of ctx.years (the timeline: years with data and each catalog's first year, 2021..2026; else 2021..2025) |
// | commune  | selected commune (GSO code)     | none     | 5 digits, one of ctx.communes when given      |
// | district | selected district (GSO code)    | none     | 3 digits, one of ctx.districts when given; ignored when commune is set |
// | mode     | colour by district              | commune  | `district`                                    |
// | view     | main view tab                   | map      | `map`, `table`, `leaders`                     |
// | locale   | UI language                     | vi       | `vi`, `en`                                    |
// | basemap  | OpenStreetMap basemap           | 0        | `1`, `0`                                      |
// | lat,lon,zoom | camera (all three or none)  | province fit | lat 9.5..14, lon 105.5..110.5 (≤ 6 decimals), zoom 6..14 |
// | embed    | embed layout                    | 0        | `1`, `0`                                      |
// | geo      | geography (v2, issue 13)        | the year's default | `2020` (the plan's 142 units), `2025` (today's 124); written when chosen, and always with a commune |
// | player   | year slider + play in the embed | 0        | `1`, `0` (issue 15; an embed-code option)      |
//
// A parameter given twice with different values is ambiguous and dropped. Values longer than
// 32 characters are dropped before any parsing; so is what lies beyond the query's length cap
// (src/url/limits.ts).
import { DEFAULT_MEASURE, isMeasureId, type MeasureId } from '../domain/measures';
import { YEARS } from '../domain/types';
import type { GeographyId, Locale, MainView, Selection } from '../state/store';
import { CURRENT_VERSION, migrateParams } from './migrations';
import { capQuery } from './limits';

export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

export interface UrlState {
  measure: MeasureId;
  year: number;
  selection: Selection;
  districtMode: boolean;
  locale: Locale;
  basemap: boolean;
  view: MainView;
  /** null: the default framing (whole province, or the selection). */
  camera: Camera | null;
  embed: boolean;
  /** The geography (v2): null = the year's default. A `today` selection belongs to '2025'. */
  geography: GeographyId | null;
  /** Issue 15: the embed shows a year slider with play/pause (an option of the embed code). */
  player: boolean;
}

/** Mirrors the store's DEFAULTS (a test checks they agree); kept here so the codec stays pure. */
export const URL_DEFAULTS: UrlState = {
  measure: DEFAULT_MEASURE,
  year: 2025,
  selection: null,
  districtMode: false,
  locale: 'vi',
  basemap: false,
  view: 'map',
  camera: null,
  embed: false,
  geography: null,
  player: false,
};

/** What the decoder may check codes against (from the loaded dataset). */
export interface DecodeContext {
  communes?: ReadonlySet<string>;
  districts?: ReadonlySet<string>;
  years?: readonly number[];
  /** Today's 124 codes (issue 13), when loaded; without them a 5-digit code on geo=2025 is kept
   *  and checked once today.json is there. */
  todayCommunes?: ReadonlySet<string>;
}

/** Every parameter name the codec reads or writes (v1). */
export const PARAMS = [
  'v', 'measure', 'year', 'commune', 'district', 'mode', 'view', 'locale', 'basemap', 'lat', 'lon', 'zoom', 'embed', 'geo', 'player',
] as const;
const GEOGRAPHIES: readonly GeographyId[] = ['2020', '2025'];

/** Camera limits: the map's maxBounds (province ± 1.5°) rounded outwards, and its zoom range. */
export const CAMERA_LIMITS = { lon: [105.5, 110.5], lat: [9.5, 14], zoom: [6, 14] } as const;
const MAX_LEN = 32;
const MAIN_VIEWS: readonly MainView[] = ['map', 'table', 'leaders'];

// ---- encode ---------------------------------------------------------------------------------

function round(n: number, digits: number): string {
  // toFixed then strip trailing zeros: "108.4500" → "108.45", "9.00" → "9".
  return Number(n.toFixed(digits)).toString();
}

export function sameSelection(a: Selection, b: Selection): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'commune' && b.kind === 'commune') return a.gso === b.gso;
  if (a.kind === 'district' && b.kind === 'district') return a.code === b.code;
  if (a.kind === 'today' && b.kind === 'today') return a.code === b.code;
  return false;
}

/** The query of a view: defaults omitted, `v` first whenever anything is written. */
export function encodeState(state: Partial<UrlState>): URLSearchParams {
  const s: UrlState = { ...URL_DEFAULTS, ...state };
  const p = new URLSearchParams();
  if (s.measure !== URL_DEFAULTS.measure && isMeasureId(s.measure)) p.set('measure', s.measure);
  if (s.year !== URL_DEFAULTS.year && Number.isInteger(s.year)) p.set('year', String(s.year));
  // A today selection makes the geography today's, whatever else is said.
  const geo: GeographyId | null = s.selection?.kind === 'today' ? '2025' : s.geography;
  const onToday = geo === '2025';
  if (s.selection) {
    if (s.selection.kind === 'commune' && !onToday && /^\d{5}$/.test(s.selection.gso)) p.set('commune', s.selection.gso);
    if (s.selection.kind === 'today' && /^\d{5}$/.test(s.selection.code)) p.set('commune', s.selection.code);
    if (s.selection.kind === 'district' && !onToday && /^\d{3}$/.test(s.selection.code)) p.set('district', s.selection.code);
  }
  // Which units a commune code means (the sync names it whenever a commune is selected).
  if (geo && GEOGRAPHIES.includes(geo)) p.set('geo', geo);
  if (s.districtMode && !onToday) p.set('mode', 'district');
  if (s.view !== URL_DEFAULTS.view && MAIN_VIEWS.includes(s.view)) p.set('view', s.view);
  if (s.locale !== URL_DEFAULTS.locale && s.locale === 'en') p.set('locale', 'en');
  if (s.basemap) p.set('basemap', '1');
  if (s.camera && validCamera(s.camera)) {
    p.set('lat', round(s.camera.lat, 4));
    p.set('lon', round(s.camera.lon, 4));
    p.set('zoom', round(s.camera.zoom, 2));
  }
  if (s.embed) p.set('embed', '1');
  if (s.player) p.set('player', '1');
  if ([...p.keys()].length === 0) return p;
  const out = new URLSearchParams({ v: String(CURRENT_VERSION) });
  for (const [k, v] of p) out.append(k, v);
  return out;
}

/** `?…` string of a view, '' for the all-default view. */
export function toQueryString(state: Partial<UrlState>): string {
  const q = encodeState(state).toString();
  return q ? `?${q}` : '';
}

// ---- decode ---------------------------------------------------------------------------------

/** The one unambiguous, short value of a parameter, or undefined. */
function single(p: URLSearchParams, name: string): string | undefined {
  const all = p.getAll(name);
  if (all.length === 0) return undefined;
  if (all.some((v) => v !== all[0])) return undefined; // ambiguous
  const v = all[0];
  return v.length <= MAX_LEN ? v : undefined;
}

function flag(p: URLSearchParams, name: string): boolean | undefined {
  const v = single(p, name);
  return v === '1' ? true : v === '0' ? false : undefined;
}

const DECIMAL = /^-?\d{1,3}(?:\.\d{1,6})?$/;

function inRange(n: number, [lo, hi]: readonly [number, number]): boolean {
  return Number.isFinite(n) && n >= lo && n <= hi;
}

export function validCamera(c: Camera): boolean {
  return inRange(c.lon, CAMERA_LIMITS.lon) && inRange(c.lat, CAMERA_LIMITS.lat) && inRange(c.zoom, CAMERA_LIMITS.zoom);
}

function decodeCamera(p: URLSearchParams): Camera | undefined {
  const [lat, lon, zoom] = ['lat', 'lon', 'zoom'].map((k) => single(p, k));
  if (lat === undefined || lon === undefined || zoom === undefined) return undefined;
  if (!DECIMAL.test(lat) || !DECIMAL.test(lon) || !DECIMAL.test(zoom)) return undefined;
  const c = { lat: Number(lat), lon: Number(lon), zoom: Number(zoom) };
  return validCamera(c) ? c : undefined;
}

/**
 * The valid parts of a query (after migrating old versions). Absent or invalid parameters are
 * simply missing from the result: the caller fills them with its defaults. Never throws.
 */
export function decodeState(input: URLSearchParams | string, ctx: DecodeContext = {}): Partial<UrlState> {
  let raw: URLSearchParams;
  try {
    raw = new URLSearchParams(capQuery(typeof input === 'string' ? input : input.toString()));
  } catch {
    return {};
  }
  const { params: p } = migrateParams(raw);
  const out: Partial<UrlState> = {};

  const measure = single(p, 'measure');
  if (isMeasureId(measure)) out.measure = measure;

  const year = single(p, 'year');
  if (year !== undefined && /^\d{4}$/.test(year)) {
    const y = Number(year);
    const years = ctx.years && ctx.years.length ? ctx.years : YEARS;
    if (years.includes(y)) out.year = y;
  }

  const geo = single(p, 'geo');
  const geography = GEOGRAPHIES.find((g) => g === geo);
  if (geography) out.geography = geography;
  const onToday = geography === '2025';

  const commune = single(p, 'commune');
  const district = single(p, 'district');
  if (onToday) {
    // Today's units: no district level; the commune is one of today's codes.
    if (commune !== undefined && /^\d{5}$/.test(commune) && (!ctx.todayCommunes || ctx.todayCommunes.has(commune))) {
      out.selection = { kind: 'today', code: commune };
    }
  } else if (commune !== undefined && /^\d{5}$/.test(commune) && (!ctx.communes || ctx.communes.has(commune))) {
    out.selection = { kind: 'commune', gso: commune };
  } else if (district !== undefined && /^\d{3}$/.test(district) && (!ctx.districts || ctx.districts.has(district))) {
    out.selection = { kind: 'district', code: district };
  }

  const mode = single(p, 'mode');
  if (mode === 'district' && !onToday) out.districtMode = true;
  else if (mode === 'commune') out.districtMode = false;

  const view = single(p, 'view');
  const mainView = MAIN_VIEWS.find((x) => x === view);
  if (mainView) out.view = mainView;

  const locale = single(p, 'locale');
  if (locale === 'vi' || locale === 'en') out.locale = locale;

  const basemap = flag(p, 'basemap');
  if (basemap !== undefined) out.basemap = basemap;

  const camera = decodeCamera(p);
  if (camera) out.camera = camera;

  const embed = flag(p, 'embed');
  if (embed !== undefined) out.embed = embed;

  const player = flag(p, 'player');
  if (player !== undefined) out.player = player;

  return out;
}

/** decodeState with every missing field filled from the defaults. */
export function decodeFull(input: URLSearchParams | string, ctx: DecodeContext = {}): UrlState {
  return { ...URL_DEFAULTS, ...decodeState(input, ctx) };
}

/** True when the query asks for the embed layout (readable before any data is loaded). */
export function isEmbedQuery(search: string): boolean {
  return decodeState(search).embed === true;
}

/** Two cameras the same after URL rounding? */
export function sameCamera(a: Camera | null, b: Camera | null): boolean {
  if (!a || !b) return a === b;
  return round(a.lat, 4) === round(b.lat, 4) && round(a.lon, 4) === round(b.lon, 4) && round(a.zoom, 2) === round(b.zoom, 2);
}

/** Both views equal as URLs (what a permalink would carry). */
export function sameUrlState(a: Partial<UrlState>, b: Partial<UrlState>): boolean {
  return encodeState(a).toString() === encodeState(b).toString();
}
