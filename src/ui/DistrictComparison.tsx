// The 12 districts side by side for the chosen measure (share of xã meeting it) and the main
// status classes, as a sortable table with in-cell bars. The name cell is a button that selects
// the district (the map zooms to it and the detail panel shows its summary).
import { useId, useMemo, type ReactNode } from 'react';
import { districtShare, districtStatusCounts, legendClasses } from '../domain/classify';
import { NTM_STATUSES, type NtmStatus } from '../domain/types';
import { formatPercent, useLabels, useT } from '../i18n';
import { useApp } from '../state/store';
import { useIndex } from '../state/useIndex';
import { compareValues, SortHeader, useSort } from './common';
import './leaders.css';
import './table.css';
// Its messages load with the leaders' chunks, not with the first view (src/i18n/parts/leaders.ts).
import '../i18n/parts/leaders';

type Col = 'name' | 'xa' | 'share' | NtmStatus;

export interface ComparisonRow {
  code: string;
  name: string;
  xa: number;
  met: number;
  known: number;
  noData: number;
  /** 0..1, null when no xã has data (or no xã at all). */
  share: number | null;
  counts: Record<NtmStatus, number>;
}

/** A horizontal bar (decorative) next to its number as text. */
export function CellBar({ fraction, color, children }: { fraction: number | null; color?: string; children: ReactNode }) {
  const pct = fraction === null ? 0 : Math.max(0, Math.min(1, fraction)) * 100;
  return (
    <span className="cell-bar">
      <span className="cell-bar-track" aria-hidden="true">
        <span className="cell-bar-fill" style={{ width: `${pct}%`, ...(color ? { backgroundColor: color } : {}) }} />
      </span>
      <span className="cell-bar-text">{children}</span>
    </span>
  );
}

export function DistrictComparison() {
  const t = useT();
  const L = useLabels();
  const idx = useIndex();
  const measure = useApp((s) => s.measure);
  const year = useApp((s) => s.year);
  const selection = useApp((s) => s.selection);
  const { sort, toggle } = useSort<Col>();
  const captionId = useId();

  const rows = useMemo<ComparisonRow[]>(() => {
    if (!idx) return [];
    return idx.districts.map((d) => {
      const s = districtShare(idx, d.code, measure, year);
      const c = districtStatusCounts(idx, d.code, year);
      return {
        code: d.code,
        name: L.districtName(d),
        xa: s.total,
        met: s.met,
        known: s.met + s.notMet,
        noData: s.noData,
        share: s.share,
        counts: { chua_dat: c.chua_dat ?? 0, ntm: c.ntm ?? 0, nang_cao: c.nang_cao ?? 0, kieu_mau: c.kieu_mau ?? 0 },
      };
    });
  }, [idx, measure, year, L]);

  const sorted = useMemo(() => {
    const { key, dir } = sort;
    if (!key) return rows;
    const val = (r: ComparisonRow): string | number | null =>
      key === 'name' ? r.name : key === 'xa' ? r.xa : key === 'share' ? r.share : r.counts[key];
    return [...rows].sort((a, b) => compareValues(val(a), val(b), dir) || compareValues(a.name, b.name, 'ascending'));
  }, [rows, sort]);

  if (!idx) return null;
  const maxXa = Math.max(1, ...rows.map((r) => r.xa));
  const statusColors = new Map(legendClasses('status').map((c) => [c.key, c]));
  const selectedCode = selection?.kind === 'district' ? selection.code : null;

  return (
    <section className="district-comparison" aria-labelledby={`${captionId}-h`}>
      <h2 id={`${captionId}-h`} className="leaders-heading">{t('compare.title')}</h2>
      <div className="table-scroll scroll-region" role="region" aria-labelledby={`${captionId}-h`} tabIndex={0}>
        <table className="leaders-table" aria-describedby={`${captionId}-note`}>
          <caption>{t('compare.caption', { measure: L.measureLabel(measure, idx.ds.criteriaSets), year })}</caption>
          <thead>
            <tr>
              <SortHeader col="name" label={t('compare.district')} sort={sort} onSort={toggle} />
              <SortHeader col="xa" label={t('compare.xaTotal')} sort={sort} onSort={toggle} />
              <SortHeader col="share" label={t('compare.share')} sort={sort} onSort={toggle} />
              {NTM_STATUSES.map((s) => (
                <SortHeader key={s} col={s} label={t(`compare.col.${s}`)} sort={sort} onSort={toggle} />
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => {
              const current = r.code === selectedCode;
              return (
                <tr key={r.code} data-district={r.code} className={current ? 'is-selected' : undefined}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      aria-current={current ? 'true' : undefined}
                      onClick={() => useApp.getState().select({ kind: 'district', code: r.code })}
                    >
                      {r.name}
                    </button>
                    {current && <span className="sr-only"> {t('compare.selected')}</span>}
                  </th>
                  <td className="num" data-col="xa">{r.xa}</td>
                  <td data-col="share">
                    {r.xa === 0 ? (
                      <span className="muted">{t('compare.noXa')}</span>
                    ) : r.share === null ? (
                      <span className="muted">{t('compare.noData')}</span>
                    ) : (
                      <CellBar fraction={r.share}>
                        <strong>{formatPercent(r.share, L.locale)}</strong>{' '}
                        <span className="cell-sub">{t('compare.shareValue', { met: r.met, known: r.known })}</span>
                        {r.noData > 0 && <span className="cell-sub"> {t('compare.missing', { n: r.noData })}</span>}
                      </CellBar>
                    )}
                  </td>
                  {NTM_STATUSES.map((s) => {
                    const c = statusColors.get(s)!;
                    return (
                      <td key={s} data-col={s}>
                        <CellBar fraction={r.counts[s] / maxXa} color={c.color}>{r.counts[s]}</CellBar>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p id={`${captionId}-note`} className="hint">
        {t('compare.note')}
      </p>
    </section>
  );
}
