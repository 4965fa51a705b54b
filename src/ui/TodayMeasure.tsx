// The measure of today's map (issue 13): the 2021–2025 results rolled up by today's communes.
// One measure in this part of the work (the 2026–2030 catalog comes with its own picker), so a
// statement with what it means and the rule that is NOT published, rather than a select.
import { formatDate, useLocale, useT } from '../i18n';
import { useToday } from '../state/todayStore';
import '../i18n/parts/today'; // today's messages load with today's parts

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

/** The side panel of today's map while nothing is selected: how to find a unit, and the sources. */
export function TodayIntro() {
  const t = useT();
  const locale = useLocale();
  const today = useToday((s) => s.today);
  if (!today) return null;
  const s = today.record.sources;
  return (
    <section className="today-intro">
      <h2>{t('today.introTitle')}</h2>
      <p>{t('today.introSearch')}</p>
      <p className="hint">{t('today.sources', { boundary: s.boundary.label, date: formatDate(s.boundary.date, locale), crosswalk: s.crosswalk.label })}</p>
      <p className="hint">{locale === 'en' ? s.boundary.note_en : s.boundary.note_vi}</p>
      <p className="hint">{locale === 'en' ? s.crosswalk.note_en : s.crosswalk.note_vi}</p>
    </section>
  );
}
