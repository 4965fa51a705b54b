// The officers' data desk (desk.html): template → check → preview → publish, all in the browser.
// It loads the published ntm.json and geo.json like the map does; the table is checked against
// that dataset's units, years and published figures.
import { useEffect } from 'react';
import { loadData } from '../data/loadData';
import { LanguageToggle } from '../ui/LanguageToggle';
import { Header } from '../ui/Header';
import { useApp } from '../state/store';
import { CheckSection } from './CheckSection';
import { useDesk } from './deskStore';
import { useDeskT } from './i18n';
import { PreviewSection } from './PreviewSection';
import { PublishSection } from './PublishSection';
import { TemplateSection } from './TemplateSection';

export function DeskApp() {
  const t = useDeskT();
  const published = useDesk((s) => s.published);
  const locale = useApp((s) => s.locale);

  useEffect(() => {
    document.title = t('desk.title');
  }, [t, locale]);

  useEffect(() => {
    loadData().then(
      ({ dataset, geo }) => {
        useDesk.getState().setPublished({ kind: 'ready', dataset, geo });
        useApp.getState().setData(dataset);
        document.documentElement.dataset.deskReady = 'true';
      },
      (e: unknown) => useDesk.getState().setPublished({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  }, []);

  return (
    <div className="app desk">
      <Header title={t('desk.title')} subtitle={t('desk.subtitle')}>
        <a className="desk-back" href="./">
          {t('desk.backToMap')}
        </a>
        <LanguageToggle />
      </Header>
      <p className="desk-private">{t('desk.private')}</p>
      {published.kind === 'loading' && <p role="status">{t('desk.loading')}</p>}
      {published.kind === 'error' && (
        <p className="desk-verdict is-error" role="alert">
          {t('desk.loadFailed', { message: published.message })}
        </p>
      )}
      {published.kind === 'ready' && (
        <main className="desk-main" id="main">
          <TemplateSection published={published.dataset} />
          <CheckSection />
          <PreviewSection published={published.dataset} geo={published.geo} />
          <PublishSection published={published.dataset} />
        </main>
      )}
    </div>
  );
}
