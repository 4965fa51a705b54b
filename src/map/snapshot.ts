// The print snapshot: the map as drawn now, read synchronously (the print layout is computed right
// after `beforeprint`, so it cannot wait for a chunk). The PNG export's frames are in capture.ts.
import type { Map as MLMap } from 'maplibre-gl';

/** A PNG data URL of the map as drawn now, or null (empty canvas, or a tainted one: cross-origin
 *  basemap tiles). Redraws synchronously first, so the buffer holds a frame in this task. */
export function snapshotDataUrl(map: MLMap): string | null {
  const canvas = map.getCanvas();
  if (!canvas.width || !canvas.height) return null;
  try {
    map.redraw();
    const url = canvas.toDataURL('image/png');
    return url.startsWith('data:image/png') && url.length > 100 ? url : null;
  } catch {
    return null;
  }
}
