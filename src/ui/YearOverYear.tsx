// Change in xã counts per status class between two chosen years, for the selected district or
// the province (domain/yoy.ts).
import { useId, useState } from 'react';
import { legendClasses } from '../domain/classify';
import { tierCounts } from '../domain/tiers';
import { formatDelta, statusChange } from '../domain/yoy';
import { useLabels, useT } from '../i18n';
import { useIndex } from '../state/useIndex';
import { Swatch } from './common';
import './leaders.css';
// Its messages load with the leaders' chunks, not with the first view (src/i18n/parts/leaders.ts).
import '../i18n/parts/leaders';

export function YearOverYear({ districtCode = null }: { districtCode?: string | null }) {
  const t = useT();
  const L = useLabels();
  const idx = useIndex();
  const id = useId();
  const years = idx?.years ?? [];
  const [fromChoice, setFrom] = useState<number | null>(null);
  const [toChoice, setTo] = useState<number | null>(null);
  if (!idx || years.length === 0) return null;
  // Default: first → last year; a choice no longer in the data falls back to the default.
  const from = fromChoice !== null && years.includes(fromChoice) ? fromChoice : years[0];
  const to = toChoice !== null && years.includes(toChoice) ? toChoice : years[years.length - 1];
  const district = districtCode ? idx.district(districtCode) : undefined;
  const scope = district ? L.districtName(district) : t('leaders.scopeProvince');
  const c = statusChange(idx, from, to, district ? district.code : null);
  const styles = new Map(legendClasses('status').map((x) => [x.key, x]));
  // Issue 15: the reports' other cumulative tier beside "NTM or higher".
  const ncFrom = tierCounts(idx, from, district ? district.code : null).tiers.at_least_nang_cao;
  const ncTo = tierCounts(idx, to, district ? district.code : null).tiers.at_least_nang_cao;

  const yearSelect = (label: string, value: number, onChange: (y: number) => void, suffix: string) => (
    <div className="control yoy-year">
      <label htmlFor={`${id}-${suffix}`}>{label}</label>
      <select id={`${id}-${suffix}`} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {years.map((y) => <option key={y} value={y}>{y}</option>)}
      </select>
    </div>
  );

  return (
    <section className="year-over-year" aria-labelledby={`${id}-h`} data-scope={districtCode ?? 'province'}>
      <h2 id={`${id}-h`} className="leaders-heading">{t('yoy.title')}</h2>
      <div className="yoy-controls no-print">
        {yearSelect(t('yoy.from'), from, setFrom, 'from')}
        {yearSelect(t('yoy.to'), to, setTo, 'to')}
      </div>
      {c.xaCount === 0 ? (
        <p className="hint">{t('yoy.noXa')}</p>
      ) : (
        <>
          <div className="table-scroll scroll-region" role="region" aria-labelledby={`${id}-h`} tabIndex={0}>
          <table className="leaders-table yoy-table">
            <caption>{t('yoy.caption', { scope, from, to })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('yoy.class')}</th>
                <th scope="col" className="num">{from}</th>
                <th scope="col" className="num">{to}</th>
                <th scope="col" className="num">{t('yoy.delta')}</th>
              </tr>
            </thead>
            <tbody>
              {c.rows.map((r) => {
                const s = styles.get(r.key);
                return (
                  <tr key={r.key} data-class={r.key}>
                    <th scope="row">{s && <Swatch color={s.color} pattern={s.pattern} />} {L.classLabel('status', r.key)}</th>
                    <td className="num">{r.from}</td>
                    <td className="num">{r.to}</td>
                    <td className={`num delta ${r.delta > 0 ? 'is-up' : r.delta < 0 ? 'is-down' : ''}`}>{formatDelta(r.delta)}</td>
                  </tr>
                );
              })}
              <tr data-class="at_least_ntm" className="summary-total">
                <th scope="row">{t('leaders.atLeastNtm')}</th>
                <td className="num">{c.atLeastNtm.from}/{c.xaCount}</td>
                <td className="num">{c.atLeastNtm.to}/{c.xaCount}</td>
                <td className="num delta">{formatDelta(c.atLeastNtm.delta)}</td>
              </tr>
              <tr data-class="at_least_nang_cao" className="summary-total">
                <th scope="row">{t('tier.at_least_nang_cao')}</th>
                <td className="num">{ncFrom}</td>
                <td className="num">{ncTo}</td>
                <td className="num delta">{formatDelta(ncTo - ncFrom)}</td>
              </tr>
            </tbody>
          </table>
          </div>
          <p className="hint yoy-moves">
            {t('yoy.moves', { up: c.movedUp, down: c.movedDown, same: c.unchanged, na: c.notCompared })}
          </p>
        </>
      )}
    </section>
  );
}
