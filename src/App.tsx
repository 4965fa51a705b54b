// The page: loads the data, then lays out controls, map (or table) and panels.
import { useCallback, useEffect, useState } from 'react';
import { useApp } from './state/store';
import { loadData, DataLoadError } from './data/loadData';
import type { MapGeo } from './map/MapController';
import { MapView } from './map/MapView';
import { useT } from './i18n';
import { Header } from './ui/Header';
import { SearchBox } from './ui/SearchBox';
import { LanguageToggle } from './ui/LanguageToggle';
import { MeasurePicker } from './ui/MeasurePicker';
import { YearControl } from './ui/YearControl';
import { Legend } from './ui/Legend';
import { SourceLine } from './ui/SourceLine';
import { DetailPanel } from './ui/DetailPanel';
import { PilotPanel } from './ui/PilotPanel';
import { DataTable } from './ui/DataTable';
import { LeadersView } from './ui/LeadersView';
import { LoadingShell, firstViewMatches } from './ui/FirstView';

export function App() {
  const t = useT();
  const load = useApp((s) => s.load);
  const locale = useApp((s) => s.locale);
  const view = useApp((s) => s.view);
  const selection = useApp((s) => s.selection);
  const districtMode = useApp((s) => s.districtMode);
  const basemap = useApp((s) => s.basemap);
  const [geo, setGeo] = useState<MapGeo | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.title');
  }, [locale, t]);

  useEffect(() => {
    const ctrl = new AbortController();
    useApp.getState().setLoad({ kind: 'loading' });
    loadData(ctrl.signal)
      .then(({ dataset, geo }) => {
        setGeo(geo);
        useApp.getState().setData(dataset);
      })
      .catch((e: unknown) => {
        if (ctrl.signal.aborted) return;
        const message = e instanceof DataLoadError ? e.message : e instanceof Error ? e.message : String(e);
        useApp.getState().setLoad({ kind: 'error', message });
      });
    return () => ctrl.abort();
  }, [attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  return (
    <div className="app">
      <a className="skip-link" href="#data-table" onClick={() => useApp.getState().setView('table')}>
        {t('app.skipToTable')}
      </a>
      <Header>
        <SearchBox />
        <LanguageToggle />
      </Header>
      {/* Issue #7: while loading, keep the pre-JS first view (same layout) instead of a blank page. */}
      {load.kind === 'loading' && <LoadingShell label={t('app.loading')} show={firstViewMatches(useApp.getState())} />}
      {load.kind === 'error' && (
        <div className="status-msg error" role="alert">
          <p>{t('app.loadError', { message: load.message })}</p>
          <button type="button" onClick={retry}>
            {t('app.retry')}
          </button>
        </div>
      )}
      {load.kind === 'ready' && (
        <div className="layout">
          <aside className="controls" aria-label={t('panel.legend')}>
            <MeasurePicker />
            <YearControl />
            <label className="check">
              <input
                type="checkbox"
                checked={districtMode}
                onChange={(e) => useApp.getState().setDistrictMode(e.target.checked)}
              />
              {t('districtMode.label')}
            </label>
            <label className="check">
              <input type="checkbox" checked={basemap} onChange={(e) => useApp.getState().setBasemap(e.target.checked)} />
              {t('basemap.label')}
            </label>
            <Legend />
            <SourceLine note />
          </aside>
          <main className="main" id="main">
            <div className="tabs" role="tablist" aria-label={t('view.label')}>
              <button
                type="button"
                role="tab"
                aria-selected={view === 'map'}
                onClick={() => useApp.getState().setView('map')}
              >
                {t('view.map')}
              </button>
              <button
                type="button"
                role="tab"
                aria-selected={view === 'table'}
                onClick={() => useApp.getState().setView('table')}
              >
                {t('view.table')}
              </button>
              <button
                type="button"
                role="tab"
                aria-selected={view === 'leaders'}
                onClick={() => useApp.getState().setView('leaders')}
              >
                {t('view.leaders')}
              </button>
            </div>
            <section
              className={view === 'leaders' ? 'map-section is-compact' : 'map-section'}
              hidden={view === 'table'}
              aria-label={t('map.label')}
            >
              {geo && <MapView geo={geo} />}
            </section>
            <section id="data-table" className="table-section" hidden={view !== 'table'} tabIndex={-1}>
              {view === 'table' && <DataTable />}
            </section>
            {view === 'leaders' && (
              <section className="leaders-section">
                <LeadersView />
              </section>
            )}
          </main>
          <aside className="panel" aria-label={selection ? t('panel.details') : t('panel.pilots')}>
            {selection ? <DetailPanel /> : <PilotPanel />}
          </aside>
        </div>
      )}
    </div>
  );
}
