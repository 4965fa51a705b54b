// Province counts per year from the attainment rows, and the check against published figures.
// Classes nest: kiểu mẫu ⊂ nâng cao ⊂ đạt chuẩn NTM (DOMAIN.md §4.2: "9 (included in the 33)").
// So `ntm` counts ntm + nang_cao + kieu_mau, `nangCao` counts nang_cao + kieu_mau, `kieuMau` counts kieu_mau.
import type { AttainmentRow, PublishedAggregate } from '../../src/domain/types';
import { issue, type Issue, type IssueLevel } from './issues';

export interface YearCounts {
  year: number;
  /** Rows for the year (xã with a row). */
  rows: number;
  /** Rows with a status (not "no data"). */
  withStatus: number;
  ntm: number;
  nangCao: number;
  kieuMau: number;
}

export function countByYear(rows: readonly AttainmentRow[]): YearCounts[] {
  const map = new Map<number, YearCounts>();
  for (const r of rows) {
    const c = map.get(r.year) ?? { year: r.year, rows: 0, withStatus: 0, ntm: 0, nangCao: 0, kieuMau: 0 };
    c.rows++;
    if (r.status) c.withStatus++;
    if (r.status === 'ntm' || r.status === 'nang_cao' || r.status === 'kieu_mau') c.ntm++;
    if (r.status === 'nang_cao' || r.status === 'kieu_mau') c.nangCao++;
    if (r.status === 'kieu_mau') c.kieuMau++;
    map.set(r.year, c);
  }
  return [...map.values()].sort((a, b) => a.year - b.year);
}

/**
 * Compare the table with each published aggregate for a year the table has rows for.
 * `level` is 'error' for the project's own (illustrative) table, which must reproduce them,
 * and 'warning' for an officer's real table (NTM_ATTAINMENT): real data wins over press figures.
 */
export function checkPublished(
  counts: readonly YearCounts[],
  published: readonly PublishedAggregate[],
  file: string,
  level: IssueLevel,
): { issues: Issue[]; results: { year: number; ok: boolean; text: string }[] } {
  const issues: Issue[] = [];
  const results: { year: number; ok: boolean; text: string }[] = [];
  for (const p of published) {
    const c = counts.find((x) => x.year === p.year);
    if (!c) continue;
    // A year's value is the status at 31 December (issue 15): a report from within the year is a
    // lower bound (counts only grow during a year), a year-end report must be matched exactly.
    const interim = p.basis === 'interim';
    const off = (table: number, pub: number) => (interim ? table < pub : table !== pub);
    const sign = interim ? '<' : '≠';
    const diffs: string[] = [];
    if (off(c.ntm, p.ntm)) diffs.push(`NTM ${c.ntm} ${sign} ${p.ntm}`);
    if (p.nangCao != null && off(c.nangCao, p.nangCao)) diffs.push(`nâng cao ${c.nangCao} ${sign} ${p.nangCao}`);
    if (p.kieuMau != null && off(c.kieuMau, p.kieuMau)) diffs.push(`kiểu mẫu ${c.kieuMau} ${sign} ${p.kieuMau}`);
    const text = `${p.year}${interim ? ` (${p.source.date}, ≥)` : ''}: NTM ${c.ntm}/${p.of} (công bố ${p.ntm}/${p.of}), nâng cao ${c.nangCao} (công bố ${p.nangCao ?? '—'}), kiểu mẫu ${c.kieuMau} (công bố ${p.kieuMau ?? '—'})`;
    results.push({ year: p.year, ok: diffs.length === 0, text });
    if (diffs.length > 0) {
      issues.push(
        issue(
          level,
          file,
          null,
          'status',
          `năm ${p.year} không khớp số liệu đã công bố (${p.source.label}): ${diffs.join('; ')} (bảng ≠ công bố).`,
          `year ${p.year} does not match the published figures (${p.source.label}): ${diffs.join('; ')} (table ≠ published).`,
        ),
      );
    }
  }
  return { issues, results };
}
