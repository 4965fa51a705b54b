// "Mục tiêu đến 2025": every quantified target of plan 5306 section I.2, its value computed from
// the data (domain/targets.ts), met or not (icon + text), and how it was computed.
import { useId, useMemo } from 'react';
import type { DataIndex } from '../domain/dataIndex';
import { indicatorNumber, isAdvancedIndicator } from '../domain/measures';
import { evaluateTargets, targetStatusCounts, type TargetResult, type TargetStatus } from '../domain/targets';
import { INDICATOR_IDS, type IndicatorId } from '../domain/types';
import { districtName, formatNumber, translate, unitName, useT, type TFunction } from '../i18n';
import { useApp, type Locale } from '../state/store';
import { useIndex } from '../state/useIndex';
import { usePlanTargets, type PlanTargetsState } from '../state/usePlanTargets';
import './leaders.css';
// Its messages load with the leaders' chunks, not with the first view (src/i18n/parts/leaders.ts).
import '../i18n/parts/leaders';

/** While targets.json downloads, or when it failed: what is happening, in words, with a retry. */
function TargetsPending({ state, retry }: { state: Exclude<PlanTargetsState, { kind: 'ready' }>; retry: () => void }) {
  const t = useT();
  if (state.kind === 'loading') return <p className="hint targets-pending" role="status">{t('targets.loading')}</p>;
  const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  return (
    <div className="targets-pending targets-failed" role="alert">
      <p>{t(offline ? 'targets.failedOffline' : 'targets.failed')}</p>
      <button type="button" onClick={retry}>{t('targets.retry')}</button>
    </div>
  );
}

/** A percent 0..100 with at most one decimal, rounded DOWN so a value just under a threshold
 *  never displays as meeting it (99.96 % shows "99,9 %", not "100 %"). */
export function formatTargetPercent(value: number, locale: Locale): string {
  const floored = Math.floor(value * 10 + 1e-9) / 10;
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(floored / 100);
}

function formatThresholdValue(r: TargetResult, locale: Locale): string {
  return r.target.unit === 'percent' ? formatTargetPercent(r.target.threshold, locale) : formatNumber(r.target.threshold, locale);
}

export function formatTargetValue(r: TargetResult, locale: Locale, t: TFunction): string {
  if (r.value === null) return t('common.none');
  return r.target.unit === 'percent' ? formatTargetPercent(r.value, locale) : t('targets.pilotCount', { n: formatNumber(r.value, locale) });
}

function criterionPhrase(criterion: string | null, t: TFunction): string {
  if (criterion && (INDICATOR_IDS as readonly string[]).includes(criterion)) {
    const id = criterion as IndicatorId;
    return t(isAdvancedIndicator(id) ? 'targets.crit.advancedIndicator' : 'targets.crit.indicator', { no: indicatorNumber(id) });
  }
  if (criterion === 'cooperative') return t('targets.crit.cooperative');
  if (criterion === 'online_service_and_survey') return t('targets.crit.online');
  return t('targets.crit.other', { criterion: criterion ?? '' });
}

/** The explanation of a result as sentences in the UI language (plain text, never HTML). */
export function explainTarget(r: TargetResult, idx: DataIndex, locale: Locale): string[] {
  const t: TFunction = (key, params) => translate(locale, key, params);
  const ex = r.explanation;
  const out: string[] = [];
  if (ex.population === 'xa' && r.numerator !== null && r.denominator !== null) {
    out.push(t('targets.how.xaShare', {
      num: r.numerator, den: r.denominator, criterion: criterionPhrase(ex.criterion, t),
      pct: formatTargetPercent((r.numerator / r.denominator) * 100, locale),
    }));
  }
  for (const note of ex.notes) {
    switch (note) {
      case 'xa_no_data': out.push(t('targets.how.xaNoData', { n: ex.xaNoData, year: ex.year })); break;
      case 'all_xa_no_data': out.push(t('targets.how.allNoData', { n: ex.xaInScope, year: ex.year })); break;
      case 'no_xa_in_scope': out.push(t('targets.how.noXa')); break;
      case 'non_xa_excluded': out.push(t('targets.how.nonXaExcluded', { n: ex.excludedNonXa })); break;
      case 'districts_not_measured': out.push(t('targets.how.districtsNotMeasured', { n: ex.districtsNotMeasured })); break;
      case 'no_district_data': out.push(t('targets.how.noDistrictData', { no: ex.criterion ?? '', n: ex.districtsNotMeasured })); break;
      case 'pilot_list': {
        const names = ex.counted.map((gso) => {
          const u = idx.unit(gso);
          const d = u ? idx.district(u.districtCode) : undefined;
          return u ? (d ? `${unitName(u, locale)} (${districtName(d, locale)})` : unitName(u, locale)) : gso;
        });
        out.push(names.length ? t('targets.how.pilot', { names: names.join(', ') }) : t('targets.how.pilotNone'));
        out.push(t('targets.how.pilotList'));
        break;
      }
      case 'province_wide': out.push(t('targets.how.provinceWide')); break;
      case 'not_measurable':
        out.push(t('targets.how.notMeasurable', { reason: (locale === 'vi' ? ex.reason?.vi : ex.reason?.en) ?? '' }));
        break;
    }
  }
  return out;
}

const STATUS_VIEW: Record<TargetStatus, { icon: string; cls: string; key: 'targets.met' | 'targets.notMet' | 'targets.noData' | 'targets.notMeasurable' }> = {
  met: { icon: '✓', cls: 'is-met', key: 'targets.met' },
  not_met: { icon: '✗', cls: 'is-not-met', key: 'targets.notMet' },
  no_data: { icon: '?', cls: 'is-no-data', key: 'targets.noData' },
  not_measurable: { icon: '–', cls: 'is-not-measurable', key: 'targets.notMeasurable' },
};

export function TargetStatusBadge({ status }: { status: TargetStatus }) {
  const t = useT();
  const v = STATUS_VIEW[status];
  return (
    <span className={`target-status ${v.cls}`}>
      <span className="tri-icon" aria-hidden="true">{v.icon}</span> <span>{t(v.key)}</span>
    </span>
  );
}

export interface TargetsPanelProps {
  /** Evaluate over one district (xã targets); null/undefined: the whole province. */
  districtCode?: string | null;
  /** Defaults to the store year. */
  year?: number;
  /** Heading level of the panel title (2 by default; 3 inside another panel). */
  headingLevel?: 2 | 3;
  /** Omit the title and intro (when embedded under another heading). */
  bare?: boolean;
}

export function TargetsPanel({ districtCode = null, year: yearProp, headingLevel = 2, bare = false }: TargetsPanelProps) {
  const t = useT();
  const idx = useIndex();
  const storeYear = useApp((s) => s.year);
  const locale = useApp((s) => s.locale);
  const year = yearProp ?? storeYear;
  const titleId = useId();
  const { state, retry } = usePlanTargets();
  const targets = state.kind === 'ready' ? state.targets : null;
  const results = useMemo(
    () => (idx && targets ? evaluateTargets(idx, targets, year, districtCode ? { districtCode } : {}) : []),
    [idx, targets, year, districtCode],
  );
  if (!idx) return null;
  if (state.kind !== 'ready') return <TargetsPending state={state} retry={retry} />;
  const district = districtCode ? idx.district(districtCode) : undefined;
  const counts = targetStatusCounts(results);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const scope = district
    ? t('targets.scopeDistrict', { name: districtName(district, locale), year })
    : t('targets.scopeProvince', { year });

  return (
    <section className="targets-panel" aria-labelledby={bare ? undefined : titleId} aria-label={bare ? scope : undefined} data-scope={districtCode ?? 'province'} data-year={year}>
      {!bare && (
        <>
          <H id={titleId} className="leaders-heading">{t('targets.title')}</H>
          <p className="hint">{t('targets.intro')}</p>
        </>
      )}
      <p className="targets-scope"><strong>{scope}</strong></p>
      <p className="targets-summary">
        {t('targets.summary', { met: counts.met, notMet: counts.not_met, noData: counts.no_data, notMeasurable: counts.not_measurable })}
      </p>
      <ol className="targets-list">
        {results.map((r) => {
          const note = locale === 'vi' ? r.target.note_vi : r.target.note_en;
          const how = explainTarget(r, idx, locale);
          return (
            <li key={r.target.id} className="target-item" data-target={r.target.id} data-status={r.status}>
              <p className="target-wording">
                <span className="target-section">{t('targets.section', { section: r.target.section })}</span>{' '}
                {locale === 'vi' ? r.target.vi : r.target.en}
              </p>
              <dl className="target-facts">
                <dt>{t('targets.thresholdLabel')}</dt>
                <dd>{t(r.target.comparator === '>' ? 'targets.cmp.>' : 'targets.cmp.>=', { value: formatThresholdValue(r, locale) })}</dd>
                <dt>{t('targets.valueLabel')}</dt>
                <dd className="target-value">{formatTargetValue(r, locale, t)}</dd>
              </dl>
              <TargetStatusBadge status={r.status} />
              {how.length > 0 && (
                <div className="target-how">
                  <span className="target-how-label">{t('targets.how')}:</span>
                  <ul>
                    {how.map((line, i) => <li key={i}>{line}</li>)}
                  </ul>
                </div>
              )}
              {note && <p className="note"><strong>{t('targets.noteLabel')}:</strong> {note}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** A compact table of the same results for print: one row per computed target, then the ids of
 *  the targets the data cannot measure (so nothing is hidden, and the page stays one A4). */
export function TargetsPrintTable({ districtCode = null, year: yearProp }: { districtCode?: string | null; year?: number }) {
  const t = useT();
  const idx = useIndex();
  const storeYear = useApp((s) => s.year);
  const locale = useApp((s) => s.locale);
  const year = yearProp ?? storeYear;
  const { state, retry } = usePlanTargets();
  const targets = state.kind === 'ready' ? state.targets : null;
  const results = useMemo(
    () => (idx && targets ? evaluateTargets(idx, targets, year, districtCode ? { districtCode } : {}) : []),
    [idx, targets, year, districtCode],
  );
  if (!idx) return null;
  if (state.kind !== 'ready') return <TargetsPending state={state} retry={retry} />;
  const district = districtCode ? idx.district(districtCode) : undefined;
  const computed = results.filter((r) => r.status !== 'not_measurable' && r.target.measure.kind !== 'district_indicator');
  const notMeasurable = results.filter((r) => r.status === 'not_measurable').map((r) => r.target.id);
  const noDistrictData = results.filter((r) => r.target.measure.kind === 'district_indicator').map((r) => r.target.id);
  return (
    <div className="targets-print-table">
      <table className="leaders-table">
        <caption>
          {district ? t('targets.scopeDistrict', { name: districtName(district, locale), year }) : t('targets.scopeProvince', { year })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('targets.colSection')}</th>
            <th scope="col">{t('targets.thresholdLabel')}</th>
            <th scope="col" className="num">{t('targets.valueLabel')}</th>
            <th scope="col">{t('targets.colStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {computed.map((r) => (
            <tr key={r.target.id} data-target={r.target.id} data-status={r.status}>
              <th scope="row">{r.target.section}</th>
              <td>
                {locale === 'vi' ? r.target.vi : r.target.en}{' '}
                <strong>({t(r.target.comparator === '>' ? 'targets.cmp.>' : 'targets.cmp.>=', { value: formatThresholdValue(r, locale) })})</strong>
              </td>
              <td className="num">
                {formatTargetValue(r, locale, t)}
                {r.target.unit === 'percent' && r.numerator !== null && r.denominator !== null && (
                  <span className="cell-sub"> {t('targets.fraction', { num: r.numerator, den: r.denominator })}</span>
                )}
              </td>
              <td><TargetStatusBadge status={r.status} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {notMeasurable.length > 0 && <p className="hint">{t('targets.printNotMeasurable', { ids: notMeasurable.join(', ') })}</p>}
      {noDistrictData.length > 0 && <p className="hint">{t('targets.printNoDistrictData', { ids: noDistrictData.join(', ') })}</p>}
    </div>
  );
}
