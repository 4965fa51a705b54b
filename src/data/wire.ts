// ntm.json on the wire (issue 13: first-load bytes). The dataset in memory (NtmDataset) is what the
// build assembles and the app reads; the file carries the same facts in a denser form, because it is
// on every visitor's first load:
// - attainment rows as tuples, booleans as one character each ('1' met, '0' not met, '-' unknown,
//   '.' no such field in the row), the repeated sources, criteria vintages and notes as indexes into
//   lists written once (−1.7 KB gzip);
// - a unit's `fullName`, which is always its type's prefix and its name, left out and rebuilt (−0.7 KB).
// decodeDataset(encodeDataset(ds)) deep-equals ds (src/data/wire.test.ts checks it on the real data),
// so the desk's "byte for byte" download stays the build's own file.
import type { AttainmentRow, IndicatorId, NtmDataset, UnitInfo, UnitType } from '../domain/types';

export const WIRE_FORMAT = 'ntm-rows-1';

type Bit = '1' | '0' | '-';
type Tuple = [
  gso: string,
  year: number,
  status: AttainmentRow['status'],
  criteria: string,
  indicators: string,
  flags: string,
  recognitionYear: number | null,
  decision: string | null,
  criteriaSet: number,
  source: number,
  note: number,
];

interface WireAttainment {
  format: typeof WIRE_FORMAT;
  /** Indicator ids in the order of each row's indicator string. */
  indicators: string[];
  criteriaSets: (AttainmentRow['criteriaSet'])[];
  sources: string[];
  notes: string[];
  rows: Tuple[];
}

type WireUnit = Omit<UnitInfo, 'fullName'>;

export interface WireDataset extends Omit<NtmDataset, 'attainment' | 'units'> {
  units: WireUnit[];
  attainment: WireAttainment;
}

/** The prefix of a unit's full name, by type (GSO spelling: "Xã Ka Đô", "Phường 7", "Thị trấn Liên Nghĩa"). */
export const UNIT_PREFIX: Record<UnitType, string> = { xa: 'Xã', phuong: 'Phường', thi_tran: 'Thị trấn' };

const bitOf = (b: boolean | null | undefined): Bit => (b === true ? '1' : b === false ? '0' : '-');

class WireError extends Error {}

function boolOf(c: string, where: string): boolean | null {
  if (c === '1') return true;
  if (c === '0') return false;
  if (c === '-') return null;
  throw new WireError(`${where}: expected 1, 0 or -, got ${JSON.stringify(c)}`);
}

/** A list index (or −1 for "none" where allowed) into a list written once. */
function indexer<T>(): { list: T[]; of: (x: T) => number } {
  const list: T[] = [];
  const at = new Map<T, number>();
  return {
    list,
    of: (x) => {
      let i = at.get(x);
      if (i === undefined) at.set(x, (i = list.push(x) - 1));
      return i;
    },
  };
}

export function encodeDataset(ds: NtmDataset): WireDataset {
  for (const u of ds.units) {
    const rebuilt = `${UNIT_PREFIX[u.type]} ${u.name}`;
    // The file may only drop what the app can rebuild exactly.
    if (u.fullName !== rebuilt) throw new Error(`ntm.json: unit ${u.gso}: fullName "${u.fullName}" is not "${rebuilt}" (its type's prefix and name)`);
  }
  const indicatorIds = [...new Set(ds.attainment.flatMap((r) => Object.keys(r.indicators)))];
  const sets = indexer<AttainmentRow['criteriaSet']>();
  const sources = indexer<string>();
  const notes = indexer<string>();
  const rows = ds.attainment.map((r): Tuple => [
    r.gso,
    r.year,
    r.status,
    r.criteria.map(bitOf).join(''),
    indicatorIds.map((id) => (id in r.indicators ? bitOf(r.indicators[id as IndicatorId]) : '.')).join(''),
    bitOf(r.cooperative) + bitOf(r.onlineService) + bitOf(r.onlineSurvey),
    r.recognitionYear,
    r.decision,
    sets.of(r.criteriaSet),
    sources.of(r.source),
    r.note === null ? -1 : notes.of(r.note),
  ]);
  const { units, attainment: _full, ...rest } = ds;
  return {
    ...rest,
    units: units.map(({ fullName: _f, ...u }) => u),
    attainment: { format: WIRE_FORMAT, indicators: indicatorIds, criteriaSets: sets.list, sources: sources.list, notes: notes.list, rows },
  };
}

function listItem<T>(list: readonly T[], i: number, where: string): T {
  if (!Number.isInteger(i) || i < 0 || i >= list.length) throw new WireError(`${where}: index ${i} is outside its list (0–${list.length - 1})`);
  return list[i]!;
}

function decodeRow(t: unknown, n: number, a: WireAttainment): AttainmentRow {
  const where = `attainment.rows[${n}]`;
  if (!Array.isArray(t) || t.length !== 11) throw new WireError(`${where}: expected a row of 11 fields`);
  const [gso, year, status, criteria, indicators, flags, recognitionYear, decision, set, source, note] = t as Tuple;
  if (typeof criteria !== 'string' || typeof indicators !== 'string' || indicators.length !== a.indicators.length || typeof flags !== 'string' || flags.length !== 3)
    throw new WireError(`${where}: criteria, indicators (${a.indicators.length} characters) and flags (3) must be strings`);
  const ind: Record<string, boolean | null> = {};
  a.indicators.forEach((id, i) => {
    if (indicators[i] !== '.') ind[id] = boolOf(indicators[i]!, `${where} indicator ${id}`);
  });
  return {
    gso,
    year,
    status,
    criteria: [...criteria].map((c, i) => boolOf(c, `${where} criterion ${i + 1}`)),
    indicators: ind as AttainmentRow['indicators'],
    cooperative: boolOf(flags[0]!, `${where} cooperative`),
    onlineService: boolOf(flags[1]!, `${where} onlineService`),
    onlineSurvey: boolOf(flags[2]!, `${where} onlineSurvey`),
    recognitionYear,
    decision,
    criteriaSet: listItem(a.criteriaSets, set, `${where} criteriaSet`),
    source: listItem(a.sources, source, `${where} source`),
    note: note === -1 ? null : listItem(a.notes, note, `${where} note`),
  };
}

/** The dataset from ntm.json's parsed JSON. Throws an Error naming the field when the file is not
 *  in this format (an older build's file, or a damaged one). */
export function decodeDataset(x: unknown): NtmDataset {
  const w = x as WireDataset;
  if (!w || typeof w !== 'object' || !w.meta || !Array.isArray(w.units) || !Array.isArray(w.districts) || !Array.isArray(w.pilots) || !Array.isArray(w.criteriaSets))
    throw new Error('not an NTM dataset (meta, units, districts, pilots and criteriaSets expected)');
  const a = w.attainment;
  if (!a || a.format !== WIRE_FORMAT || !Array.isArray(a.rows))
    throw new Error(`attainment: expected the format "${WIRE_FORMAT}" (rebuild the data with npm run data)`);
  try {
    const units = w.units.map((u, i): UnitInfo => {
      const prefix = UNIT_PREFIX[u.type];
      if (!prefix) throw new WireError(`units[${i}] (${u.gso}): unknown type ${JSON.stringify(u.type)}`);
      return { gso: u.gso, name: u.name, fullName: `${prefix} ${u.name}`, type: u.type, districtCode: u.districtCode, labelPoint: u.labelPoint };
    });
    return { ...w, units, attainment: a.rows.map((t, n) => decodeRow(t, n, a)) };
  } catch (e) {
    if (e instanceof WireError) throw new Error(e.message);
    throw e;
  }
}

/** ntm.json's text → the dataset (for node readers of the file: tests, bench, scripts). */
export function parseDatasetText(text: string): NtmDataset {
  return decodeDataset(JSON.parse(text));
}
