// Reading a frame off the map's canvas for the PNG export (the print snapshot is in snapshot.ts).
// Loaded with the first export, not with the map (MapController imports it dynamically). The map is created without
// preserveDrawingBuffer (issue #7: it costs a copy per frame), so a frame is read inside MapLibre's
// `render` event, or right after a synchronous redraw, while it is still in the buffer.
//
// "Never blank": a frame is checked for content and retried twice; a blank map is an error.
import type { Map as MLMap } from 'maplibre-gl';

function nextIdle(map: MLMap, timeoutMs = 8000): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    map.once('idle', () => {
      clearTimeout(timer);
      resolve();
    });
    map.triggerRepaint();
  });
}

/** Copy of the map's drawing buffer, taken in the `render` event (the buffer is valid then). */
function grabFrame(map: MLMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no render')), 8000);
    map.once('render', () => {
      clearTimeout(timer);
      const src = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = src.width;
      copy.height = src.height;
      copy.getContext('2d')!.drawImage(src, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

/** True when a canvas is one flat colour (or transparent): nothing was drawn. */
export function isBlank(canvas: HTMLCanvasElement): boolean {
  const probe = document.createElement('canvas');
  probe.width = 48;
  probe.height = 48;
  const ctx = probe.getContext('2d', { willReadFrequently: true });
  if (!ctx) return true;
  ctx.drawImage(canvas, 0, 0, 48, 48);
  const px = ctx.getImageData(0, 0, 48, 48).data;
  const colours = new Set<number>();
  let opaque = 0;
  for (let i = 0; i < px.length; i += 4) {
    if (px[i + 3] > 0) opaque++;
    colours.add(((px[i] >> 3) << 10) | ((px[i + 1] >> 3) << 5) | (px[i + 2] >> 3));
  }
  return opaque === 0 || colours.size < 3;
}

/** A frame of the map at `ratio` device pixels per CSS pixel (the map's own ratio restored after). */
export async function captureFrame(map: MLMap, ratio: number): Promise<HTMLCanvasElement> {
  const before = map.getPixelRatio();
  try {
    if (before !== ratio) map.setPixelRatio(ratio);
    for (let attempt = 0; attempt < 3; attempt++) {
      await nextIdle(map);
      const frame = await grabFrame(map);
      if (!isBlank(frame)) return frame;
    }
    throw new Error('blank map');
  } finally {
    if (map.getPixelRatio() !== before) map.setPixelRatio(before);
  }
}
