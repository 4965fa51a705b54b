// Step 3: the checked table on the public map's own components (map, legend, leaders' view,
// detail panel, table: the same view model), switchable with the published data; what changes
// by year; the check against the province's published figures. Without WebGL: the table.
import { Suspense, lazy, useEffect, useMemo } from 'react';
import { useT } from '../i18n';
import { useApp } from '../state/store';
import { Legend } from '../ui/Legend';
import { MeasurePicker } from '../ui/MeasurePicker';
import { SourceLine } from '../ui/SourceLine';
import { YearControl } from '../ui/YearControl';
import { PilotPanel } from '../ui/PilotPanel';
import { DATA_TABLE_ID } from '../ui/showTable';
import type { MapGeo } from '../domain/geo';
import type { NtmDataset } from '../domain/types';
import { DiffView } from './DiffView';
import { usePublishable, useDesk } from './deskStore';
import { useDeskT } from './i18n';
import { csvNameFor, deskDataset } from './publish';

const MapView = lazy(() => import('../map/MapView').then((m) => ({ default: m.MapView })));
const DataTable = lazy(() => import('../ui/DataTable').then((m) => ({ default: m.DataTable })));
const LeadersView = lazy(() => import('../ui/LeadersView').then((m) => ({ default: m.LeadersView })));
const DetailPanel = lazy(() => import('../ui/DetailPanel').then((m) => ({ default: m.DetailPanel })));

/** MapLibre 6 needs WebGL2; without it the preview is the table. */
function webgl2(): boolean {
  try {
    return !!document.createElement('canvas').getContext('webgl2');
  } catch {
    return false;
  }
}

function PublishedCheck({ checks }: { checks: { year: number; ok: boolean; text: string }[] }) {
  const t = useDeskT();
  return (
    <section className="desk-published" aria-labelledby="desk-published-title">
      <h3 id="desk-published-title">{t('desk.published.title')}</h3>
      {checks.length === 0 ? (
        <p>{t('desk.published.none')}</p>
      ) : (
        <ul>
          {checks.map((c) => (
            <li key={c.year} className={c.ok ? 'is-ok' : 'is-mismatch'}>
              <strong>{t(c.ok ? 'desk.published.ok' : 'desk.published.mismatch')}</strong> {c.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function PreviewSection({ published, geo }: { published: NtmDataset; geo: MapGeo }) {
  const t = useDeskT();
  const tApp = useT();
  const result = usePublishable();
  const previewOf = useDesk((s) => s.previewOf);
  const view = useApp((s) => s.view);
  const selection = useApp((s) => s.selection);
  const hasGl = useMemo(webgl2, []);
  const uploaded = useMemo(() => (result ? deskDataset(published, result.rows, csvNameFor(result.file), new Date()) : null), [published, result]);

  useEffect(() => {
    const ds = previewOf === 'uploaded' && uploaded ? uploaded : published;
    useApp.getState().setData(ds);
    if (!hasGl && useApp.getState().view === 'map') useApp.getState().setView('table');
  }, [previewOf, uploaded, published, hasGl]);

  if (!result || !uploaded) {
    return (
      <section className="desk-step" aria-labelledby="desk-preview-title">
        <h2 id="desk-preview-title">{t('desk.preview.title')}</h2>
        <p className="hint">{t('desk.preview.needCheck')}</p>
      </section>
    );
  }
  const tabs = (hasGl ? (['map', 'table', 'leaders'] as const) : (['table', 'leaders'] as const));
  return (
    <section className="desk-step desk-preview" aria-labelledby="desk-preview-title" data-preview-of={previewOf}>
      <h2 id="desk-preview-title">{t('desk.preview.title')}</h2>
      <div className="desk-toggle" role="group" aria-label={t('desk.preview.source')}>
        {(['uploaded', 'published'] as const).map((k) => (
          <button key={k} type="button" aria-pressed={previewOf === k} onClick={() => useDesk.getState().setPreviewOf(k)}>
            {t(k === 'uploaded' ? 'desk.preview.uploaded' : 'desk.preview.published')}
          </button>
        ))}
      </div>
      {!hasGl && <p className="hint desk-no-webgl">{t('desk.preview.noWebgl')}</p>}
      <div className="layout desk-layout">
        <aside className="controls" aria-label={tApp('panel.legend')}>
          <MeasurePicker />
          <YearControl />
          <Legend />
          <SourceLine note />
        </aside>
        <div className="main">
          <div className="tabs" role="tablist" aria-label={tApp('view.label')}>
            {tabs.map((v) => (
              <button key={v} type="button" role="tab" aria-selected={view === v} onClick={() => useApp.getState().setView(v)}>
                {tApp(`view.${v}`)}
              </button>
            ))}
          </div>
          {hasGl && (
            <section className={view === 'leaders' ? 'map-section is-compact' : 'map-section'} hidden={view === 'table'}>
              <Suspense fallback={<p role="status">{tApp('app.loading')}</p>}>
                <MapView geo={geo} />
              </Suspense>
            </section>
          )}
          <section id={DATA_TABLE_ID} className="table-section" hidden={view !== 'table'} tabIndex={-1}>
            {view === 'table' && (
              <Suspense fallback={<p role="status">{tApp('a11y.tableLoading')}</p>}>
                <DataTable />
              </Suspense>
            )}
          </section>
          {view === 'leaders' && (
            <section className="leaders-section">
              <Suspense fallback={null}>
                <LeadersView />
              </Suspense>
            </section>
          )}
        </div>
        <aside className="panel" aria-label={selection ? tApp('panel.details') : tApp('panel.pilots')}>
          {selection ? (
            <Suspense fallback={null}>
              <DetailPanel />
            </Suspense>
          ) : (
            <PilotPanel />
          )}
        </aside>
      </div>
      <DiffView before={published.attainment} after={result.rows} ds={published} />
      <PublishedCheck checks={result.publishedCheck} />
    </section>
  );
}
