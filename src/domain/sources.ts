// Where a row's figures come from, as written in the table (issue 16): a web address, a document
// cited in words ("Báo cáo 45/BC-UBND ngày 10/3/2025"), or "illustrative". A cited document is a
// source, shown as its text: never replaced by the dataset's label or badged "illustrative".
import type { DataIndex } from './dataIndex';
import type { AttainmentRow } from './types';

export type RowSource = { kind: 'url'; href: string } | { kind: 'text'; text: string } | { kind: 'illustrative' };

/** Only http(s) addresses are links; anything else is text (never "javascript:" and the like). */
export function httpUrl(s: string | null | undefined): string | null {
  if (!s) return null;
  try {
    const u = new URL(s.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function rowSource(row: Pick<AttainmentRow, 'source'>): RowSource {
  const s = row.source.trim();
  if (s === '' || s === 'illustrative') return { kind: 'illustrative' };
  const href = httpUrl(s);
  return href ? { kind: 'url', href } : { kind: 'text', text: s };
}

/** How many of a year's rows name a source and how many are illustrative. */
export function yearSources(idx: DataIndex, year: number): { sourced: number; illustrative: number } {
  let sourced = 0;
  let illustrative = 0;
  for (const u of idx.units) {
    const r = idx.row(u.gso, year);
    if (!r) continue;
    if (rowSource(r).kind === 'illustrative') illustrative++;
    else sourced++;
  }
  return { sourced, illustrative };
}
