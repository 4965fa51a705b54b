// The instant first view: a static SVG of the default choropleth (measure 'status', latest year),
// drawn from the same TopoJSON the map loads, in the map's projection (Web Mercator) and extent
// (the bounds the map fits with `fitBounds(bounds, { padding: 16 })`).
//
// How the extent matches MapLibre: the SVG's viewBox is exactly the projected bounds and the page
// shows it with `preserveAspectRatio="xMidYMid meet"` inside a box inset by the same 16 px padding.
// `meet` scales by min(availableW / boundsW, availableH / boundsH) and centres, which is what
// MapLibre's cameraForBounds does (same scale rule, centre of the projected bounds).
//
// Classes, colours, patterns and legend rows come from the view model (src/domain/viewModel.ts)
// and its words from src/i18n/legendText.ts; line colours and widths from src/domain/mapStyle.ts:
// the same sources as the live map and its legend, so the static image and the map cannot disagree.
import { mercator, staticProjection } from '../../src/domain/staticMap';
import { mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { buildIndex } from '../../src/domain/dataIndex';
import type { ClassKey, Pattern } from '../../src/domain/classify';
import type { MeasureId } from '../../src/domain/measures';
import { GEO_OBJECTS, type NtmDataset } from '../../src/domain/types';
import { mapViewModel } from '../../src/domain/viewModel';
import {
  COMMUNE_LINE as COMMUNE_STYLE, DISTRICT_LINE as DISTRICT_STYLE, FIT_PADDING_PX, MAP_BACKGROUND, PATTERN, PATTERN_INK_CSS,
} from '../../src/domain/mapStyle';
import { geoFromTopology } from '../../src/data/topology';
import { legendText } from '../../src/i18n/legendText';
import { BORDERS_ATTR } from './firstViewInline';

export { FIT_PADDING_PX, MAP_BACKGROUND };
const COMMUNE_LINE_COLOR = COMMUNE_STYLE.color;
const DISTRICT_LINE_COLOR = DISTRICT_STYLE.color;
/** Line widths in SVG units (world px at zoom 9): about 0.6 and 1.5 CSS px at the usual initial
 *  zoom ~8, as the map's commune (0.4→1.2 over zoom 7→11) and district (1.2→2.5) lines.
 *  Not `vector-effect="non-scaling-stroke"`: measured in headless Chromium (GPU raster on
 *  SwiftShader), it and anti-aliasing made the first paint of this SVG 3-5 s instead of <0.9 s on a
 *  loaded 2-core machine, and delayed MapLibre's own GL context behind it. Hence also
 *  `shape-rendering="crispEdges"`: the static image is on screen for about a second. */
const COMMUNE_LINE = 1.2;
const DISTRICT_LINE = 3;

/** Web Mercator (src/domain/staticMap.ts: the app draws outlines over this picture with it). */
export { mercator };

/** Units of the SVG's user space: world pixels at zoom 9 (512 px tiles). The map opens at about
 *  zoom 8 (a 640-900 px map), so one unit is about half a CSS pixel there, and coordinates are
 *  rounded to whole units (error ≤ 0.25 px on screen). Measured: 0.1-unit precision at zoom 9.5
 *  was 116 KB / 36 KB gzip; whole units at zoom 9 with borders stroked on the fills is far less. */
const UNITS_ZOOM = 9;

export interface FirstViewLegendRow {
  key: ClassKey;
  color: string;
  pattern: Pattern;
  label: string;
  count: number;
}
export interface FirstViewLegend {
  title: string;
  rows: FirstViewLegendRow[];
  total: string;
}
export interface FirstView {
  svg: string;
  legend: FirstViewLegend;
  measure: MeasureId;
  year: number;
  /** [west, south, east, north] the map fits (same function as the app: geoFromTopology). */
  bounds: [number, number, number, number];
  /** viewBox width / height in SVG units. */
  viewBox: [number, number, number, number];
  colors: Map<string, string>;
}


/** Path data for rings: absolute start, then relative steps in whole units with the shortest
 *  command (`h`, `v`, `l`), a command letter only when it changes, repeated points dropped. */
function ringsPath(rings: Position[][], project: (p: Position) => [number, number]): string {
  let d = '';
  for (const ring of rings) {
    let started = false;
    let prevX = 0;
    let prevY = 0;
    let cmd = '';
    // Integers, so the relative steps add up exactly (no drift).
    for (const pos of ring) {
      const [x, y] = project(pos);
      const ix = Math.round(x);
      const iy = Math.round(y);
      if (!started) {
        d += `M${ix} ${iy}`;
        started = true;
        cmd = 'M';
        prevX = ix;
        prevY = iy;
        continue;
      }
      const dx = ix - prevX;
      const dy = iy - prevY;
      if (dx === 0 && dy === 0) continue;
      const [c, nums] = dy === 0 ? ['h', [dx]] : dx === 0 ? ['v', [dy]] : ['l', [dx, dy]];
      // A minus sign separates numbers by itself; otherwise a space does.
      let out = c !== cmd ? c + nums[0] : (nums[0]! < 0 ? '' : ' ') + nums[0];
      for (const n of nums.slice(1)) out += (n < 0 ? '' : ' ') + n;
      d += out;
      cmd = c;
      prevX = ix;
      prevY = iy;
    }
  }
  return d;
}

function polygonRings(g: Polygon | MultiPolygon): Position[][] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The latest year with data (the app's default year is the latest one too). */
export function latestYear(ds: NtmDataset): number {
  const idx = buildIndex(ds);
  return idx.years[idx.years.length - 1] ?? new Date().getFullYear();
}

export interface FirstViewOptions {
  /** Zoom whose world pixels are the SVG's units (coordinates are whole units). Default 9. */
  zoom?: number;
  /** Visvalingam simplification of the shared arcs (topojson-simplify), in square SVG units: a
   *  point goes when its triangle with its neighbours is smaller. Shared borders stay shared (no
   *  slivers), the extent and viewBox stay those of the full geometry. Default 0: none. */
  simplifyArea?: number;
}

export function buildFirstView(
  topology: Topology,
  dataset: NtmDataset,
  measure: MeasureId = 'status',
  year = latestYear(dataset),
  opts: FirstViewOptions = {},
): FirstView {
  const idx = buildIndex(dataset);
  const full = geoFromTopology(topology);
  const proj = staticProjection(full.bounds, opts.zoom ?? UNITS_ZOOM);
  const [, , vbW, vbH] = proj.viewBox;
  const project = proj.project;
  // Simplified in SVG units (the weights are triangle areas of projected points).
  const area = opts.simplifyArea ?? 0;
  if (area > 0) {
    const weigh = (t: number[][]) => {
      const [a, b, c] = t.map((p) => project(p as Position)) as [[number, number], [number, number], [number, number]];
      return Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
    };
    topology = simplify(presimplify(topology as Topology<Objects<{}>>, weigh), area) as Topology;
  }
  const geo = area > 0 ? { ...geoFromTopology(topology), bounds: full.bounds } : full;

  const vm = mapViewModel(idx, { measure, year, districtMode: false });
  const colors = new Map<string, string>();
  for (const [gso, c] of vm.units) colors.set(gso, c.color);
  const legendDefs = vm.legend.rows;
  const patternOfKey = new Map(legendDefs.map((c) => [c.key, c.pattern]));

  // One <path> per class (fewer elements, smaller file); pattern overlays for non-colour cues.
  const byClass = new Map<ClassKey, string[]>();
  for (const f of geo.communes.features) {
    const key = vm.units.get(f.properties.gso)?.key ?? 'no_data';
    const list = byClass.get(key) ?? [];
    list.push(ringsPath(polygonRings(f.geometry), project));
    byClass.set(key, list);
  }
  // Commune borders: the white stroke of each fill (the map draws a white line over the fills).
  const fills: string[] = [];
  const patterned: string[] = [];
  for (const c of legendDefs) {
    const parts = byClass.get(c.key);
    if (!parts) continue;
    const d = parts.join('');
    fills.push(`<path fill="${c.color}" data-class="${c.key}" d="${d}"/>`);
    if (c.pattern !== 'none') patterned.push(`<path fill="url(#fv-${c.pattern})" d="${d}"/>`);
  }
  // (The view model's legend lists every class a unit has: an unknown one gets a row of its own.)
  for (const [key] of byClass) if (!patternOfKey.has(key)) throw new Error(`first view: class ${key} is not in the legend`);

  // District borders drawn once per arc (TopoJSON mesh) over the fills, as the map does.
  const districtsObj = topology.objects[GEO_OBJECTS.districts] as GeometryCollection;
  const districtMesh = mesh(topology, districtsObj);
  const lineD = (ml: { coordinates: Position[][] }) => ringsPath(ml.coordinates, project);

  const usedPatterns = new Set(legendDefs.filter((c) => c.pattern !== 'none' && byClass.has(c.key)).map((c) => c.pattern));
  const defs = [...usedPatterns].map((p) => patternDef(p)).join('');

  // Exact (unrounded) extent, so `meet` scales exactly as fitBounds does.
  const viewBox: [number, number, number, number] = [0, 0, Number(vbW.toFixed(3)), Number(vbH.toFixed(3))];
  const words = legendText(vm, dataset.criteriaSets, 'vi');
  const title = words.title;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox.join(' ')}" preserveAspectRatio="xMidYMid meet" shape-rendering="crispEdges" ` +
    `role="img" aria-label="${escapeXml(title)}" data-measure="${measure}" data-year="${year}" ` +
    `data-bounds="${geo.bounds.join(',')}">` +
    `<title>${escapeXml(title)}</title>` +
    (defs ? `<defs>${defs}</defs>` : '') +
    `<g ${BORDERS_ATTR}="communes" stroke="${COMMUNE_LINE_COLOR}" stroke-width="${COMMUNE_LINE}" stroke-linejoin="round">${fills.join('')}</g>` +
    (patterned.length ? `<g stroke="none">${patterned.join('')}</g>` : '') +
    `<path ${BORDERS_ATTR}="districts" fill="none" stroke="${DISTRICT_LINE_COLOR}" stroke-width="${DISTRICT_LINE}" stroke-linejoin="round" d="${lineD(districtMesh)}"/>` +
    `</svg>`;

  const legend: FirstViewLegend = {
    title,
    rows: words.rows.map((r) => ({ key: r.key, color: r.color, pattern: r.pattern, label: r.label, count: r.count })),
    total: words.total,
  };

  return { svg, legend, measure, year, bounds: geo.bounds, viewBox, colors };
}

/** SVG pattern of a non-colour cue: the shapes src/map/patterns.ts rasterises for the map. */
function patternDef(p: Pattern): string {
  const ink = PATTERN_INK_CSS;
  const n = PATTERN.size;
  const c = n / 2;
  const w = PATTERN.lineWidth;
  const head = `<pattern id="fv-${p}" patternUnits="userSpaceOnUse" width="${n}" height="${n}">`;
  switch (p) {
    case 'hatch':
      return `${head}<path d="M-${n} ${n}L0 0M0 ${n}L${n} 0M${n} ${n}L${2 * n} 0" stroke="${ink}" stroke-width="${w}"/></pattern>`;
    case 'dots':
      return `${head}<circle cx="${c}" cy="${c}" r="${PATTERN.dotRadius}" fill="${ink}"/></pattern>`;
    case 'cross': {
      const a = PATTERN.crossInset;
      return `${head}<path d="M${c} ${a}V${n - a}M${a} ${c}H${n - a}" stroke="${ink}" stroke-width="${w}"/></pattern>`;
    }
    default:
      return '';
  }
}

/** The tiny static legend the page shows next to the first view (plain HTML, no inline styles:
 *  swatches are SVG rects, so a strict CSP without 'unsafe-inline' styles still renders them). */
export function legendHtml(legend: FirstViewLegend): string {
  const rows = legend.rows
    .map(
      (r) =>
        `<tr data-class="${escapeXml(r.key)}"${r.count === 0 ? ' class="is-empty"' : ''}><th scope="row">` +
        `<svg class="fv-swatch" width="20" height="16" viewBox="0 0 20 16" aria-hidden="true"><rect x="0.5" y="0.5" width="19" height="15" rx="2" fill="${r.color}" stroke="rgba(0,0,0,0.35)"/>` +
        (r.pattern !== 'none' ? `<rect x="0.5" y="0.5" width="19" height="15" fill="url(#fv-${r.pattern})"/>` : '') +
        `</svg><span class="legend-label">${escapeXml(r.label)}</span></th><td class="legend-count">${r.count}</td></tr>`,
    )
    .join('');
  // The swatches' patterns are defined here: the map picture is an <img> (its own document), so
  // its <defs> are not visible to the page.
  const patterns = [...new Set(legend.rows.map((r) => r.pattern).filter((p) => p !== 'none'))];
  const defs = patterns.length
    ? `<svg class="fv-defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>${patterns.map((p) => patternDef(p)).join('')}</defs></svg>`
    : '';
  return (
    `<section class="legend fv-legend">${defs}<h2 class="legend-title">${escapeXml(legend.title)}</h2>` +
    `<table class="legend-table"><tbody>${rows}</tbody></table><p class="legend-total">${escapeXml(legend.total)}</p></section>`
  );
}
