import { useLocaleFailure, useT } from '../i18n';
import { useApp, type Locale } from '../state/store';
import './resilience.css';

const LOCALES: { id: Locale; short: string; key: 'lang.vi' | 'lang.en' }[] = [
  { id: 'vi', short: 'VI', key: 'lang.vi' },
  { id: 'en', short: 'EN', key: 'lang.en' },
];

/** VI / EN switch: two toggle buttons in a labelled group. */
export function LanguageToggle() {
  const t = useT();
  const locale = useApp((s) => s.locale);
  const setLocale = useApp((s) => s.setLocale);
  // Issue 17: offline, English cannot load: the page stays in Vietnamese and says so (in both).
  const failed = useLocaleFailure((s) => s.failed);
  const choose = (l: Locale) => {
    if (failed) useLocaleFailure.setState({ failed: null });
    setLocale(l);
  };
  return (
    <div className="lang-switch">
      <div className="lang-toggle" role="group" aria-label={t('lang.label')}>
        {LOCALES.map((l) => (
          <button
            key={l.id}
            type="button"
            lang={l.id}
            aria-pressed={locale === l.id}
            title={t(l.key)}
            onClick={() => choose(l.id)}
          >
            {/* Visible code first, full name for screen readers: the accessible name contains the visible text (WCAG 2.5.3). */}
            {l.short}
            <span className="sr-only"> {t(l.key)}</span>
          </button>
        ))}
      </div>
      {failed && failed !== locale && (
        <p className="lang-error" role="alert">
          {t('lang.loadFailed')} <span lang="en">{t('lang.loadFailedEn')}</span>{' '}
          <button type="button" onClick={() => choose(failed)}>
            {t('app.retry')}
          </button>
        </p>
      )}
    </div>
  );
}
