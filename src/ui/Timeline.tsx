// History in the detail panel (issue 15): a commune's status and criteria met for every year of
// the data, a district's share of the map's measure and its cumulative tiers. Each is a small
// table (readable as text and by screen readers) whose first column doubles as a sparkline: a
// swatch or bar per year. A year's button shows that year on the map.
import { useId } from 'react';
import { legendClasses, NO_DATA } from '../domain/classify';
import type { DataIndex } from '../domain/dataIndex';
import { communeHistory, districtHistory } from '../domain/history';
import { formatPercent, useLabels, useT } from '../i18n';
import { useApp } from '../state/store';
import { CellBar } from './DistrictComparison';
import { Swatch } from './common';
import './timeline.css';
// Its messages load with the leaders' chunks, not with the first view (src/i18n/parts/leaders.ts).
import '../i18n/parts/leaders';

function YearButton({ year, current }: { year: number; current: boolean }) {
  const t = useT();
  return (
    <button type="button" className="link-button timeline-year" aria-current={current ? 'true' : undefined}
      aria-label={t('history.showYear', { year })} onClick={() => useApp.getState().setYear(year)}>
      {year}
    </button>
  );
}

export function CommuneTimeline({ idx, gso }: { idx: DataIndex; gso: string }) {
  const t = useT();
  const L = useLabels();
  const year = useApp((s) => s.year);
  const id = useId();
  const history = communeHistory(idx, gso);
  const styles = new Map(legendClasses('status').map((c) => [c.key, c]));
  if (history.length === 0) return null;
  const first = history[0].year;
  const last = history[history.length - 1].year;
  return (
    <section className="timeline commune-timeline" aria-labelledby={id} data-gso={gso}>
      <h3 id={id}>{t('history.communeTitle', { from: first, to: last })}</h3>
      <ol className="timeline-strip" aria-hidden="true">
        {history.map((h) => {
          const s = styles.get(h.status)!;
          return <li key={h.year} className={h.year === year ? 'is-current' : undefined} title={`${h.year}`}><Swatch color={s.color} pattern={s.pattern} /><span>{String(h.year).slice(2)}</span></li>;
        })}
      </ol>
      <table className="mini-table timeline-table">
        <caption className="sr-only">{t('history.communeTitle', { from: first, to: last })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.year')}</th>
            <th scope="col">{t('history.status')}</th>
            <th scope="col" className="num">{t('history.criteria')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((h) => {
            const s = styles.get(h.status)!;
            return (
              <tr key={h.year} data-year={h.year} data-class={h.status} className={h.year === year ? 'is-current' : undefined}>
                <th scope="row"><YearButton year={h.year} current={h.year === year} /></th>
                <td><Swatch color={s.color} pattern={s.pattern} /> {h.status === NO_DATA ? t('class.no_data') : L.classLabel('status', h.status)}</td>
                <td className="num">
                  {h.met === null ? '—' : h.unknown ? t('history.metUnknown', { met: h.met, of: h.of ?? '', unknown: h.unknown }) : `${h.met}/${h.of}`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

export function DistrictTimeline({ idx, code }: { idx: DataIndex; code: string }) {
  const t = useT();
  const L = useLabels();
  const year = useApp((s) => s.year);
  const measure = useApp((s) => s.measure);
  const id = useId();
  const history = districtHistory(idx, code, measure);
  if (history.length === 0 || history.every((h) => h.share.total === 0)) return null;
  const measureText = L.measureLabel(measure, idx.ds.criteriaSets);
  return (
    <section className="timeline district-timeline" aria-labelledby={id} data-district={code}>
      <h3 id={id}>{t('history.districtTitle', { from: history[0].year, to: history[history.length - 1].year })}</h3>
      <table className="mini-table timeline-table">
        <caption className="sr-only">{t('history.districtTitle', { from: history[0].year, to: history[history.length - 1].year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.year')}</th>
            <th scope="col">{t('history.share', { measure: measureText })}</th>
            <th scope="col" className="num">{t('tier.short.at_least_ntm')}</th>
            <th scope="col" className="num">{t('tier.short.at_least_nang_cao')}</th>
            <th scope="col" className="num">{t('tier.short.kieu_mau')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((h) => {
            const known = h.share.met + h.share.notMet;
            return (
              <tr key={h.year} data-year={h.year} className={h.year === year ? 'is-current' : undefined}>
                <th scope="row"><YearButton year={h.year} current={h.year === year} /></th>
                <td data-col="share">
                  {h.share.share === null ? <span className="muted">{t('compare.noData')}</span> : (
                    <CellBar fraction={h.share.share}>{formatPercent(h.share.share, L.locale)} <span className="cell-sub">{h.share.met}/{known}</span></CellBar>
                  )}
                </td>
                <td className="num" data-col="at_least_ntm">{h.tiers.known ? `${h.tiers.tiers.at_least_ntm}/${h.tiers.xa}` : '—'}</td>
                <td className="num" data-col="at_least_nang_cao">{h.tiers.known ? h.tiers.tiers.at_least_nang_cao : '—'}</td>
                <td className="num" data-col="kieu_mau">{h.tiers.known ? h.tiers.tiers.kieu_mau : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
