// The cumulative tiers of a year, as the reports count them ("109 xã NTM, of which 41 nâng cao,
// of which 16 kiểu mẫu"), beside the legend's exclusive classes; with the date the year stands
// for (31 December) and the published report that matches it (issue 15).
import { useId } from 'react';
import { reportsFor, yearDate } from '../domain/published';
import { tierCounts, TIERS } from '../domain/tiers';
import type { PublishedAggregate } from '../domain/types';
import { formatDate, useLabels, useT, type MessageKey } from '../i18n';
import { useIndex } from '../state/useIndex';
import { safeHref } from './common';

function Report({ p, kind }: { p: PublishedAggregate; kind: 'yearEnd' | 'interim' }) {
  const t = useT();
  const L = useLabels();
  const href = safeHref(p.source.url);
  const figures = t('tiers.figures', { ntm: p.ntm, of: p.of, nc: p.nangCao ?? '—', km: p.kieuMau ?? '—' });
  return (
    <li data-report={kind} data-date={p.source.date}>
      {t(kind === 'yearEnd' ? 'tiers.reportYearEnd' : 'tiers.reportInterim', { date: formatDate(p.source.date, L.locale), figures })}{' '}
      {href ? <a href={href} target="_blank" rel="noopener noreferrer">{p.source.label}</a> : p.source.label}
    </li>
  );
}

export function TierSummary({ year }: { year: number }) {
  const t = useT();
  const L = useLabels();
  const idx = useIndex();
  const id = useId();
  if (!idx) return null;
  const c = tierCounts(idx, year);
  const reports = reportsFor(idx.ds, year);
  return (
    <section className="tier-summary" aria-labelledby={id} data-year={year}>
      <h3 id={id} className="tier-title">{t('tiers.title', { date: formatDate(yearDate(year), L.locale) })}</h3>
      <table className="legend-table tier-table">
        <tbody>
          {TIERS.map((tier) => (
            <tr key={tier} data-tier={tier}>
              <th scope="row">{t(`tier.${tier}` as MessageKey)}</th>
              <td className="legend-count">{tier === 'at_least_ntm' ? `${c.tiers[tier]}/${c.xa}` : c.tiers[tier]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {c.noData > 0 && <p className="legend-note">{t('tiers.noData', { n: c.noData })}</p>}
      {(reports.yearEnd || reports.interim.length > 0) && (
        <ul className="tier-reports legend-note">
          {reports.yearEnd && <Report p={reports.yearEnd} kind="yearEnd" />}
          {reports.interim.map((p) => <Report key={p.source.date} p={p} kind="interim" />)}
        </ul>
      )}
      {!reports.yearEnd && <p className="legend-note" data-report="none">{t('tiers.noYearEnd', { year })}</p>}
    </section>
  );
}
