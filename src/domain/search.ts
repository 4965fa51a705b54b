// Search for communes and districts by name, with or without Vietnamese diacritics.
import type { DataIndex } from './dataIndex';
import { normalizeName } from './normalize';

/** Normalised and without spaces, so "dam rong" also meets "Đạ M' Rong" / "Đam Rông". */
export function compact(s: string): string {
  return s.replace(/ /g, '');
}

export interface SearchHit {
  kind: 'commune' | 'district';
  /** GSO code (commune) or district code. */
  id: string;
  /** Full name as in the data, e.g. "Xã Xuân Thọ", "Huyện Đạ Tẻh". */
  label: string;
  /** District full name for communes; '' for districts. */
  context: string;
}

// Words users type before a name; matched names also accept the bare name.
export const PREFIXES = ['thi tran ', 'thanh pho ', 'phuong ', 'huyen ', 'xa ', 'tp ', 'tt ', 'h '];

export function score(q: string, qc: string, targets: string[]): number {
  let best = 0;
  for (const t of targets) {
    if (!t) continue;
    let s = 0;
    if (t === q) s = 100;
    else if (t.startsWith(q)) s = 80;
    else if (t.includes(' ' + q)) s = 70; // the query starts a later word
    else {
      const words = t.split(' ');
      const qw = q.split(' ');
      // every query word starts some word of the name: "tho xuan", "xu th"
      if (qw.length > 1 && qw.every((w) => words.some((x) => x.startsWith(w)))) s = 60;
      else if (compact(t) === qc) s = 55;
      else if (compact(t).startsWith(qc)) s = 50;
      else if (t.includes(q)) s = 30; // plain substring, mid-word
      else if (qc.length >= 3 && compact(t).includes(qc)) s = 20;
    }
    if (s > 0) {
      // Within a tier, prefer names sharing whole words with the query ("da mrong" → Đạ M'Rông,
      // not Đam Rông). The bonus stays below 1 so it never crosses a tier.
      const words = new Set(t.split(' '));
      const qw = q.split(' ');
      s += qw.filter((w) => words.has(w)).length / (qw.length + 1);
    }
    if (s > best) best = s;
  }
  return best;
}

/** Communes and districts matching `query`, best first. Prefix-of-word beats substring; at equal
 *  score a district comes before a commune, then a xã before wards/towns, then by name. */
export function search(idx: DataIndex, query: string, limit = 10): SearchHit[] {
  const q0 = normalizeName(query).slice(0, 80);
  if (!q0) return [];
  let q = q0;
  for (const p of PREFIXES) if (q.startsWith(p) && q.length > p.length) { q = q.slice(p.length); break; }
  const queries = q === q0 ? [q0] : [q0, q];

  type Scored = SearchHit & { score: number; rank: number };
  const out: Scored[] = [];
  const best = (targets: string[]) => Math.max(...queries.map((x) => score(x, compact(x), targets)));

  for (const d of idx.districts) {
    const s = best([normalizeName(d.name), normalizeName(d.fullName)]);
    if (s > 0) out.push({ kind: 'district', id: d.code, label: d.fullName, context: '', score: s, rank: 0 });
  }
  for (const u of idx.units) {
    const s = best([normalizeName(u.name), normalizeName(u.fullName)]);
    if (s > 0) {
      out.push({
        kind: 'commune', id: u.gso, label: u.fullName,
        context: idx.district(u.districtCode)?.fullName ?? '',
        score: s, rank: u.type === 'xa' ? 1 : 2,
      });
    }
  }
  out.sort((a, b) => b.score - a.score || a.rank - b.rank || a.label.localeCompare(b.label, 'vi'));
  return out.slice(0, Math.max(0, limit)).map(({ kind, id, label, context }) => ({ kind, id, label, context }));
}

