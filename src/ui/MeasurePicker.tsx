import { useId } from 'react';
import { allMeasures, isAdvancedIndicator, parseMeasure, isMeasureId, type MeasureId } from '../domain/measures';
import { useLabels, useT } from '../i18n';
import { useApp } from '../state/store';

type Group = 'status' | 'count' | 'pilot' | 'change' | 'recognition' | 'criteria' | 'ind8' | 'advanced';
const GROUPS: Group[] = ['status', 'change', 'count', 'pilot', 'recognition', 'criteria', 'ind8', 'advanced'];

function groupOf(m: MeasureId): Group {
  const p = parseMeasure(m);
  if (p.kind === 'criterion') return 'criteria';
  if (p.kind === 'indicator') return isAdvancedIndicator(p.indicator) ? 'advanced' : 'ind8';
  return p.kind;
}

/** One labelled <select> of every measure, grouped. */
export function MeasurePicker() {
  const t = useT();
  const { measureLabel } = useLabels();
  const measure = useApp((s) => s.measure);
  const setMeasure = useApp((s) => s.setMeasure);
  const sets = useApp((s) => s.data?.criteriaSets);
  const id = useId();
  const measures = allMeasures();
  return (
    <div className="control measure-picker">
      <label htmlFor={id}>{t('measure.label')}</label>
      <select
        id={id}
        value={measure}
        onChange={(e) => {
          if (isMeasureId(e.target.value)) setMeasure(e.target.value);
        }}
      >
        {GROUPS.map((g) => (
          <optgroup key={g} label={t(`measure.group.${g}`)}>
            {measures.filter((m) => groupOf(m) === g).map((m) => (
              <option key={m} value={m}>
                {measureLabel(m, sets)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
