// "Show the whole province": a button in the map's top-right control stack, below MapLibre's zoom
// buttons. It only asks: the MapController (the camera's one writer) does the fitting.
import type { IControl } from 'maplibre-gl';
import './mapControls.css';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Four corner brackets around a dot: "the whole extent". Drawn with DOM calls (no inline markup). */
function icon(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '22');
  svg.setAttribute('height', '22');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5');
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '2.2');
  path.setAttribute('stroke-linecap', 'round');
  path.setAttribute('stroke-linejoin', 'round');
  const dot = document.createElementNS(SVG_NS, 'circle');
  dot.setAttribute('cx', '12');
  dot.setAttribute('cy', '12');
  dot.setAttribute('r', '2.4');
  dot.setAttribute('fill', 'currentColor');
  svg.append(path, dot);
  return svg;
}

export class ResetViewControl implements IControl {
  private container: HTMLDivElement | null = null;
  private button: HTMLButtonElement | null = null;
  private label: string;

  constructor(private readonly onReset: () => void, label: string) {
    this.label = label;
  }

  onAdd(): HTMLElement {
    const div = document.createElement('div');
    div.className = 'maplibregl-ctrl maplibregl-ctrl-group ntm-reset-group';
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'ntm-reset-view';
    b.append(icon());
    b.addEventListener('click', () => this.onReset());
    div.append(b);
    this.container = div;
    this.button = b;
    this.setLabel(this.label);
    return div;
  }

  onRemove(): void {
    this.container?.remove();
    this.container = null;
    this.button = null;
  }

  /** The accessible name and tooltip, in the UI language. */
  setLabel(label: string): void {
    this.label = label;
    if (!this.button) return;
    this.button.setAttribute('aria-label', label);
    this.button.title = label;
  }
}
