// The district × criterion grid (issue 15): which district lags on which criterion. Rows are the
// districts (the province in the footer), columns the commune set's criteria, the indicators and
// the cumulative status tiers (domain/grid.ts, the same district shares the district map shows).
// Each cell is a button: it colours the map by that column's measure and selects the district.
// A real table: row and column headers, sortable headers with aria-sort, the count in each
// cell's accessible name (and shown on hover or focus).
import { useId, useMemo, type ReactNode } from 'react';
import { shareClasses, NO_DATA } from '../domain/classify';
import { districtGrid, type GridCell, type GridColumn, type GridRow } from '../domain/grid';
import { indicatorNumber, isAdvancedIndicator } from '../domain/measures';
import { textColorOn } from '../domain/palette';
import { recognitionSortKey } from '../domain/recognition';
import type { DistrictInfo } from '../domain/types';
import { formatPercent, useLabels, useT, type MessageKey } from '../i18n';
import { useApp } from '../state/store';
import { useIndex } from '../state/useIndex';
import { compareValues, Swatch, useSort, type SortState } from './common';
import { RecognitionCell } from './RecognitionCell';
import './grid.css';
// Its messages load with the leaders' chunks, not with the first view (src/i18n/parts/leaders.ts).
import '../i18n/parts/leaders';

type Key = 'name' | 'recognition' | 'xa' | string;

/** Short header text: "8", "8.1", "NC 15.2", tier names. */
function useColumnLabels() {
  const t = useT();
  const L = useLabels();
  const idx = useIndex();
  return (c: GridColumn): { short: string; full: string } => {
    const sets = idx?.ds.criteriaSets;
    switch (c.kind) {
      case 'criterion':
        return { short: String(c.no), full: L.measureLabel(c.measure, sets) };
      case 'indicator': {
        const no = indicatorNumber(c.indicator);
        return { short: isAdvancedIndicator(c.indicator) ? t('grid.advancedShort', { no }) : no, full: L.measureLabel(c.measure, sets) };
      }
      case 'tier':
        return { short: t(`tier.short.${c.tier}` as MessageKey), full: t(`tier.${c.tier}` as MessageKey) };
    }
  };
}

function GridHeader({ col, children, full, sort, onSort, className }: {
  col: Key; children: ReactNode; full: string; sort: SortState<Key>; onSort: (k: Key) => void; className?: string;
}) {
  const t = useT();
  const active = sort.key === col;
  return (
    <th scope="col" aria-sort={active ? sort.dir : undefined} data-col={col} className={className}>
      <button type="button" className="sort-button" onClick={() => onSort(col)} title={full}>
        <span aria-hidden="true">{children}</span>
        <span className="sr-only">{full}</span>
        <span className="sort-icon" aria-hidden="true">{active ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}</span>
        {active && <span className="sr-only"> ({t(sort.dir === 'ascending' ? 'table.sortAsc' : 'table.sortDesc')})</span>}
      </button>
    </th>
  );
}

export function CriterionGrid() {
  const t = useT();
  const L = useLabels();
  const idx = useIndex();
  const year = useApp((s) => s.year);
  const measure = useApp((s) => s.measure);
  const selection = useApp((s) => s.selection);
  const { sort, toggle } = useSort<Key>();
  const label = useColumnLabels();
  const id = useId();

  const grid = useMemo(() => (idx ? districtGrid(idx, year) : null), [idx, year]);
  const sorted = useMemo(() => {
    if (!grid || !idx) return [];
    const { key, dir } = sort;
    if (!key) return grid.districts;
    const d = (r: GridRow) => idx.district(r.code!)!;
    const val = (r: GridRow): string | number | null =>
      key === 'name' ? L.districtName(d(r))
        : key === 'recognition' ? recognitionSortKey(d(r).recognition)
          : key === 'xa' ? r.xa : r.cells[key]?.share ?? null;
    return [...grid.districts].sort((a, b) => compareValues(val(a), val(b), dir) || compareValues(L.districtName(d(a)), L.districtName(d(b)), 'ascending'));
  }, [grid, idx, sort, L]);
  if (!idx || !grid) return null;

  const heat = new Map(shareClasses().map((c) => [c.key, c.color]));
  const selectedCode = selection?.kind === 'district' ? selection.code : null;
  const groups: { kind: GridColumn['kind']; n: number }[] = [];
  for (const c of grid.columns) {
    const last = groups[groups.length - 1];
    if (last?.kind === c.kind) last.n++;
    else groups.push({ kind: c.kind, n: 1 });
  }

  const cellOf = (row: GridRow, col: GridColumn, name: string) => {
    const c: GridCell = row.cells[col.id];
    const { full } = label(col);
    const text = c.share === null ? t('grid.na') : formatPercent(c.share, L.locale);
    const count = c.share === null ? (row.xa === 0 ? t('compare.noXa') : t('compare.noData')) : t('grid.count', { met: c.met, known: c.known });
    const missing = c.noData > 0 && c.share !== null ? ` ${t('compare.missing', { n: c.noData })}` : '';
    const bg = c.heat === NO_DATA ? '#f1f0ec' : heat.get(c.heat) ?? '#f1f0ec';
    const current = row.code !== null && row.code === selectedCode && col.measure === measure;
    const style = { backgroundColor: bg, color: textColorOn(bg) };
    const content = (
      <>
        <span className="grid-pct">{text}</span>
        <span className="grid-count">{c.share === null ? '' : `${c.met}/${c.known}`}</span>
      </>
    );
    return (
      <td key={col.id} data-col={col.id} data-heat={c.heat} data-met={c.met} data-known={c.known} className={`num heat${current ? ' is-current' : ''}`} style={style}>
        {row.code === null ? (
          <span className="grid-cell" title={`${full}: ${count}${missing}`}>{content}</span>
        ) : (
          <button
            type="button"
            className="grid-cell"
            style={{ color: style.color }}
            aria-label={`${name}, ${full}: ${text}, ${count}${missing}`}
            aria-pressed={current}
            title={`${full}: ${count}${missing}`}
            onClick={() => {
              const s = useApp.getState();
              s.setMeasure(col.measure);
              s.select({ kind: 'district', code: row.code! });
            }}
          >
            {content}
          </button>
        )}
      </td>
    );
  };

  const districtOf = (r: GridRow): DistrictInfo => idx.district(r.code!)!;

  return (
    <section className="criterion-grid" aria-labelledby={`${id}-h`} data-year={year}>
      <h2 id={`${id}-h`} className="leaders-heading">{t('grid.title', { year })}</h2>
      <p className="hint no-print">{t('grid.hint')}</p>
      <div className="grid-legend" aria-label={t('grid.legend')} role="group">
        <span className="grid-legend-title">{t('grid.legend')}:</span>
        {shareClasses().filter((c) => c.key !== 'not_subject').map((c) => (
          <span key={c.key} className="grid-legend-item" data-class={c.key}>
            <Swatch color={c.key === NO_DATA ? '#f1f0ec' : c.color} pattern="none" /> {L.shareClassLabel(c.key)}
          </span>
        ))}
      </div>
      <div className="table-scroll grid-scroll" role="region" aria-labelledby={`${id}-cap`} tabIndex={0}>
        <table className="leaders-table grid-table">
          <caption id={`${id}-cap`}>{t('grid.caption', { year })}</caption>
          <thead>
            <tr className="grid-groups">
              <td colSpan={3} />
              {groups.map((g, i) => (
                <th key={i} scope="colgroup" colSpan={g.n} data-group={g.kind}>{t(`grid.group.${g.kind}` as MessageKey)}</th>
              ))}
            </tr>
            <tr>
              <GridHeader col="name" full={t('compare.district')} sort={sort} onSort={toggle} className="grid-name">{t('compare.district')}</GridHeader>
              <GridHeader col="recognition" full={t('grid.recognition')} sort={sort} onSort={toggle}>{t('grid.recognitionShort')}</GridHeader>
              <GridHeader col="xa" full={t('compare.xaTotal')} sort={sort} onSort={toggle} className="num">{t('compare.xaTotal')}</GridHeader>
              {grid.columns.map((c) => {
                const l = label(c);
                return <GridHeader key={c.id} col={c.id} full={l.full} sort={sort} onSort={toggle} className={`num kind-${c.kind}`}>{l.short}</GridHeader>;
              })}
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => {
              const d = districtOf(r);
              const name = L.districtName(d);
              const current = r.code === selectedCode;
              return (
                <tr key={r.code} data-district={r.code} className={current ? 'is-selected' : undefined}>
                  <th scope="row" className="grid-name">
                    <button type="button" className="link-button" aria-current={current ? 'true' : undefined}
                      onClick={() => useApp.getState().select({ kind: 'district', code: r.code! })}>
                      {name}
                    </button>
                  </th>
                  <td data-col="recognition" className="grid-recognition"><RecognitionCell district={d} /></td>
                  <td data-col="xa" className="num">{r.xa}</td>
                  {grid.columns.map((c) => cellOf(r, c, name))}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr data-district="province">
              <th scope="row" className="grid-name">{t('leaders.scopeProvince')}</th>
              <td />
              <td data-col="xa" className="num">{grid.province.xa}</td>
              {grid.columns.map((c) => cellOf(grid.province, c, t('leaders.scopeProvince')))}
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="hint">{t('grid.note')}</p>
    </section>
  );
}
