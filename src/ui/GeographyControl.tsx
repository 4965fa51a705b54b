// Which boundaries are shown and since when (issue 13): the plan's 142 units (2020–2024) or
// today's 124 units (since 1/7/2025). A choice only for the years both hold (2025); otherwise a
// statement. Today's files load on first use, with their own loading and error states.
import { useEffect, useId } from 'react';
import { formatDate, useLocale, useT } from '../i18n';
import { useApp, type GeographyId } from '../state/store';
import { useGeography, useGeographiesForYear } from '../state/useGeography';
import { ensureTodayMap, useToday } from '../state/todayStore';

export function GeographyControl() {
  const t = useT();
  const locale = useLocale();
  const shown = useGeography();
  const choices = useGeographiesForYear();
  const geos = useApp((s) => s.data?.geographies ?? []);
  const mapLoad = useToday((s) => s.map);
  const today = useToday((s) => s.today);
  const name = useId();

  // Today's map is loaded when it is to be shown (the choice, a link, a year of 2026 on).
  useEffect(() => {
    if (shown === '2025') void ensureTodayMap().catch(() => undefined);
  }, [shown]);

  const g = geos.find((x) => x.id === shown);
  if (!g) return null;
  const label = (id: string) => t(`geo.option.${id as GeographyId}`);
  const island = shown === '2025' ? today?.units.find((u) => u.type === 'dac_khu') : undefined;
  return (
    <fieldset className="control geography-control" data-geography={shown}>
      <legend>{t('geo.label')}</legend>
      {choices.length > 1 && (
        <div className="geo-options">
          {choices.map((c) => (
            <label key={c.id} className={c.id === shown ? 'check is-checked' : 'check'}>
              <input type="radio" name={name} value={c.id} checked={c.id === shown} onChange={() => useApp.getState().setGeography(c.id as GeographyId)} />
              {label(c.id)}
            </label>
          ))}
        </div>
      )}
      <p className="hint geo-since">
        {t('geo.shownSince', {
          name: label(g.id),
          from: formatDate(g.validFrom, locale),
          to: g.validTo ? t('geo.until', { to: formatDate(g.validTo, locale) }) : '',
          basis: g.basis,
        })}
      </p>
      {shown === '2025' && mapLoad.kind === 'loading' && (
        <p className="hint" role="status">{t('geo.loading')}</p>
      )}
      {shown === '2025' && mapLoad.kind === 'error' && (
        <div className="geo-error" role="alert">
          <p>{t('geo.error', { file: mapLoad.file ?? '' })}</p>
          <button type="button" onClick={() => void ensureTodayMap().catch(() => undefined)}>{t('app.retry')}</button>
        </div>
      )}
      {shown === '2025' && today && (
        <>
          <p className="hint">{t('geo.provisional')}</p>
          <p className="hint">{t('today.noDistrictMode')}</p>
          {island && (
            <button type="button" className="geo-island" onClick={() => useApp.getState().select({ kind: 'today', code: island.code })}>
              {t('geo.goPhuQuy')}
            </button>
          )}
        </>
      )}
    </fieldset>
  );
}
