// Search on today's map (issue 13), by today's names and by every former unit's name. Its own
// module (loaded with today's files, not with the first view); ranking as in search.ts.
import { normalizeName } from './normalize';
import { oldFullName, type TodayIndex } from './crosswalk';
import { compact, PREFIXES, score } from './search';

/** A hit on today's map: a new unit, found by its own name or by a former unit's. */
export interface TodayHit {
  /** Today's unit (the one to open). */
  code: string;
  /** e.g. "Xã Đạ Tẻh 2". */
  label: string;
  /** Found through a former unit's name: the former unit, e.g. "Xã Triệu Hải" (Huyện Đạ Tẻh). */
  via: { oldCode: string; oldLabel: string; oldDistrict: string; partial: boolean } | null;
}

/**
 * Search today's 124 units by their names and by the names of every former unit in the crosswalk
 * (with or without diacritics; "Hoà" and "Hòa" alike). A former unit's hit names where it is now.
 * At equal score a new unit's own name comes first.
 */
export function searchToday(today: TodayIndex, query: string, limit = 10): TodayHit[] {
  const q0 = normalizeName(query).slice(0, 80);
  if (!q0) return [];
  let q = q0;
  for (const p of PREFIXES) if (q.startsWith(p) && q.length > p.length) { q = q.slice(p.length); break; }
  const queries = q === q0 ? [q0] : [q0, q];
  const best = (targets: string[]) => Math.max(...queries.map((x) => score(x, compact(x), targets)));
  type Scored = TodayHit & { score: number; rank: number };
  const out: Scored[] = [];
  for (const u of today.units) {
    const s = best([normalizeName(u.name), normalizeName(u.fullName), normalizeName(u.nameEn)]);
    if (s > 0) out.push({ code: u.code, label: u.fullName, via: null, score: s, rank: 0 });
  }
  for (const r of today.record.crosswalk) {
    const s = best([normalizeName(r.oldName), normalizeName(oldFullName(r))]);
    const u = today.unit(r.newCode);
    if (s > 0 && u) {
      out.push({ code: u.code, label: u.fullName, via: { oldCode: r.oldCode, oldLabel: oldFullName(r), oldDistrict: r.oldDistrict, partial: r.share === 'partial' }, score: s, rank: 1 });
    }
  }
  out.sort((a, b) => b.score - a.score || a.rank - b.rank || a.label.localeCompare(b.label, 'vi'));
  return out.slice(0, Math.max(0, limit)).map(({ code, label, via }) => ({ code, label, via }));
}
