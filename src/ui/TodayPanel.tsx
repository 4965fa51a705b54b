// Panels of today's geography (issue 13): a unit of today lists its former units with their
// district, province and 2021–2025 results (and the roll-up of the year); a unit of 2020–2024
// names its successor(s). Results come from the 2020–2024 dataset by OLD code only, through the
// crosswalk (codes are reused: a new code is never looked up there).
import { useEffect, useId, useRef } from 'react';
import type { DataIndex } from '../domain/dataIndex';
import type { TodayIndex } from '../domain/crosswalk';
import { oldFullName } from '../domain/crosswalk';
import { rollupOf, type Rollup } from '../domain/rollup';
import type { CrosswalkRow } from '../domain/todayTypes';
import { formatDate, useLabels, useLocale, useT } from '../i18n';
import { useApp } from '../state/store';
import { useIndex } from '../state/useIndex';
import { ensureTodayRecord, useToday } from '../state/todayStore';
import '../i18n/parts/today'; // today's messages load with today's parts
import '../i18n/parts/detail'; // its messages load with this chunk, not with the first view

const RESULT_YEARS = [2021, 2022, 2023, 2024, 2025];

/** One former unit's result in a year: status, "not subject" or "no data" (never a guess). */
function FormerResult({ idx, row, year }: { idx: DataIndex; row: CrosswalkRow; year: number }) {
  const t = useT();
  const L = useLabels();
  if (row.oldType !== 'xa') return <span className="is-not-subject">{t('today.notSubject')}</span>;
  const status = row.oldProvince === 'lam_dong' ? idx.row(row.oldCode, year)?.status ?? null : null;
  return status ? <span data-status={status}>{L.statusLabel(status)}</span> : <span className="is-no-data">{t('today.noData')}</span>;
}

export function RollupSummary({ r }: { r: Rollup }) {
  const t = useT();
  const provinces = [...new Set(r.former.map((f) => f.row.oldProvince))];
  if (r.former.every((f) => !f.projectData)) return <p className="rollup-summary" data-class={r.cls}>{t('today.noProject', { province: provinces.map((p) => t(`today.province.${p}`)).join(', ') })}</p>;
  if (r.formerXa === 0) return <p className="rollup-summary" data-class={r.cls}>{t('today.noXa')}</p>;
  return (
    <div className="rollup-summary" data-class={r.cls}>
      <p><strong>{t('today.summary', { ntm: r.ntmOrHigher, xa: r.formerXa, nc: r.nangCaoOrHigher, km: r.kieuMau, year: r.year })}</strong></p>
      {r.withData < r.formerXa && <p>{t('today.withData', { n: r.withData, xa: r.formerXa, year: r.year })}</p>}
    </div>
  );
}

/** The sources of today's geography, as every view of it names them. */
export function TodaySources({ today }: { today: TodayIndex }) {
  const t = useT();
  const locale = useLocale();
  const s = today.record.sources;
  return <p className="source-line hint">{t('today.sources', { boundary: s.boundary.label, date: formatDate(s.boundary.date, locale), crosswalk: s.crosswalk.label })}</p>;
}

/** Details of one of today's units. */
export function TodayPanel() {
  const t = useT();
  const locale = useLocale();
  const idx = useIndex();
  const today = useToday((s) => s.today);
  const selection = useApp((s) => s.selection);
  const year = useApp((s) => s.year);
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const code = selection?.kind === 'today' ? selection.code : null;
  useEffect(() => {
    if (code) headingRef.current?.focus();
  }, [code]);
  if (!idx || !today || !code) return null;
  const unit = today.unit(code);
  if (!unit) return null;
  const r = rollupOf(idx, today, code, year);
  const close = () => useApp.getState().select(null);
  return (
    <section className="detail-panel today-panel" aria-labelledby={titleId} data-code={code} onKeyDown={(e) => e.key === 'Escape' && close()}>
      <div className="panel-head">
        <h2 id={titleId} ref={headingRef} tabIndex={-1}>{unit.fullName}</h2>
        <button type="button" className="close-button" onClick={close} aria-label={t('detail.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <dl className="facts">
        <dt>{t('detail.type')}</dt>
        <dd>{t(`today.type.${unit.type}`)}</dd>
        <dt>{t('today.col.province')}</dt>
        <dd>{t(`today.province.${unit.formerProvince}`)}</dd>
        <dt>{t('today.since')}</dt>
        <dd>{formatDate(today.record.geography.validFrom, locale)} — {today.record.geography.basis}</dd>
      </dl>
      <p className="hint">{t('today.area', { km2: unit.areaKm2.toLocaleString(locale), stated: unit.statedAreaKm2.toLocaleString(locale) })}</p>
      <h3>{t('today.measure')}, {year}</h3>
      <RollupSummary r={r} />
      <p className="note">{t('today.ruleNote')}</p>
      <h3>{t('today.predecessors')}</h3>
      <ul className="predecessors">
        {today.predecessorsOf(code).map((row) => (
          <li key={row.oldCode} data-old-code={row.oldCode}>
            <p className="p-head">
              <strong className="p-name">{oldFullName(row)}</strong> <span className="hint">({row.oldCode})</span>
              {' · '}<span className="p-district">{row.oldDistrict}</span>
              {' · '}<span className="p-province">{t(`today.province.${row.oldProvince}`)}</span>
              {' · '}<span className="p-share">{t(`today.share.${row.share}`)}</span>
            </p>
            <dl className="p-years">
              {RESULT_YEARS.map((y) => (
                <div key={y} data-year={y} className={y === year ? 'is-current' : undefined}>
                  <dt>{y}</dt>
                  <dd><FormerResult idx={idx} row={row} year={y} /></dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
      <p className="hint">{t('today.basis', { basis: [...new Set(today.predecessorsOf(code).map((x) => x.basis))].join('; ') })}</p>
      <p className="hint">{idx.ds.meta.attainmentSource.label} ({idx.ds.meta.attainmentSource.date})</p>
      <TodaySources today={today} />
    </section>
  );
}

/** In an old unit's panel: where it is since 1/7/2025 (today.json is loaded for it). */
export function SuccessorLine({ oldCode }: { oldCode: string }) {
  const t = useT();
  const today = useToday((s) => s.today);
  useEffect(() => {
    void ensureTodayRecord().catch(() => undefined); // no line when it cannot load: the panel stays
  }, []);
  if (!today) return null;
  const rows = today.successorsOf(oldCode);
  if (!rows.length) return null;
  const names = rows.map((r) => today.unit(r.newCode)?.fullName ?? r.newCode).join(', ');
  const partial = rows.some((r) => r.share === 'partial');
  return (
    <p className="successor-line" data-successors={rows.map((r) => r.newCode).join(' ')}>
      {t(partial ? 'today.successorPartial' : 'today.successor', { name: names })}
    </p>
  );
}
