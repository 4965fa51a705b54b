// The bounding boxes the map frames a selection with come from the geometry it draws (ntm.json no
// longer ships them): every unit and district has one, and it holds all of its polygon.
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { boxesOf, geoFromTopology } from './topology';
import { REAL_BUILD_TIMEOUT, realFiles } from '../../test/unit/realData';

describe('boxesOf', () => {
  it('gives every unit and district of the real geography a box holding all its vertices', async () => {
    const { dataset, topology } = await realFiles();
    const geo = geoFromTopology(topology as Topology);
    const boxes = boxesOf(geo);
    expect([...boxes.communes.keys()].sort()).toEqual(dataset.units.map((u) => u.gso).sort());
    expect([...boxes.districts.keys()].sort()).toEqual(dataset.districts.map((d) => d.code).sort());
    for (const f of [...geo.communes.features, ...geo.districts.features]) {
      const key = 'gso' in f.properties ? f.properties.gso : f.properties.code;
      const [w, s, e, n] = ('gso' in f.properties ? boxes.communes : boxes.districts).get(key)!;
      const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
      const xs = rings.flat().map((p) => p[0]!);
      const ys = rings.flat().map((p) => p[1]!);
      // Tight, not just containing: the box's edges are the polygon's extremes.
      expect([w, s, e, n]).toEqual([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]);
      expect(w < e && s < n).toBe(true);
    }
    // Ka Đô (Đơn Dương) lies inside its district's box.
    const [kw, ks, ke, kn] = boxes.communes.get('24943')!;
    const [dw, ds, de, dn] = boxes.districts.get('677')!;
    expect(kw >= dw - 1e-9 && ks >= ds - 1e-9 && ke <= de + 1e-9 && kn <= dn + 1e-9).toBe(true);
  }, REAL_BUILD_TIMEOUT);

  it('is computed once per geography', async () => {
    const geo = geoFromTopology((await realFiles()).topology as Topology);
    expect(boxesOf(geo)).toBe(boxesOf(geo));
  }, REAL_BUILD_TIMEOUT);
});
