// Share / PNG / CSV buttons for the controls column. The export code is loaded on demand with
// import(): neither papaparse nor the PNG composer is in the main bundle.
import { Suspense, useState } from 'react';
import { useT } from '../i18n';
import { useApp } from '../state/store';
import { useIndex } from '../state/useIndex';
import { sourceNotes } from './SourceLine';
import { currentMap } from '../url/mapRegistry';
import { currentUrlState, permalink } from '../url/useUrlSync';
import { useToday } from '../state/todayStore';
import { effectiveGeography } from '../state/useGeography';

/** Today's geography when the page shows it (issue 13), else null. */
function shownToday() {
  const s = useApp.getState();
  return effectiveGeography(s.data, s.year, s.geography) === '2025' ? useToday.getState().today : null;
}
// Issue #7: the share dialog (with the embed-code builder) is fetched when first opened.
const ShareDialog = lazyPart(() => import('./ShareDialog').then((m) => m.ShareDialog));
import './press.css';
import { isChunkLoadError, lazyPart } from './lazyPart';
import { PartBoundary } from './PartBoundary';

function frame(): Promise<void> {
  return new Promise((r) => requestAnimationFrame(() => r()));
}

export function ExportBar() {
  const t = useT();
  const idx = useIndex();
  const [shareOpen, setShareOpen] = useState(false);
  const [shareUsed, setShareUsed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const run = async (job: () => Promise<string | null>) => {
    if (busy) return;
    setBusy(true);
    setStatus(t('export.working'));
    try {
      const file = await job();
      setStatus(file ? t('export.done', { file }) : t('export.noMap'));
    } catch (e) {
      // Issue 17: a clear message, never the raw exception (offline, the export's chunk cannot load;
      // the next press imports it again). The detail goes to the console.
      console.error(e);
      setStatus(isChunkLoadError(e) ? t('export.offline') : t('export.failed'));
    } finally {
      setBusy(false);
    }
  };

  const png = () =>
    run(async () => {
      if (!idx) return null;
      const s = useApp.getState();
      if (s.view === 'table') {
        // The PNG is of the map: show it (a hidden map has no size to draw at).
        s.setView('map');
        await frame();
        await frame();
      }
      const map = currentMap();
      if (!map) return null;
      const { exportPng } = await import('../export/png');
      const st = useApp.getState();
      return exportPng(map, idx, {
        measure: st.measure, year: st.year, districtMode: st.districtMode, locale: st.locale,
        selection: st.selection, basemap: st.basemap, permalink: permalink(currentUrlState()),
        sourceNotes: sourceNotes(idx, st.selection, st.year, st.locale),
        today: shownToday(),
      });
    });

  const csv = (all: boolean) =>
    run(async () => {
      if (!idx) return null;
      const [{ viewCsv, attainmentCsv, exportFileName, ATTAINMENT_FILE_NAME }, { saveText }] = await Promise.all([
        import('../export/csv'),
        import('../export/download'),
      ]);
      const s = useApp.getState();
      const today = shownToday();
      if (today && !all) {
        const { todayCsv, todayFileName } = await import('../export/todayCsv');
        const file = todayFileName(s.year, 'csv');
        saveText(todayCsv(idx, today, s), file);
        return file;
      }
      const name = all
        ? ATTAINMENT_FILE_NAME
        : exportFileName({ measure: s.measure, year: s.year, districtMode: s.districtMode }, 'csv');
      saveText(all ? attainmentCsv(idx, s.locale) : viewCsv(idx, s), name);
      return name;
    });

  return (
    <div className="export-bar" role="group" aria-label={t('export.label')}>
      <div className="export-buttons">
        <button
          type="button"
          className="export-share"
          onClick={() => {
            setShareUsed(true);
            setShareOpen(true);
          }}
          aria-haspopup="dialog"
        >
          {t('share.button')}
        </button>
        <button type="button" className="export-png" onClick={() => void png()} disabled={busy || !idx}>
          {t('export.png')}
        </button>
        <button type="button" className="export-csv" onClick={() => void csv(false)} disabled={busy || !idx}>
          {t('export.csv')}
        </button>
        <button type="button" className="export-csv-all" onClick={() => void csv(true)} disabled={busy || !idx}>
          {t('export.csvAll')}
        </button>
      </div>
      <p className="export-status" role="status" aria-live="polite">
        {status}
      </p>
      {shareUsed && (
        <PartBoundary part="share" onRetry={ShareDialog.retry}>
          <Suspense fallback={null}>
            <ShareDialog open={shareOpen} onClose={() => setShareOpen(false)} />
          </Suspense>
        </PartBoundary>
      )}
    </div>
  );
}
