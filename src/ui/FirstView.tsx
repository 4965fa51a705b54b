// The instant first view (issue #7): the static SVG of the default choropleth that the data build
// writes (public/data/first-view.svg, scripts/lib/firstView.ts) and vite.config.ts inlines into
// index.html (as an <img> with the SVG as a data: URL), so the province is painted, coloured, with its legend, before any JS runs.
//
// - <FirstView/> shows it in the map's place until MapLibre is idle (src/map/MapView.tsx), then
//   the map replaces it without a jump: same projection, same extent, same colours.
// - <LoadingShell/> is what App renders while the data loads: the same layout as the pre-JS page.
// - <StaticMap/> is the same picture as a plain image: the no-WebGL fallback and the print image.
//
// The inlined nodes are *moved* into React's tree (never re-parsed from a string): no innerHTML,
// nothing from data or URL interpreted as HTML, and a strict CSP keeps working.
import { Suspense, lazy, useLayoutEffect, useRef } from 'react';
import type { Bbox, MapGeo } from '../domain/geo';
import type { FirstViewPicture } from './FirstViewMarks';
import { useApp } from '../state/store';
import { useGeography } from '../state/useGeography';
// Drawn only once the person chooses something before the map is there: its own small chunk.
const FirstViewMarks = lazy(() => import('./FirstViewMarks').then((m) => ({ default: m.FirstViewMarks })));
import './firstView.css';

export const FIRST_VIEW_URL = 'data/first-view.svg';
/** Ids of the nodes vite.config.ts inlines into #root. */
export const FIRST_VIEW_ID = 'ntm-first-view';
export const FIRST_VIEW_LEGEND_ID = 'ntm-first-view-legend';

// Captured when this module is evaluated, i.e. before React's first commit clears #root.
// vite.config.ts inlines it as an <img> of the SVG (cheaper to paint than inline SVG: issue #7).
const inlinedPicture: HTMLElement | SVGElement | null =
  typeof document !== 'undefined'
    ? ((document.getElementById(FIRST_VIEW_ID)?.querySelector('img, svg') as HTMLElement | SVGElement | null) ?? null)
    : null;
const inlinedLegend: HTMLElement | null =
  typeof document !== 'undefined' ? (document.getElementById(FIRST_VIEW_LEGEND_ID)?.firstElementChild as HTMLElement | null) ?? null : null;

export interface FirstViewInfo {
  measure: string;
  year: number;
}

/** What the inlined first view shows (null when the page has none, e.g. tests or a dev server without data). */
export function inlinedFirstView(): FirstViewInfo | null {
  if (!inlinedPicture) return null;
  return { measure: inlinedPicture.dataset.measure ?? '', year: Number(inlinedPicture.dataset.year) };
}

/** True when the first view shows exactly what the map opens with: same measure and year, commune
 *  mode, nothing selected and no camera in the URL (a shared link to a zoomed view). */
export function firstViewMatches(s: { measure: string; year: number; districtMode: boolean; selection: unknown }): boolean {
  const fv = inlinedFirstView();
  if (!fv || fv.measure !== s.measure || fv.year !== s.year || s.districtMode || s.selection) return false;
  if (typeof location !== 'undefined' && /[?&](lat|lon|zoom)=/.test(location.search)) return false;
  return true;
}

/** Moves an inlined node into `host` while mounted (one owner at a time; React unmounts the old
 *  owner before it mounts the new one in the same commit, so the node moves without a paint). */
function useAdopt(node: Element | null) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = host.current;
    if (!node || !el) return;
    el.appendChild(node);
    return () => {
      if (node.parentNode === el) el.removeChild(node);
    };
  }, [node]);
  return host;
}

/** What the inlined picture shows and its extent, for drawing over it (FirstViewMarks). */
function inlinedPictureInfo(): FirstViewPicture | null {
  const fv = inlinedFirstView();
  const bounds = inlinedPicture?.dataset.bounds?.split(',').map(Number);
  if (!fv || !bounds || bounds.length !== 4 || bounds.some((x) => !Number.isFinite(x))) return null;
  return { ...fv, bounds: bounds as Bbox };
}
const picture = inlinedPictureInfo();

/** The static map in the map's place (absolutely positioned over `.map-wrap`). With the data
 *  (`geo`), it also outlines the selection and says when the picture is not the chosen view
 *  (issue 14: the page answers before MapLibre has loaded). */
export function FirstView({ geo = null }: { geo?: MapGeo | null }) {
  const host = useAdopt(inlinedPicture);
  const chosen = useApp((s) => !!s.selection || s.districtMode || s.measure !== picture?.measure || s.year !== picture?.year);
  const onToday = useGeography() !== '2020';
  if (!inlinedPicture) return null;
  return (
    <div ref={host} className="first-view" data-testid="first-view" aria-hidden="true">
      {picture && (chosen || onToday) && (
        <Suspense fallback={null}>
          <FirstViewMarks picture={picture} geo={geo} />
        </Suspense>
      )}
    </div>
  );
}

/** The inlined static legend (only while loading: afterwards the live Legend takes over). */
function FirstViewLegend() {
  const host = useAdopt(inlinedLegend);
  if (!inlinedLegend) return null;
  return <div ref={host} />;
}

/** App's loading state: the layout of the pre-JS page, so nothing moves when React takes over. */
export function LoadingShell({ label, show }: { label: string; show: boolean }) {
  if (!show || !inlinedPicture) {
    return (
      <p className="status-msg" role="status">
        {label}
      </p>
    );
  }
  return (
    <div className="layout">
      <aside className="controls">
        <FirstViewLegend />
      </aside>
      <main className="main">
        <p className="sr-only" role="status">
          {label}
        </p>
        <div className="tabs fv-tabs" aria-hidden="true" />
        <section className="map-section">
          <div className="map-wrap">
            <FirstView />
          </div>
        </section>
      </main>
      <aside className="panel" />
    </div>
  );
}

/** The same picture as an image: no-WebGL fallback and print. Shows the default measure and the
 *  latest year (its own title says so), whatever the current selection. */
export function StaticMap({ alt }: { alt: string }) {
  return (
    <div className="first-view-static">
      <img className="first-view-img" src={FIRST_VIEW_URL} alt={alt} width={1067} height={820} />
    </div>
  );
}
