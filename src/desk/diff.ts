// What a checked table changes against the published data, by year: communes whose status or
// criteria change (and any other field), rows added or removed, and the province's tiers
// (NTM ⊇ nâng cao ⊇ kiểu mẫu, counted as the build counts them) before and after.
import { countByYear, type YearCounts } from '../../scripts/lib/aggregate';
import { INDICATOR_IDS, NTM_STATUSES, type AttainmentRow, type NtmStatus } from '../domain/types';

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface RowChange {
  gso: string;
  year: number;
  kind: ChangeKind;
  statusFrom: NtmStatus | null;
  statusTo: NtmStatus | null;
  /** Criteria (1-based numbers) whose value changes. */
  criteria: { no: number; from: boolean | null; to: boolean | null }[];
  /** Other fields that change (indicator ids as "8.4", or cooperative, source, note…). */
  fields: string[];
}

export type Tier = 'ntm' | 'nangCao' | 'kieuMau';
export const TIERS: readonly Tier[] = ['ntm', 'nangCao', 'kieuMau'];

export interface YearDiff {
  year: number;
  changes: RowChange[];
  /** Province counts per tier, published → uploaded. */
  tiers: Record<Tier, { before: number; after: number }>;
}

export interface TableDiff {
  years: YearDiff[];
  /** Number of rows that differ, all years. */
  total: number;
}

const rank = (s: NtmStatus | null) => (s == null ? -1 : NTM_STATUSES.indexOf(s));
/** +1 when a row gains a tier, −1 when it loses one, 0 otherwise. */
export const direction = (c: RowChange): number => Math.sign(rank(c.statusTo) - rank(c.statusFrom));

const SCALARS: readonly (keyof AttainmentRow)[] = ['cooperative', 'onlineService', 'onlineSurvey', 'recognitionYear', 'decision', 'criteriaSet', 'source', 'note'];

function compare(gso: string, year: number, a: AttainmentRow | undefined, b: AttainmentRow | undefined): RowChange | null {
  const kind: ChangeKind = !a ? 'added' : !b ? 'removed' : 'changed';
  const criteria: RowChange['criteria'] = [];
  const fields: string[] = [];
  if (a && b) {
    const n = Math.max(a.criteria.length, b.criteria.length);
    for (let i = 0; i < n; i++) if ((a.criteria[i] ?? null) !== (b.criteria[i] ?? null)) criteria.push({ no: i + 1, from: a.criteria[i] ?? null, to: b.criteria[i] ?? null });
    for (const id of INDICATOR_IDS) if ((a.indicators[id] ?? null) !== (b.indicators[id] ?? null)) fields.push(id);
    for (const k of SCALARS) if (a[k] !== b[k]) fields.push(k);
    if (a.status === b.status && criteria.length === 0 && fields.length === 0) return null;
  }
  return { gso, year, kind, statusFrom: a?.status ?? null, statusTo: b?.status ?? null, criteria, fields };
}

function tiersOf(before: YearCounts | undefined, after: YearCounts | undefined): YearDiff['tiers'] {
  const t = (k: Tier) => ({ before: before?.[k] ?? 0, after: after?.[k] ?? 0 });
  return { ntm: t('ntm'), nangCao: t('nangCao'), kieuMau: t('kieuMau') };
}

/** Published rows → uploaded rows, for every year either has. */
export function diffTables(before: readonly AttainmentRow[], after: readonly AttainmentRow[]): TableDiff {
  const key = (r: AttainmentRow) => `${r.gso}|${r.year}`;
  const a = new Map(before.map((r) => [key(r), r]));
  const b = new Map(after.map((r) => [key(r), r]));
  const countsA = new Map(countByYear(before).map((c) => [c.year, c]));
  const countsB = new Map(countByYear(after).map((c) => [c.year, c]));
  const years = [...new Set([...before, ...after].map((r) => r.year))].sort((x, y) => x - y);
  const out: YearDiff[] = years.map((year) => ({ year, changes: [], tiers: tiersOf(countsA.get(year), countsB.get(year)) }));
  const byYear = new Map(out.map((y) => [y.year, y]));
  for (const k of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const [gso, y] = k.split('|') as [string, string];
    const c = compare(gso, Number(y), a.get(k), b.get(k));
    if (c) byYear.get(Number(y))!.changes.push(c);
  }
  return { years: out, total: out.reduce((s, y) => s + y.changes.length, 0) };
}
