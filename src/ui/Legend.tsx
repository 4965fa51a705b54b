import { useId } from 'react';
import { isDistrictClassMeasure } from '../domain/measures';
import { useLocale, useT } from '../i18n';
import { legendText } from '../i18n/legendText';
import { useIndex } from '../state/useIndex';
import { useViewModel } from '../state/useViewModel';
import { Swatch } from './common';
import { TierSummary } from './TierSummary';

/** Legend of the current measure and year: one row per class with swatch, label and count.
 *  In district mode: the share bins with counts of districts. Rows come from the view model. */
export function Legend() {
  const t = useT();
  const locale = useLocale();
  const idx = useIndex();
  const vm = useViewModel();
  const titleId = useId();
  if (!idx || !vm) return null;
  const districtMode = vm.input.districtMode;
  const legend = legendText(vm, idx.ds.criteriaSets, locale);

  return (
    <section className="legend" aria-labelledby={titleId}>
      <h2 id={titleId} className="legend-title">
        {legend.title}
      </h2>
      <table className="legend-table">
        <thead className="sr-only">
          <tr>
            <th scope="col">{t('table.class')}</th>
            <th scope="col">{t(districtMode ? 'legend.districtCountHeader' : 'legend.countHeader')}</th>
          </tr>
        </thead>
        <tbody>
          {legend.rows.map((r) => (
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
      <p className="legend-total">{legend.total}</p>
      {districtMode && !isDistrictClassMeasure(vm.input.measure) && <p className="legend-note">{t('legend.shareNote')}</p>}
      {vm.input.measure === 'status' && <TierSummary year={vm.input.year} />}
    </section>
  );
}
