// Issue 13: a year of a catalog that no source has published results for yet (2026) says so, instead
// of a map that could be read as results; the classes stay "no data" (never illustrative values).
import { catalogForYear, catalogsOf, hasDataForYear } from '../domain/catalogs';
import { formatDate } from '../i18n/format';
import { useLocale, useT } from '../i18n';
import { useApp } from '../state/store';

export function NoDataYet() {
  const t = useT();
  const locale = useLocale();
  const data = useApp((s) => s.data);
  const year = useApp((s) => s.year);
  if (!data || hasDataForYear(data, year)) return null;
  const catalog = catalogForYear(catalogsOf(data), year);
  return (
    <div className="status-msg no-data-yet" role="status" data-no-data-year={year}>
      <h2 className="status-title">{t('year.noDataYet', { year })}</h2>
      {catalog && (
        <p>
          {t('year.noDataYetBody', {
            period: `${catalog.from}–${catalog.to}`,
            decision: catalog.decision.replace(/\s*\(.*$/, ''),
            inForce: formatDate(catalog.inForce, locale),
          })}
        </p>
      )}
    </div>
  );
}
