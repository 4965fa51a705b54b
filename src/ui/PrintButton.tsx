// "In trang / Print": prints the current view as an A4 page (see print.css).
//
// The map is printed as an image taken just before printing, not as the live canvas: print
// layout resizes the page, MapLibre then resizes its canvas, which clears the drawing buffer and
// can print a blank map. The map controller takes the snapshot (src/map/capture.ts).
import { useEffect, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { formatDate, useT } from '../i18n';
import { useApp } from '../state/store';
import { currentMap } from '../url/mapRegistry';
import './print.css';
// Its messages load with the leaders' chunks, not with the first view (src/i18n/parts/leaders.ts).
import '../i18n/parts/leaders';

let snapshot: string | null = null;
const listeners = new Set<() => void>();
function setSnapshot(s: string | null): void {
  snapshot = s;
  for (const l of listeners) l();
}
function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** A PNG data URL of the map as drawn now, or null (no map, no WebGL, empty canvas). */
export function captureMapSnapshot(): string | null {
  if (typeof document === 'undefined') return null;
  return currentMap()?.snapshotPng() ?? null;
}

/** Take the snapshot now and render it synchronously (before the print layout is computed). */
function refreshSnapshot(): void {
  const url = captureMapSnapshot();
  flushSync(() => setSnapshot(url));
}

/** The map image, shown only in print. Also refreshes on Ctrl+P / the browser's print menu. */
export function PrintMapImage({ alt }: { alt: string }) {
  const url = useSyncExternalStore(subscribe, () => snapshot, () => null);
  useEffect(() => {
    // A listener per instance: the same function added twice is one registration, and the first
    // instance to unmount would remove it for the others.
    const onBeforePrint = () => refreshSnapshot();
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, []);
  return url ? <img className="print-only print-map" src={url} alt={alt} /> : null;
}

/** Print-only footer: data source label and date, and the date printed. */
export function PrintFooter() {
  const t = useT();
  const locale = useApp((s) => s.locale);
  const today = new Date().toISOString().slice(0, 10);
  return <p className="print-only print-footer">{t('leaders.printedOn', { date: formatDate(today, locale) })}</p>;
}

export function PrintButton({ className }: { className?: string }) {
  const t = useT();
  const onClick = async () => {
    refreshSnapshot();
    // Let the new image decode before the print dialog snapshots the page.
    const imgs = [...document.querySelectorAll<HTMLImageElement>('img.print-map')];
    await Promise.all(imgs.map((img) => img.decode().catch(() => undefined)));
    window.print();
  };
  return (
    <button type="button" className={`print-button no-print${className ? ` ${className}` : ''}`} onClick={() => void onClick()}>
      {t('leaders.print')}
    </button>
  );
}
