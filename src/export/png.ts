// PNG of the current view at 2× resolution: title, the map (re-rendered at pixel ratio 2, with
// the district names MapView draws as DOM labels), legend with counts, source, data date and
// the "Số liệu minh họa" label. Loaded with import() from the export bar.
//
// The map frame comes from the map controller (src/map/capture.ts: read in a `render` event,
// checked for content, retried; a blank map is an error, never a file). Legend rows and counts
// come from the view model, as the page legend's.
import type { Pattern } from '../domain/classify';
import type { DataIndex } from '../domain/dataIndex';
import { formatDate, translate } from '../i18n';
import { exportFileName } from './fileNames';
import { saveBlob } from './download';
import { legendRows, selectionLine, type ViewDescription } from './viewText';
import type { MapHandle } from '../url/mapRegistry';
// Today's map's messages (src/i18n/parts/today.ts): they load with today's files, not the first view.
import '../i18n/parts/today';

export type PngView = ViewDescription & {
  /** Lines on where the view's figures come from (issue 16: the selected xã's own source as
   *  written, the year's sourced/illustrative counts), from src/ui/SourceLine.tsx sourceNotes. */
  sourceNotes?: string[];
};

export const PNG_SCALE = 2;

// ---- drawing -----------------------------------------------------------------------------------

function fontFamily(): string {
  const f = typeof getComputedStyle === 'function' ? getComputedStyle(document.body).fontFamily : '';
  return f || 'system-ui, "DejaVu Sans", Arial, sans-serif';
}

/** Splits a word wider than `width` (a URL) into pieces that fit. */
function breakWord(ctx: CanvasRenderingContext2D, word: string, width: number): string[] {
  if (ctx.measureText(word).width <= width) return [word];
  const parts: string[] = [];
  let part = '';
  for (const ch of word) {
    if (part && ctx.measureText(part + ch).width > width) {
      parts.push(part);
      part = ch;
    } else part += ch;
  }
  if (part) parts.push(part);
  return parts;
}

/** Greedy word wrap to `width`; words longer than a line are broken. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const words = text.split(/\s+/).filter(Boolean).flatMap((w) => breakWord(ctx, w, width));
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

function drawSwatch(ctx: CanvasRenderingContext2D, x: number, y: number, size: number, color: string, pattern: Pattern) {
  ctx.save();
  ctx.fillStyle = color;
  ctx.fillRect(x, y, size, size);
  ctx.strokeStyle = 'rgba(20,20,20,0.55)';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.rect(x, y, size, size);
  ctx.clip();
  if (pattern === 'hatch' || pattern === 'cross') {
    for (let k = -size; k < size * 2; k += 4) {
      ctx.moveTo(x + k, y + size);
      ctx.lineTo(x + k + size, y);
      if (pattern === 'cross') {
        ctx.moveTo(x + k, y);
        ctx.lineTo(x + k + size, y + size);
      }
    }
    ctx.stroke();
  } else if (pattern === 'dots') {
    ctx.fillStyle = 'rgba(20,20,20,0.6)';
    for (let i = 2; i < size; i += 4) for (let j = 2; j < size; j += 4) ctx.fillRect(x + i, y + j, 1.4, 1.4);
  }
  ctx.restore();
  ctx.strokeStyle = 'rgba(0,0,0,0.35)';
  ctx.strokeRect(x + 0.5, y + 0.5, size - 1, size - 1);
}

export interface RenderedPng {
  blob: Blob;
  width: number;
  height: number;
  fileName: string;
}

/** Composes the image (CSS-pixel layout, drawn at PNG_SCALE). */
export async function renderPng(map: Pick<MapHandle, 'captureImage'>, idx: DataIndex, v: PngView): Promise<RenderedPng> {
  const t = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate(v.locale, k, p);
  const image = await map.captureImage(PNG_SCALE);
  const frame = image.canvas;
  const W = Math.max(320, image.width);
  const mapH = Math.max(200, image.height);
  const family = fontFamily();
  const pad = 16;
  const inner = W - 2 * pad;
  const meta = idx.ds.meta;
  const legend = legendRows(idx, v);
  const sel = selectionLine(idx, v);

  // Measure pass on a scratch context, then draw.
  const scratch = document.createElement('canvas').getContext('2d')!;
  const F = {
    title: `700 18px ${family}`, sub: `600 15px ${family}`, body: `400 13px ${family}`, small: `400 11px ${family}`,
    badge: `700 12px ${family}`, label: `700 12px ${family}`,
  };
  scratch.font = F.title;
  const titleLines = wrap(scratch, t('app.title'), inner);
  scratch.font = F.sub;
  const subLines = wrap(scratch, legend.title, inner);
  scratch.font = F.body;
  const selLines = sel ? wrap(scratch, sel, inner) : [];
  const cols = Math.max(1, Math.floor(inner / 250));
  const colW = inner / cols;
  const rowH = 20;
  const legendRowsCount = Math.ceil(legend.rows.length / cols);
  const sourceText = `${t('source.label')}: ${meta.attainmentSource.label} · ${t('source.dataDate', { date: formatDate(meta.dataDate, v.locale) })}`;
  // Issue 13: today's map names its own boundary source, its date and the crosswalk.
  const ts = v.today?.record.sources;
  const boundaryText = ts
    ? `${t('today.sources', { boundary: ts.boundary.label, date: formatDate(ts.boundary.date, v.locale), crosswalk: ts.crosswalk.label })}${v.basemap ? ` · ${t('basemap.attribution')}` : ''}`
    : `${t('source.boundaries')}: ${meta.boundarySource.label}${v.basemap ? ` · ${t('basemap.attribution')}` : ''}`;
  const footLines = [
    ...wrap(scratch, sourceText, inner),
    ...(v.sourceNotes ?? []).flatMap((n) => wrap(scratch, n, inner)),
    ...wrap(scratch, boundaryText, inner),
  ];
  scratch.font = F.small;
  const linkLines = v.permalink ? wrap(scratch, t('export.liveLink', { url: v.permalink }), inner) : [];
  const illustrative = meta.illustrative;

  const headerH = pad + titleLines.length * 24 + subLines.length * 20 + selLines.length * 18 + 8;
  const legendH = 10 + legendRowsCount * rowH + 18;
  const footH = (illustrative ? 26 : 0) + footLines.length * 17 + linkLines.length * 15 + pad;
  const H = headerH + mapH + legendH + footH;

  const out = document.createElement('canvas');
  out.width = W * PNG_SCALE;
  out.height = H * PNG_SCALE;
  const ctx = out.getContext('2d')!;
  ctx.scale(PNG_SCALE, PNG_SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, H);
  ctx.textBaseline = 'top';
  ctx.fillStyle = '#1d1d1b';

  let y = pad;
  ctx.font = F.title;
  for (const l of titleLines) { ctx.fillText(l, pad, y); y += 24; }
  ctx.font = F.sub;
  for (const l of subLines) { ctx.fillText(l, pad, y); y += 20; }
  ctx.font = F.body;
  for (const l of selLines) { ctx.fillText(l, pad, y); y += 18; }

  // Map, then the district names (DOM markers on the page, so not in the WebGL canvas).
  const mapTop = headerH;
  ctx.drawImage(frame, 0, mapTop, W, mapH);
  ctx.font = F.label;
  ctx.lineJoin = 'round';
  for (const d of idx.districts) {
    const p = image.project(d.labelPoint);
    if (p.x < 0 || p.y < 0 || p.x > W || p.y > mapH) continue;
    const w = ctx.measureText(d.name).width;
    const x = p.x - w / 2;
    if (x < 2 || x + w > W - 2 || p.y < 10 || p.y > mapH - 10) continue; // a cut-off name reads wrong
    const ly = mapTop + p.y - 7;
    ctx.strokeStyle = 'rgba(255,255,255,0.95)';
    ctx.lineWidth = 3.5;
    ctx.strokeText(d.name, x, ly);
    ctx.fillStyle = '#1d1d1b';
    ctx.fillText(d.name, x, ly);
  }
  ctx.strokeStyle = '#c9c6bd';
  ctx.lineWidth = 1;
  ctx.strokeRect(0.5, mapTop + 0.5, W - 1, mapH - 1);

  // Legend.
  y = mapTop + mapH + 10;
  ctx.font = F.body;
  legend.rows.forEach((r, i) => {
    const col = i % cols;
    const row = Math.floor(i / cols);
    const x = pad + col * colW;
    const ry = y + row * rowH;
    drawSwatch(ctx, x, ry + 1, 14, r.color, r.pattern);
    ctx.fillStyle = r.count === 0 ? '#77776f' : '#1d1d1b';
    ctx.font = F.body;
    const count = String(r.count);
    const countW = ctx.measureText(count).width;
    const maxLabel = colW - 14 - 8 - countW - 18;
    let label = r.label;
    while (label.length > 4 && ctx.measureText(label).width > maxLabel) label = `${label.slice(0, -2)}…`;
    ctx.fillText(label, x + 22, ry + 1);
    ctx.font = `700 13px ${family}`;
    ctx.fillText(count, x + colW - 18 - countW, ry + 1);
  });
  y += legendRowsCount * rowH;
  ctx.font = F.small;
  ctx.fillStyle = '#55554f';
  ctx.fillText(legend.total, pad, y);
  y += 18;

  // Footer: illustrative badge, source and date, boundaries, live link.
  if (illustrative) {
    ctx.font = F.badge;
    const text = t('source.illustrative');
    const bw = ctx.measureText(text).width + 16;
    ctx.fillStyle = '#fff4d6';
    ctx.strokeStyle = '#e0c77a';
    ctx.beginPath();
    ctx.roundRect(pad, y, bw, 20, 10);
    ctx.fill();
    ctx.stroke();
    ctx.fillStyle = '#6b4a00';
    ctx.fillText(text, pad + 8, y + 4);
    y += 26;
  }
  ctx.font = F.body;
  ctx.fillStyle = '#55554f';
  for (const l of footLines) { ctx.fillText(l, pad, y); y += 17; }
  ctx.font = F.small;
  for (const l of linkLines) { ctx.fillText(l, pad, y); y += 15; }

  const blob = await new Promise<Blob>((resolve, reject) =>
    out.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'));
  return { blob, width: out.width, height: out.height, fileName: exportFileName({ measure: v.measure, year: v.year }, 'png') };
}

/** Renders and downloads; resolves with the file name. */
export async function exportPng(map: Pick<MapHandle, 'captureImage'>, idx: DataIndex, v: PngView): Promise<string> {
  const png = await renderPng(map, idx, v);
  saveBlob(png.blob, png.fileName);
  return png.fileName;
}
