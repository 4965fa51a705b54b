// Commune names on the map at zoom ≥ COMMUNE_LABEL_MIN_ZOOM (issue 14). There is no glyph server,
// so, like the district labels, they are DOM text (Vietnamese diacritics as the browser draws
// them): one absolutely placed layer over the canvas, below the controls. On every camera change
// (one per frame at most) the labels in view are projected and src/domain/labelPlacement.ts picks
// those that fit without overlapping each other or a district label; the rest are hidden.
import type { Map as MLMap } from 'maplibre-gl';
import { placeLabels, type Box, type LabelCandidate } from '../domain/labelPlacement';
import { COMMUNE_LABEL_MIN_ZOOM } from '../domain/mapStyle';

export { COMMUNE_LABEL_MIN_ZOOM };

export interface CommuneLabel {
  id: string;
  text: string;
  point: [number, number];
  /** Larger units are labelled first (e.g. the area of their box). */
  priority: number;
}

interface Entry extends CommuneLabel {
  el: HTMLDivElement;
  size: { w: number; h: number } | null;
}

export class CommuneLabels {
  private readonly layer: HTMLDivElement;
  private entries: Entry[] = [];
  private frame = 0;
  private readonly onMove = () => this.schedule();

  constructor(private readonly map: MLMap) {
    this.layer = document.createElement('div');
    this.layer.className = 'commune-labels';
    this.layer.setAttribute('aria-hidden', 'true'); // the names are in the table and the search
    map.getCanvasContainer().appendChild(this.layer);
    map.on('move', this.onMove);
    map.on('resize', this.onMove);
  }

  setLabels(labels: readonly CommuneLabel[]): void {
    for (const e of this.entries) e.el.remove();
    this.entries = labels.map((l) => {
      const el = document.createElement('div');
      el.className = 'commune-label';
      el.textContent = l.text;
      el.dataset.id = l.id;
      el.hidden = true;
      this.layer.appendChild(el);
      return { ...l, el, size: null };
    });
    this.schedule();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.update();
    });
  }

  private update(): void {
    const show = this.map.getZoom() >= COMMUNE_LABEL_MIN_ZOOM;
    this.layer.hidden = !show;
    if (!show) return;
    const canvas = this.map.getCanvas();
    const w = canvas.clientWidth;
    const h = canvas.clientHeight;
    const view: Box = { x0: 0, y0: 0, x1: w, y1: h };
    const candidates: LabelCandidate[] = [];
    const byId = new Map<string, { entry: Entry; x: number; y: number }>();
    for (const e of this.entries) {
      const p = this.map.project(e.point);
      if (p.x < -200 || p.y < -50 || p.x > w + 200 || p.y > h + 50) continue;
      if (!e.size) {
        // Measured once, the first time it could be shown (its text does not change).
        e.el.style.visibility = 'hidden';
        e.el.hidden = false;
        e.size = { w: e.el.offsetWidth, h: e.el.offsetHeight };
        e.el.style.visibility = '';
      }
      candidates.push({ id: e.id, x: p.x, y: p.y, width: e.size.w, height: e.size.h, priority: e.priority });
      byId.set(e.id, { entry: e, x: p.x, y: p.y });
    }
    const shown = placeLabels(candidates, { view, obstacles: this.districtLabelBoxes(), gap: 4 });
    for (const e of this.entries) {
      const at = byId.get(e.id);
      const on = !!at && shown.has(e.id);
      e.el.hidden = !on;
      if (on) e.el.style.transform = `translate(${Math.round(at.x - e.size!.w / 2)}px, ${Math.round(at.y - e.size!.h / 2)}px)`;
    }
  }

  /** The district labels (MapLibre markers) in view pixels: commune names keep clear of them. */
  private districtLabelBoxes(): Box[] {
    const origin = this.map.getCanvas().getBoundingClientRect();
    return [...this.map.getCanvasContainer().querySelectorAll<HTMLElement>('.district-label')].map((el) => {
      const r = el.getBoundingClientRect();
      return { x0: r.left - origin.left, y0: r.top - origin.top, x1: r.right - origin.left, y1: r.bottom - origin.top };
    });
  }

  destroy(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.map.off('move', this.onMove);
    this.map.off('resize', this.onMove);
    this.layer.remove();
  }
}
