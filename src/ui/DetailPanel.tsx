import { catalogForYear, catalogsOf } from '../domain/catalogs';
import { criterionName } from '../i18n/labels';
import { useLocale } from '../i18n';
import { Suspense, lazy, useEffect, useId, useRef } from 'react';
import { CommuneTimeline, DistrictTimeline } from './Timeline';
import {
  classifyUnit, criteriaMetRange, districtShare, legendClasses, NO_DATA, NOT_SUBJECT,
} from '../domain/classify';
import type { DataIndex } from '../domain/dataIndex';
import { INDICATOR_IDS, type DistrictInfo, type IndicatorId, type UnitInfo } from '../domain/types';
import { indicatorNumber, isAdvancedIndicator } from '../domain/measures';
import { previousRow } from '../domain/years';
import { formatPercent, useLabels, useT } from '../i18n';
import { useApp } from '../state/store';
import { useIndex } from '../state/useIndex';
import { Swatch } from './common';
import { SourceLine } from './SourceLine';
// Issue 14: a commune's status and criteria must not wait for the district summary (targets,
// comparison: ≈12 KB) or today's files (the successor line): on a slow link they come after.
const DistrictSummary = lazy(() => import('./DistrictSummary').then((m) => ({ default: m.DistrictSummary })));
const SuccessorLine = lazy(() => import('./TodayPanel').then((m) => ({ default: m.SuccessorLine })));
import '../i18n/parts/detail'; // its messages load with this chunk, not with the first view

type Tri = boolean | null | undefined;

/** Met / not met / no data with an icon AND text (never colour alone). */
function TriState({ value }: { value: Tri }) {
  const t = useT();
  const [icon, cls, key] =
    value === true ? ['✓', 'is-met', 'detail.met'] as const
      : value === false ? ['✗', 'is-not-met', 'detail.notMet'] as const
        : ['?', 'is-no-data', 'detail.noData'] as const;
  return (
    <span className={`tri ${cls}`}>
      <span className="tri-icon" aria-hidden="true">{icon}</span>
      <span className="tri-text">{t(key)}</span>
    </span>
  );
}

/** Details of the selected commune or district. Renders nothing without a selection. */
export function DetailPanel() {
  const t = useT();
  const idx = useIndex();
  const selection = useApp((s) => s.selection);
  const select = useApp((s) => s.select);
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const key = selection ? (selection.kind === 'commune' ? selection.gso : selection.code) : null;

  // Where focus was when the panel opened (search box, table row, map), to return there on close.
  const openerRef = useRef<HTMLElement | null>(null);
  const sectionRef = useRef<HTMLElement>(null);

  // Move focus to the new panel's heading so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (!key) return;
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && !sectionRef.current?.contains(active)) openerRef.current = active;
    headingRef.current?.focus();
  }, [key]);

  const close = () => {
    const opener = openerRef.current;
    select(null);
    // After the panel is gone: back to the opener if it still exists, else to the side panel.
    requestAnimationFrame(() => {
      if (opener?.isConnected) opener.focus();
      else {
        const panel = document.querySelector<HTMLElement>('.panel');
        if (panel) {
          panel.tabIndex = -1;
          panel.focus();
        }
      }
    });
  };

  if (!idx || !selection) return null;
  const unit = selection.kind === 'commune' ? idx.unit(selection.gso) : undefined;
  const district = selection.kind === 'district' ? idx.district(selection.code) : undefined;
  if (!unit && !district) return null;

  return (
    <section
      className="detail-panel"
      aria-labelledby={titleId}
      ref={sectionRef}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          close();
        }
      }}
    >
      <div className="panel-head">
        <h2 id={titleId} ref={headingRef} tabIndex={-1}>
          <DetailTitle unit={unit} district={district} />
        </h2>
        <button type="button" className="close-button" onClick={close} aria-label={t('detail.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {unit ? <CommuneDetail idx={idx} unit={unit} /> : district ? <DistrictDetail idx={idx} district={district} /> : null}
    </section>
  );
}

function DetailTitle({ unit, district }: { unit?: UnitInfo; district?: DistrictInfo }) {
  const L = useLabels();
  return <>{unit ? L.unitName(unit) : district ? L.districtName(district) : ''}</>;
}

function CommuneDetail({ idx, unit }: { idx: DataIndex; unit: UnitInfo }) {
  const t = useT();
  const L = useLabels();
  const locale = useLocale();
  const year = useApp((s) => s.year);
  const select = useApp((s) => s.select);
  const d = idx.district(unit.districtCode);
  const sets = idx.ds.criteriaSets;

  const facts = (
    <>
      <dl className="facts">
      <dt>{t('detail.district')}</dt>
      <dd>
        {d ? (
          <button type="button" className="link-button" onClick={() => select({ kind: 'district', code: d.code })}>
            {L.districtName(d)}
          </button>
        ) : t('common.none')}
      </dd>
      <dt>{t('detail.type')}</dt>
      <dd>{L.unitTypeLabel(unit.type)}</dd>
      </dl>
      {/* Issue 13: where this unit is since 1/7/2025. */}
      <Suspense fallback={null}>
        <SuccessorLine oldCode={unit.gso} />
      </Suspense>
    </>
  );

  if (unit.type !== 'xa') {
    return (
      <>
        {facts}
        <p className="not-subject" data-class={NOT_SUBJECT}>{t('detail.notSubject', { type: L.unitTypeLabel(unit.type) })}</p>
        <SourceLine />
      </>
    );
  }

  const row = idx.row(unit.gso, year);
  const pilot = idx.pilot(unit.gso);
  const statusKey = classifyUnit(idx, unit.gso, 'status', year);
  const statusStyle = legendClasses('status').find((c) => c.key === statusKey)!;
  const prev = row ? undefined : previousRow(idx, unit.gso, year);
  const range = row ? criteriaMetRange(row) : null;
  const catalogs = catalogsOf(idx.ds);
  const rowCatalog = catalogForYear(catalogs, year) ?? catalogs[0]!;

  return (
    <>
      {facts}
      <h3>{t('detail.status', { year })}</h3>
      <p className="status-line" data-class={statusKey}>
        <Swatch color={statusStyle.color} pattern={statusStyle.pattern} />
        <strong>{statusKey === NO_DATA ? t('class.no_data') : L.statusLabel(row?.status)}</strong>
      </p>
      {!row && <p>{t('detail.noRow', { year })}</p>}
      {prev && <p className="hint">{t('detail.lastKnown', { year: prev.year, status: L.statusLabel(prev.status) })}</p>}
      {row && (row.recognitionYear != null || row.decision || row.criteriaSet) && (
        <dl className="facts">
          {row.recognitionYear != null && (<><dt>{t('detail.recognitionYear')}</dt><dd>{row.recognitionYear}</dd></>)}
          {row.decision && (<><dt>{t('detail.decision')}</dt><dd>{row.decision}</dd></>)}
          {row.criteriaSet && (<><dt>{t('detail.criteriaSet')}</dt><dd>{t(`detail.vintage.${row.criteriaSet}`)}</dd></>)}
        </dl>
      )}
      {row?.note && <p className="note"><strong>{t('detail.note')}:</strong> {row.note}</p>}
      <CommuneTimeline idx={idx} gso={unit.gso} />

      {row && range && (
        <>
          <h3>{t('detail.checklist', { year, total: row.criteria.length })}</h3>
          <p className="met-count">
            {range.unknown
              ? t('detail.metCountUnknown', { met: range.min, unknown: range.unknown, total: row.criteria.length })
              : t('detail.metCount', { met: range.min, total: row.criteria.length })}
          </p>
          <ol className="checklist">
            {/* The row's own catalog: 19 criteria up to 2025, the 2026–2030 catalog's 10 from 2026. */}
            {row.criteria.map((_, i) => {
              const no = i + 1;
              const name = criterionName(no, sets, locale, rowCatalog.communeSet) ?? t('measure.criterionNoName', { no });
              return (
                <li key={no} data-criterion={no}>
                  <span className="check-name"><span className="check-no">{no}.</span> {name}</span>
                  <TriState value={row.criteria[i]} />
                </li>
              );
            })}
          </ol>
          {rowCatalog.communeSet === 'commune_ntm' && (
            <>
              <IndicatorList ids={INDICATOR_IDS.filter((id) => !isAdvancedIndicator(id))} title={t('detail.indicators')} row={row.indicators} />
              <IndicatorList ids={INDICATOR_IDS.filter(isAdvancedIndicator)} title={t('detail.advancedIndicators')} row={row.indicators} />
            </>
          )}
        </>
      )}

      <h3>{t('detail.pilot')}</h3>
      <p>
        {pilot
          ? t('detail.pilotOf', { model: L.pilotModelLabel(pilot.model), section: pilot.section })
          : t('detail.notPilot')}
      </p>
      <SourceLine row={row} />
    </>
  );
}

function IndicatorList({ ids, title, row }: { ids: IndicatorId[]; title: string; row: Record<IndicatorId, boolean | null> }) {
  const L = useLabels();
  const t = useT();
  const sets = useApp((s) => s.data?.criteriaSets);
  return (
    <>
      <h4>{title}</h4>
      <ul className="checklist indicators">
        {ids.map((id) => (
          <li key={id} data-indicator={id}>
            <span className="check-name">
              <span className="check-no">{indicatorNumber(id)}</span> {L.indicatorName(id, sets) ?? t('measure.indicatorNoName', { no: indicatorNumber(id) })}
            </span>
            <TriState value={row?.[id]} />
          </li>
        ))}
      </ul>
    </>
  );
}

function DistrictDetail({ idx, district }: { idx: DataIndex; district: DistrictInfo }) {
  const t = useT();
  const L = useLabels();
  const year = useApp((s) => s.year);
  const measure = useApp((s) => s.measure);
  const share = districtShare(idx, district.code, measure, year);

  // The share for the measure on the map first; then the leaders' summary (recognition, status
  // counts, the 19 criteria, pilots, communes, print).
  return (
    <>
      <dl className="facts">
        <dt>{t('detail.type')}</dt>
        <dd>{L.districtTypeLabel(district.type)}</dd>
      </dl>
      <h3>{t('detail.share', { measure: L.measureLabel(measure, idx.ds.criteriaSets) })}</h3>
      <p className="share-line">
        {share.total === 0
          ? t('detail.shareNoXa')
          : share.share === null
            ? t('detail.shareNoData', { year })
            : t('detail.shareValue', { met: share.met, known: share.met + share.notMet, pct: formatPercent(share.share, L.locale) })}
      </p>
      {share.noData > 0 && share.share !== null && <p className="hint">{t('detail.shareMissing', { n: share.noData })}</p>}
      <DistrictTimeline idx={idx} code={district.code} />
      <Suspense fallback={null}>
        <DistrictSummary code={district.code} />
      </Suspense>
    </>
  );
}
