// Small shared UI pieces: legend swatch, safe links, sortable-table helpers.
import { useState, type ReactNode } from 'react';
import type { Pattern } from '../domain/classify';
import { httpUrl } from '../domain/sources';
import { useT } from '../i18n';

/** A colour swatch with its non-colour cue (pattern drawn in CSS, see styles.css). */
export function Swatch({ color, pattern }: { color: string; pattern: Pattern }) {
  return <span className="swatch" data-pattern={pattern} style={{ backgroundColor: color }} aria-hidden="true" />;
}

/** Only http(s) URLs become links; anything else (e.g. "illustrative", "javascript:") does not. */
export const safeHref = httpUrl;

export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

export type SortDir = 'ascending' | 'descending';
export interface SortState<K extends string> { key: K | null; dir: SortDir }

export function useSort<K extends string>(initial: SortState<K> = { key: null, dir: 'ascending' }) {
  const [sort, setSort] = useState<SortState<K>>(initial);
  const toggle = (key: K) =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'ascending' ? 'descending' : 'ascending' } : { key, dir: 'ascending' }));
  return { sort, toggle };
}

/** Compare for sorting: nulls last in both directions, strings in Vietnamese collation. */
export function compareValues(a: string | number | null, b: string | number | null, dir: SortDir): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const c = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'vi', { numeric: true });
  return dir === 'ascending' ? c : -c;
}

/** A <th> whose content is a sort button; aria-sort only on the sorted column. */
export function SortHeader<K extends string>({ col, label, sort, onSort }: {
  col: K; label: string; sort: SortState<K>; onSort: (k: K) => void;
}) {
  const t = useT();
  const active = sort.key === col;
  return (
    <th scope="col" aria-sort={active ? sort.dir : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(col)}>
        {label}
        <span className="sort-icon" aria-hidden="true">{active ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}</span>
        {active && <span className="sr-only"> ({t(sort.dir === 'ascending' ? 'table.sortAsc' : 'table.sortDesc')})</span>}
      </button>
    </th>
  );
}
