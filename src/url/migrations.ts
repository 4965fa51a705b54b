// Migrations of old permalinks to the current query format (owid-grapher's GrapherUrlMigrations
// model): each step rewrites the parameters of version N into version N+1. Published links live
// forever in articles, so a rename of a parameter is a new step here, never an edit of an old one.
//
// Version 0 (the prototype's links, no `v` parameter):
//   ?measure=c8&year=2023&sel=24943&lang=en&districts=1&tab=table&lat=11.82&lng=108.45&z=9.5
//   - `sel`: a 5-digit GSO commune code or a 3-digit district code, in one parameter;
//   - `lang`: the UI language;  `districts=1`: district mode;  `tab`: map | table;
//   - `lat`, `lng`, `z`: the camera.
// Version 1: see urlState.ts for the full table; the 2020–2024 units only.
// Version 2 (current, issue 13): + `geo` (2020 | 2025): commune codes are REUSED between the
//   plan's 142 units and today's 124, so a link names the geography its commune belongs to.

export const CURRENT_VERSION = 2;

export interface Migration {
  from: number;
  to: number;
  description: string;
  /** Pure: returns new params, never mutates its input. */
  migrate(params: URLSearchParams): URLSearchParams;
}

function rename(p: URLSearchParams, from: string, to: string): void {
  if (!p.has(from)) return;
  const values = p.getAll(from);
  p.delete(from);
  // The new name wins when a link somehow carries both.
  if (!p.has(to)) for (const v of values) p.append(to, v);
}

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 0,
    to: 1,
    description: 'v0 → v1: lang → locale; sel → commune | district; districts=1 → mode=district; tab → view; lat/lng/z → lat/lon/zoom',
    migrate(input) {
      const p = new URLSearchParams(input);
      rename(p, 'lang', 'locale');
      if (p.has('sel')) {
        const values = p.getAll('sel');
        p.delete('sel');
        for (const v of values) {
          // v0 told communes from districts by the length of the code.
          if (/^\d{5}$/.test(v)) {
            if (!p.has('commune')) p.append('commune', v);
          } else if (/^\d{3}$/.test(v)) {
            if (!p.has('district')) p.append('district', v);
          }
          // anything else was garbage in v0 too: dropped.
        }
      }
      if (p.has('districts')) {
        const on = p.getAll('districts').every((v) => v === '1' || v === 'true');
        p.delete('districts');
        if (on && !p.has('mode')) p.set('mode', 'district');
      }
      rename(p, 'tab', 'view');
      rename(p, 'lng', 'lon');
      rename(p, 'z', 'zoom');
      p.set('v', '1');
      return p;
    },
  },
  {
    from: 1,
    to: 2,
    description: 'v1 → v2: a v1 commune is one of the plan\'s 142 units (2020–2024 codes): geo=2020',
    migrate(input) {
      const p = new URLSearchParams(input);
      // A v1 link never had `geo` (one that somehow carries it: dropped, v1 knew only 2020). Its
      // commune code is a 2020–2024 code: say so, since today's units reuse codes. Without a
      // commune, v2's default for every v1 year (2021–2025) is the same 142 units.
      p.delete('geo');
      if (p.has('commune')) p.set('geo', '2020');
      p.set('v', '2');
      return p;
    },
  },
];

/** The version a query claims: absent → 0 (v0 links had no `v`); unparseable or from the
 *  future → CURRENT_VERSION (decode what we can rather than fail). */
export function versionOf(params: URLSearchParams): number {
  const all = params.getAll('v');
  if (all.length === 0) return 0;
  const v = all[0];
  if (!/^\d{1,3}$/.test(v)) return CURRENT_VERSION;
  const n = Number(v);
  return n >= 0 && n <= CURRENT_VERSION ? n : CURRENT_VERSION;
}

/** Brings params of any known version up to CURRENT_VERSION. Never throws. */
export function migrateParams(params: URLSearchParams): { params: URLSearchParams; from: number } {
  const from = versionOf(params);
  let p = new URLSearchParams(params);
  let version = from;
  for (const m of MIGRATIONS) {
    if (m.from === version && m.to <= CURRENT_VERSION) {
      p = m.migrate(p);
      version = m.to;
    }
  }
  return { params: p, from };
}
