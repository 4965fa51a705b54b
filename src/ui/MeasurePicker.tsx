import { Suspense, useId, useState } from 'react';
import { catalogForYear, catalogsOf, measuresForYear } from '../domain/catalogs';
import { allMeasures, isAdvancedIndicator, parseMeasure, isMeasureId, type MeasureId } from '../domain/measures';
import type { CatalogSummary } from '../domain/types';
import { useLabels, useT } from '../i18n';
import { useApp } from '../state/store';
import { lazyPart } from './lazyPart';
import { PartBoundary } from './PartBoundary';

// Issue 13: the full text of a later catalog (criteria, groups, annexes, sources) is read on demand.
const CatalogView = lazyPart(() => import('./CatalogView').then((m) => m.CatalogView));

type Group = 'status' | 'count' | 'pilot' | 'change' | 'recognition' | 'criteria' | 'ind8' | 'advanced' | 'laterCriteria';
const GROUPS: Group[] = ['status', 'change', 'count', 'pilot', 'recognition', 'criteria', 'laterCriteria', 'ind8', 'advanced'];

function groupOf(m: MeasureId): Group {
  const p = parseMeasure(m);
  if (p.kind === 'criterion') return p.since == null ? 'criteria' : 'laterCriteria';
  if (p.kind === 'indicator') return isAdvancedIndicator(p.indicator) ? 'advanced' : 'ind8';
  return p.kind;
}

const period = (c: CatalogSummary) => `${c.from}–${c.to}`;
const decisionNo = (c: CatalogSummary) => c.decision.replace(/\s*\(.*$/, '');

/** One labelled <select> of the measures of the chosen year's criteria catalog, grouped. */
export function MeasurePicker() {
  const t = useT();
  const { measureLabel } = useLabels();
  const measure = useApp((s) => s.measure);
  const year = useApp((s) => s.year);
  const setMeasure = useApp((s) => s.setMeasure);
  const data = useApp((s) => s.data);
  const sets = data?.criteriaSets;
  const id = useId();
  const noteId = useId();
  const [open, setOpen] = useState<string | null>(null);
  const measures = data ? measuresForYear(data, year) : allMeasures();
  const catalogs = data ? catalogsOf(data) : [];
  const current = catalogForYear(catalogs, year);
  // A catalog with commune groups (2026–2030) says so under the picker.
  const grouped = current && current.groups > 0 ? current : null;
  const withDetail = catalogs.filter((c) => c.detail);
  return (
    <div className="control measure-picker">
      <label htmlFor={id}>{t('measure.label')}</label>
      <select
        id={id}
        value={measure}
        aria-describedby={grouped ? noteId : undefined}
        onChange={(e) => {
          if (isMeasureId(e.target.value)) setMeasure(e.target.value);
        }}
      >
        {GROUPS.map((g) => {
          const items = measures.filter((m) => groupOf(m) === g);
          if (items.length === 0) return null;
          const label = g === 'laterCriteria' && current
            ? t('measure.group.laterCriteria', { period: period(current), count: current.criteriaCount, decision: decisionNo(current) })
            : t(`measure.group.${g}` as 'measure.group.status');
          return (
            <optgroup key={g} label={label}>
              {items.map((m) => (
                <option key={m} value={m}>
                  {measureLabel(m, sets)}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
      {grouped && (
        <p id={noteId} className="hint measure-note">
          {t('measure.groupNote', { period: period(grouped), groups: grouped.groups, decision: decisionNo(grouped) })}
        </p>
      )}
      {withDetail.map((c) => (
        <div key={c.id} className="catalog-link">
          <button type="button" className="link-button" aria-expanded={open === c.id} onClick={() => setOpen(open === c.id ? null : c.id)}>
            {t('catalog.open', { period: period(c) })}
          </button>
          {open === c.id && (
            <PartBoundary part="catalog" onRetry={CatalogView.retry}>
              <Suspense fallback={<p role="status">{t('catalog.loading')}</p>}>
                <CatalogView catalog={c} onClose={() => setOpen(null)} />
              </Suspense>
            </PartBoundary>
          )}
        </div>
      ))}
    </div>
  );
}
