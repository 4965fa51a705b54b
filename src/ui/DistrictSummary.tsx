// A district at a glance for leaders: its xã by status, the share meeting each of the 19
// criteria, its own recognition, its pilot communes and its communes (buttons that select them).
// Printable (print.css): with the map image, the district's targets, source and date.
import { useId, useMemo, useState } from 'react';
import { classifyUnit, districtShare, legendClasses, NO_DATA, NOT_SUBJECT } from '../domain/classify';
import type { MeasureId } from '../domain/measures';
import { statusChange } from '../domain/yoy';
import { CRITERIA_COUNT, NTM_STATUSES, type NtmStatus } from '../domain/types';
import { formatDate, formatPercent, useLabels, useT } from '../i18n';
import { useApp } from '../state/store';
import { useIndex } from '../state/useIndex';
import { ExternalLink, safeHref, Swatch } from './common';
import { CellBar } from './DistrictComparison';
import { PrintButton, PrintFooter, PrintMapImage } from './PrintButton';
import { SourceLine } from './SourceLine';
import { TargetsPrintTable } from './TargetsPanel';
import './leaders.css';
// Its messages load with the leaders' chunks, not with the first view (src/i18n/parts/leaders.ts).
import '../i18n/parts/leaders';

type Order = 'number' | 'share';

export function DistrictSummary({ code }: { code: string }) {
  const t = useT();
  const L = useLabels();
  const idx = useIndex();
  const year = useApp((s) => s.year);
  const selection = useApp((s) => s.selection);
  const [order, setOrder] = useState<Order>('number');
  const id = useId();

  const district = idx?.district(code);
  const criteria = useMemo(() => {
    if (!idx) return [];
    return Array.from({ length: CRITERIA_COUNT }, (_, i) => {
      const no = i + 1;
      const s = districtShare(idx, code, `c${no}` as MeasureId, year);
      return { no, ...s };
    });
  }, [idx, code, year]);

  if (!idx || !district) return null;

  const units = idx.unitsOf(code);
  // Status counts of the xã for the year (a one-year "change" gives exactly the counts we need).
  const counts = statusChange(idx, year, year, code);
  const xaCount = counts.xaCount;
  const other = counts.notSubject;
  const statusStyle = new Map(legendClasses('status').map((c) => [c.key, c]));
  const rec = district.recognition;
  const recHref = safeHref(rec?.source.url);
  // The note in the reader's language (the Vietnamese one when no English is written).
  const notes = rec ?? district;
  const recNote = (L.locale === 'en' ? notes.note_en || notes.note_vi : notes.note_vi || notes.note_en) ?? null;
  const pilots = idx.ds.pilots.filter((p) => p.districtCode === code && idx.unit(p.gso));
  const sortedCriteria = order === 'number'
    ? criteria
    : [...criteria].sort((a, b) => (b.share ?? -1) - (a.share ?? -1) || a.no - b.no);
  const sortedUnits = [...units].sort(
    (a, b) => Number(a.type !== 'xa') - Number(b.type !== 'xa') || a.name.localeCompare(b.name, 'vi', { numeric: true }),
  );
  const name = L.districtName(district);
  // Short status words for the print layout (the full labels stay on screen).
  const isShortKey = (k: string): k is NtmStatus | 'no_data' | 'not_subject' =>
    NTM_STATUSES.includes(k as NtmStatus) || k === NO_DATA || k === NOT_SUBJECT;
  const shortStatus = (k: string) => (isShortKey(k) ? t(`compare.col.${k}`) : L.classLabel('status', k));
  const shortWord = (k: string) => (isShortKey(k) ? t(`leaders.short.${k}`) : L.classLabel('status', k));

  return (
    <div className="district-summary" data-district={code} data-year={year}>
      <PrintMapImage alt={t('leaders.mapImage', { name })} />
      <div className="summary-actions no-print">
        <PrintButton />
      </div>

      <p className="summary-xa">
        {xaCount === 0
          ? t('leaders.noXa')
          : other > 0
            ? t('leaders.xaCount', { n: xaCount, other })
            : t('leaders.xaCountOnly', { n: xaCount })}
      </p>

      <div className="sum-block sum-recognition">
        <h3>{t('leaders.recognitionHeading')}</h3>
        <p className="summary-recognition" data-recognition={rec ? rec.status : 'none'}>
          <strong>{L.recognitionLabel(rec)}</strong>
          {rec?.decision && <> · {t('leaders.decision', { decision: rec.decision })}</>}
          {rec && (
            <span className="rec-source">
              {' '}· {t('source.label')}:{' '}
              {recHref ? <ExternalLink href={recHref}>{rec.source.label}</ExternalLink> : rec.source.label}
              {rec.source.date && <>, {formatDate(rec.source.date, L.locale)}</>}
            </span>
          )}
        </p>
        {recNote && <p className="note">{recNote}</p>}
      </div>

      {xaCount > 0 && (
        <>
          <div className="sum-block sum-status">
            <h3>{t('leaders.statusHeading', { year })}</h3>
            <table className="mini-table summary-status">
              <tbody>
                {[...NTM_STATUSES, NO_DATA].map((k) => {
                  const c = statusStyle.get(k)!;
                  const n = counts.rows.find((r) => r.key === k)?.to ?? 0;
                  return (
                    <tr key={k} data-class={k}>
                      <th scope="row">
                        <Swatch color={c.color} pattern={c.pattern} />{' '}
                        <span className="label-long">{L.classLabel('status', k)}</span>
                        <span className="label-short print-only">{shortStatus(k)}</span>
                      </th>
                      <td>{n}</td>
                    </tr>
                  );
                })}
                <tr data-class="at_least_ntm" className="summary-total">
                  <th scope="row">{t('leaders.atLeastNtm')}</th>
                  <td>{counts.atLeastNtm.to}/{xaCount}</td>
                </tr>
              </tbody>
            </table>
          </div>

          <div className="sum-block sum-criteria">
            <div className="criteria-head">
              <h3 id={`${id}-crit`}>{t('leaders.criteriaHeading', { year })}</h3>
              <div className="order-toggle no-print" role="group" aria-label={t('leaders.criteriaOrder')}>
                <button type="button" aria-pressed={order === 'number'} onClick={() => setOrder('number')}>
                  {t('leaders.orderByNumber')}
                </button>
                <button type="button" aria-pressed={order === 'share'} onClick={() => setOrder('share')}>
                  {t('leaders.orderByShare')}
                </button>
              </div>
          </div>
          <ol className="criteria-bars" aria-labelledby={`${id}-crit`}>
            {sortedCriteria.map((c) => {
              const label = L.criterionName(c.no, idx.ds.criteriaSets) ?? t('measure.criterionNoName', { no: c.no });
              return (
                <li key={c.no} data-criterion={c.no}>
                  <span className="criteria-name"><span className="check-no">{c.no}.</span> {label}</span>
                  {c.share === null ? (
                    <span className="muted">{t('class.no_data')}</span>
                  ) : (
                    <CellBar fraction={c.share}>
                      {t('leaders.criterionShare', { met: c.met, known: c.met + c.notMet, pct: formatPercent(c.share, L.locale) })}
                      {c.noData > 0 && <span className="cell-sub"> · {t('leaders.criterionMissing', { n: c.noData })}</span>}
                    </CellBar>
                  )}
                </li>
              );
            })}
          </ol>
          <p className="hint">{t('leaders.criteriaNote')}</p>
          </div>
        </>
      )}

      <div className="sum-block sum-pilots">
        <h3>{t('leaders.pilotsHeading')}</h3>
        {pilots.length ? (
          <ul className="summary-pilots">
            {pilots.map((p) => {
              const u = idx.unit(p.gso)!;
              return (
                <li key={p.gso}>
                  <button type="button" className="link-button" onClick={() => useApp.getState().select({ kind: 'commune', gso: p.gso })}>
                    {L.unitName(u)}
                  </button>
                  <span className="commune-class"> · {t('leaders.pilotOf', { model: L.pilotModelLabel(p.model), section: p.section })}</span>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="hint">{t('leaders.pilotsNone')}</p>
        )}
      </div>

      <div className="sum-block sum-communes">
        <h3>{t('leaders.communesHeading', { n: units.length })}</h3>
        <ul className="commune-list summary-communes">
          {sortedUnits.map((u) => {
            const k = classifyUnit(idx, u.gso, 'status', year);
            const c = statusStyle.get(k);
            return (
              <li key={u.gso} data-gso={u.gso} data-class={k}>
                <button
                  type="button"
                  className="link-button"
                  aria-current={selection?.kind === 'commune' && selection.gso === u.gso ? 'true' : undefined}
                  onClick={() => useApp.getState().select({ kind: 'commune', gso: u.gso })}
                >
                  {L.unitName(u)}
                </button>
                <span className="commune-class">
                  {' · '}
                  {c && <Swatch color={c.color} pattern={c.pattern} />}
                  <span className="label-long">{L.classLabel('status', k)}</span>
                  <span className="label-short print-only">{shortWord(k)}</span>
                </span>
              </li>
            );
          })}
        </ul>
      </div>

      <div className="sum-block print-only print-targets">
        <h3>{t('leaders.targetsHeading', { year })}</h3>
        <TargetsPrintTable districtCode={code} />
      </div>
      <div className="sum-block sum-source">
        <SourceLine />
        <PrintFooter />
      </div>
    </div>
  );
}
