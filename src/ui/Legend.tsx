import { useId } from 'react';
import {
  districtLegendCounts, legendClasses, legendCounts, shareClasses, type Pattern,
} from '../domain/classify';
import { useLabels, useT } from '../i18n';
import { useApp } from '../state/store';
import { useIndex } from '../state/useIndex';
import { Swatch } from './common';

/** Legend of the current measure and year: one row per class with swatch, label and count.
 *  In district mode: the share bins with counts of districts. */
export function Legend() {
  const t = useT();
  const L = useLabels();
  const idx = useIndex();
  const measure = useApp((s) => s.measure);
  const year = useApp((s) => s.year);
  const districtMode = useApp((s) => s.districtMode);
  const titleId = useId();
  if (!idx) return null;

  const measureText = L.measureLabel(measure, idx.ds.criteriaSets);
  let rows: { key: string; color: string; pattern: Pattern; label: string; count: number }[];
  let total: number;
  if (districtMode) {
    const counts = districtLegendCounts(idx, measure, year);
    rows = shareClasses().map((c) => ({
      key: c.key, color: c.color, pattern: c.key === 'no_data' ? 'hatch' : 'none',
      label: L.shareClassLabel(c.key), count: counts[c.key] ?? 0,
    }));
    total = idx.districts.length;
  } else {
    const counts = legendCounts(idx, measure, year);
    rows = legendClasses(measure).map((c) => ({ ...c, label: L.classLabel(measure, c.key), count: counts[c.key] ?? 0 }));
    total = idx.units.length;
  }

  return (
    <section className="legend" aria-labelledby={titleId}>
      <h2 id={titleId} className="legend-title">
        {t(districtMode ? 'legend.districtTitle' : 'legend.title', { measure: measureText, year })}
      </h2>
      <table className="legend-table">
        <thead className="sr-only">
          <tr>
            <th scope="col">{t('table.class')}</th>
            <th scope="col">{t(districtMode ? 'legend.districtCountHeader' : 'legend.countHeader')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-class={r.key} className={r.count === 0 ? 'is-empty' : undefined}>
              <th scope="row">
                <Swatch color={r.color} pattern={r.pattern} />
                <span className="legend-label">{r.label}</span>
              </th>
              <td className="legend-count">{r.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="legend-total">
        {t(districtMode ? 'legend.districtsTotal' : 'legend.unitsTotal', { n: total })}
      </p>
      {districtMode && <p className="legend-note">{t('legend.shareNote')}</p>}
    </section>
  );
}
