// The embed layout (?embed=1): title, the selected unit, the map with cooperative gestures, legend,
// source line and a link to the full app at the same view. Nothing a reader of an article does not
// need. Talks to the host page with postMessage:
//   {type:'ntm-map:height', height}  on load, on every content resize, and when asked
//                                    ({type:'ntm-map:get-height'} from the parent);
//   {type:'ntm-map:ready'}           once the map has drawn the view of the link.
// Target origin '*': the messages carry only a height and a ready flag, nothing private, and the
// host's origin is unknown to us. public/embed.js checks the sender's origin on its side.
import { NoDataYet } from './NoDataYet';
import { useEffect, useRef, type MouseEvent } from 'react';
import type { MapGeo } from '../domain/geo';
import { MapView } from '../map/MapView';
import { useGeography } from '../state/useGeography';
import { ensureTodayMap, useToday } from '../state/todayStore';
import { useT } from '../i18n';
import { useApp } from '../state/store';
import { useIndex } from '../state/useIndex';
import { legendRows, selectionLine } from '../export/viewText';
import { onMapChange } from '../url/mapRegistry';
import { currentUrlState, isPlayerPage, permalink } from '../url/useUrlSync';
import { Legend } from './Legend';
import { YearPlayer } from './YearPlayer';
import { SourceLine } from './SourceLine';
import './embed.css';

export const EMBED_MESSAGES = { height: 'ntm-map:height', ready: 'ntm-map:ready', getHeight: 'ntm-map:get-height' } as const;

function postToParent(message: { type: string; height?: number }): void {
  if (window.parent === window) return;
  window.parent.postMessage(message, '*');
}

function fullMapHref(): string {
  return permalink({ ...currentUrlState(), embed: false });
}

export function EmbedView({ geo, onRetry }: { geo: MapGeo | null; onRetry?: () => void }) {
  const t = useT();
  const rootRef = useRef<HTMLDivElement>(null);
  const idx = useIndex();
  const load = useApp((s) => s.load);
  const measure = useApp((s) => s.measure);
  const year = useApp((s) => s.year);
  const districtMode = useApp((s) => s.districtMode);
  const locale = useApp((s) => s.locale);
  const selection = useApp((s) => s.selection);
  const basemap = useApp((s) => s.basemap);
  // Issue 13: an embed of today's map draws today's units (loaded for it), never the plan's.
  const onToday = useGeography() === '2025';
  const today = useToday((s) => s.today);
  const todayGeo = useToday((s) => s.geo);
  useEffect(() => {
    if (onToday) void ensureTodayMap().catch(() => undefined);
  }, [onToday]);
  const shownGeo = onToday ? todayGeo : geo;

  // Height: on load, on every resize of the content, and on request.
  useEffect(() => {
    const el = rootRef.current;
    if (!el) return;
    const send = () => postToParent({ type: EMBED_MESSAGES.height, height: Math.ceil(el.getBoundingClientRect().height) });
    send();
    const ro = new ResizeObserver(send);
    ro.observe(el);
    const onMessage = (e: MessageEvent) => {
      if (e.source === window.parent && (e.data as { type?: unknown } | null)?.type === EMBED_MESSAGES.getHeight) send();
    };
    window.addEventListener('message', onMessage);
    return () => {
      ro.disconnect();
      window.removeEventListener('message', onMessage);
    };
  }, []);

  // Ready: after the map's first complete render and the camera of the link (applied by the URL
  // sync at the same moment) has been drawn.
  useEffect(
    () =>
      onMapChange((h) => {
        if (!h) return;
        void h
          .whenReady()
          .then(() => h.whenIdle())
          .then(() => {
            const el = rootRef.current;
            if (el) postToParent({ type: EMBED_MESSAGES.height, height: Math.ceil(el.getBoundingClientRect().height) });
            postToParent({ type: EMBED_MESSAGES.ready });
          });
      }),
    [],
  );

  const view = { measure, year, districtMode, locale, selection, basemap, today: onToday ? today : null };
  const sel = idx ? selectionLine(idx, view) : null;
  const subtitle = idx ? legendRows(idx, view).title : null;
  // Re-computed on every render (store changes) and refreshed on click for the live camera.
  const href = fullMapHref();
  const refreshHref = (e: MouseEvent<HTMLAnchorElement>) => {
    e.currentTarget.href = fullMapHref();
  };

  return (
    <div className="embed" ref={rootRef}>
      <header className="embed-header">
        <h1 className="embed-title">{t('app.title')}</h1>
        {subtitle && <p className="embed-subtitle">{subtitle}</p>}
        {sel && <p className="embed-selection">{sel}</p>}
      </header>
      {load.kind === 'loading' && (
        <p className="status-msg" role="status">
          {t('app.loading')}
        </p>
      )}
      {load.kind === 'error' && (
        <div className="status-msg error" role="alert">
          <p>{t('app.loadError', { message: load.message })}</p>
          {onRetry && (
            <button type="button" onClick={onRetry}>
              {t('app.retry')}
            </button>
          )}
        </div>
      )}
      {load.kind === 'ready' && (
        <>
          <NoDataYet />
          <section className="embed-map" aria-label={t('map.label')}>
            {shownGeo && <MapView geo={shownGeo} embed today={onToday ? today : null} />}
          </section>
          {isPlayerPage() && <div className="embed-player"><YearPlayer slider /></div>}
          <div className="embed-legend">
            <Legend />
          </div>
        </>
      )}
      <footer className="embed-footer">
        <SourceLine />
        <a className="embed-full-link" href={href} target="_blank" rel="noopener" onClick={refreshHref} onAuxClick={refreshHref}>
          {t('embed.fullMap')}
          <span className="sr-only"> {t('embed.newTab')}</span>
        </a>
      </footer>
    </div>
  );
}
