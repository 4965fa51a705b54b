// The measure of today's map (issue 13): the 2021–2025 results rolled up by today's communes.
// One measure in this part of the work (the 2026–2030 catalog comes with its own picker), so a
// statement with what it means and the rule that is NOT published, rather than a select.
import { useT } from '../i18n';

export function TodayMeasure() {
  const t = useT();
  return (
    <div className="control today-measure" data-measure="rollup">
      <span className="control-label">{t('measure.label')}</span>
      <p className="today-measure-name"><strong>{t('today.measure')}</strong></p>
      <p className="hint">{t('today.measureHelp')}</p>
      <p className="hint rule-note">{t('today.ruleNote')}</p>
      <p className="hint">{t('today.noDataNote')}</p>
    </div>
  );
}
