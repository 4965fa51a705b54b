// @vitest-environment node
// The first-view generator: same extent as the map's fitBounds, same colours as classify.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { buildIndex } from '../../src/domain/dataIndex';
import { classifyAll, colorOf } from '../../src/domain/classify';
import { geoFromTopology } from '../../src/data/loadData';
import type { NtmDataset } from '../../src/domain/types';
import { buildFirstView, legendHtml, mercator } from './firstView';
import { realFiles, REAL_BUILD_TIMEOUT } from '../../test/unit/realData';


/** Absolute points of an SVG path made of M (absolute) and h/v/l (relative, repeated) commands. */
function pathPoints(d: string): [number, number][] {
  const out: [number, number][] = [];
  const tokens = d.match(/[MhvlZz]|-?\d+(?:\.\d+)?/g) ?? [];
  let cmd = '';
  let x = 0;
  let y = 0;
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    if (/[A-Za-z]/.test(t)) {
      cmd = t;
      i++;
      continue;
    }
    if (cmd === 'M') {
      x = Number(tokens[i]);
      y = Number(tokens[i + 1]);
      i += 2;
      cmd = 'l'; // implicit lineto after moveto is absolute in SVG, but we never emit that
    } else if (cmd === 'h') {
      x += Number(t);
      i++;
    } else if (cmd === 'v') {
      y += Number(t);
      i++;
    } else {
      x += Number(t);
      y += Number(tokens[i + 1]);
      i += 2;
    }
    out.push([x, y]);
  }
  return out;
}

describe('mercator', () => {
  it('maps lon/lat to MapLibre world coordinates', () => {
    expect(mercator([0, 0])).toEqual([0.5, 0.5]);
    expect(mercator([180, 0])[0]).toBe(1);
    const [, yN] = mercator([0, 85.0511287798]);
    expect(yN).toBeCloseTo(0, 6);
  });
});

describe('first view of the real data', () => {
  let topo: Topology;
  let ds: NtmDataset;
  let fv: ReturnType<typeof buildFirstView>;
  // Built in memory from the real inputs (never skipped when public/data is absent).
  beforeAll(async () => {
    const real = await realFiles();
    topo = real.topology as Topology;
    ds = real.dataset;
    fv = buildFirstView(topo, ds);
  }, REAL_BUILD_TIMEOUT);

  it('shows the default measure for the latest year', () => {
    const idx = buildIndex(ds);
    expect(fv.measure).toBe('status');
    expect(fv.year).toBe(idx.years[idx.years.length - 1]);
    expect(fv.svg).toContain(`data-year="${fv.year}"`);
  });

  it('has the extent the map fits: the bounds of geoFromTopology, in Web Mercator', () => {
    const b = geoFromTopology(topo).bounds;
    expect(fv.bounds).toEqual(b);
    const [x0, y0] = mercator([b[0], b[3]]);
    const [x1, y1] = mercator([b[2], b[1]]);
    const [, , w, h] = fv.viewBox;
    expect(w / h).toBeCloseTo((x1 - x0) / (y1 - y0), 3);
    expect(fv.svg).toMatch(/preserveAspectRatio="xMidYMid meet"/);
    // Every vertex is inside the viewBox (whole-unit rounding: half a unit of slack).
    for (const m of fv.svg.matchAll(/ d="([^"]+)"/g)) {
      for (const [x, y] of pathPoints(m[1]!)) {
        expect(x).toBeGreaterThanOrEqual(-0.5);
        expect(y).toBeGreaterThanOrEqual(-0.5);
        expect(x).toBeLessThanOrEqual(w + 0.5);
        expect(y).toBeLessThanOrEqual(h + 0.5);
      }
    }
  });

  it('colours each class as the map does (classifyAll + colorOf)', () => {
    const classes = classifyAll(buildIndex(ds), 'status', fv.year);
    const drawn = [...fv.svg.matchAll(/<path fill="(#[0-9a-f]{6})" data-class="([a-z_0-9]+)"/g)];
    expect(drawn.length).toBeGreaterThan(0);
    for (const [, color, key] of drawn) expect(color).toBe(colorOf('status', key!));
    const present = new Set(classes.values());
    expect(new Set(drawn.map((d) => d[2]))).toEqual(present);
    for (const [gso, key] of classes) expect(fv.colors.get(gso)).toBe(colorOf('status', key));
  });

  it('simplified (simplifyArea): same extent, classes and colours, fewer vertices, every vertex on the map', () => {
    const copy = () => JSON.parse(JSON.stringify(topo)) as Topology;
    const plain = buildFirstView(copy(), ds, 'status', fv.year, { zoom: 8 });
    const simple = buildFirstView(copy(), ds, 'status', fv.year, { zoom: 8, simplifyArea: 2 });
    expect(simple.bounds).toEqual(plain.bounds);
    expect(simple.viewBox).toEqual(plain.viewBox);
    const fills = (svg: string) => [...svg.matchAll(/<path fill="(#[0-9a-f]+)" data-class="([^"]+)"/g)].map((m) => `${m[2]}:${m[1]}`);
    expect(fills(simple.svg)).toEqual(fills(plain.svg));
    const points = (svg: string) => [...svg.matchAll(/ d="([^"]+)"/g)].flatMap((m) => pathPoints(m[1]!));
    const [p, q] = [points(plain.svg), points(simple.svg)];
    expect(q.length).toBeLessThan(p.length * 0.85);
    const [, , w, h] = simple.viewBox;
    for (const [x, y] of q) expect(x >= -0.5 && y >= -0.5 && x <= w + 0.5 && y <= h + 0.5).toBe(true);
  });

  it('has a legend whose counts are the classification counts', () => {
    const classes = [...classifyAll(buildIndex(ds), 'status', fv.year).values()];
    for (const r of fv.legend.rows) expect(r.count).toBe(classes.filter((k) => k === r.key).length);
    expect(fv.legend.rows.reduce((s, r) => s + r.count, 0)).toBe(ds.units.length);
    const html = legendHtml(fv.legend);
    expect(html).not.toMatch(/style=/); // strict CSP: no inline style attributes
    expect(html).toContain(fv.legend.rows[0]!.label);
  });
});

describe('legendHtml', () => {
  it('escapes text', () => {
    const html = legendHtml({ title: '<b>x</b>', total: 'a & b', rows: [{ key: 'ntm', color: '#000000', pattern: 'hatch', label: '"q"', count: 1 }] });
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).toContain('a &amp; b');
    expect(html).toContain('&quot;q&quot;');
    expect(html).toContain('url(#fv-hatch)');
    // …and defines it in the page (the map picture is an <img>: its own defs are out of reach).
    expect(html).toContain('<pattern id="fv-hatch"');
  });
});
