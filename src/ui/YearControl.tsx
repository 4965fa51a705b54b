import { useId } from 'react';
import { timelineYears } from '../domain/catalogs';
import { YEARS } from '../domain/types';
import { useT } from '../i18n';
import { useIndex } from '../state/useIndex';
import { useApp } from '../state/store';

/** Year as a segmented radio group: native radios, so arrow keys move between years. */
export function YearControl() {
  const t = useT();
  const idx = useIndex();
  const year = useApp((s) => s.year);
  const setYear = useApp((s) => s.setYear);
  const name = useId();
  // The timeline from the data: years with results and each catalog's first year (2026).
  const years = idx ? timelineYears(idx.ds) : [...YEARS];
  return (
    <fieldset className="control year-control">
      <legend>{t('year.label')}</legend>
      <div className="segmented">
        {years.map((y) => (
          <label key={y} className={y === year ? 'is-checked' : undefined}>
            <input
              type="radio"
              name={name}
              value={y}
              checked={y === year}
              onChange={() => setYear(y)}
            />
            <span>{y}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
