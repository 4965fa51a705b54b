// The controller against a small fake MapLibre (jsdom has no WebGL): what reaches the map for each
// intent, and that nothing else does.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MapController, type MapCallbacks } from './MapController';
import { LAYERS } from './style';
import type { MapPicture } from './picture';
import type { MapGeo } from '../domain/geo';
import { FakeMap, fakeMapLibre } from '../../test/fixtures/map/fakeMapLibre';

const GEO: MapGeo = {
  communes: { type: 'FeatureCollection', features: [] },
  districts: { type: 'FeatureCollection', features: [] },
  bounds: [107, 11, 109, 12.5],
};

function picture(over: Partial<MapPicture> = {}): MapPicture {
  return {
    colors: new Map([['a', '#111'], ['b', '#222'], ['c', '#333']]),
    patterns: new Map([['a', 'none'], ['b', 'hatch'], ['c', 'none']]),
    districtColors: new Map([['d1', '#aaa'], ['d2', '#bbb']]),
    districtMode: false,
    ...over,
  };
}

let callbacks: {
  onHover: ReturnType<typeof vi.fn<MapCallbacks['onHover']>>;
  onSelect: ReturnType<typeof vi.fn<MapCallbacks['onSelect']>>;
  onProblem: ReturnType<typeof vi.fn<NonNullable<MapCallbacks['onProblem']>>>;
};
let ctrl: MapController;
let map: FakeMap;

function open(p: MapPicture = picture(), selection: MapController['getSelection'] extends () => infer S ? S : never = null) {
  callbacks = { onHover: vi.fn<MapCallbacks['onHover']>(), onSelect: vi.fn<MapCallbacks['onSelect']>(), onProblem: vi.fn<NonNullable<MapCallbacks['onProblem']>>() };
  ctrl = new MapController(document.createElement('div'), {
    geo: GEO, labels: [{ code: 'd1', name: 'Đà Lạt', point: [108.4, 11.9] }], picture: p, selection, callbacks,
    attributionOSM: 'OSM', maplibre: fakeMapLibre,
  });
  map = FakeMap.last!;
}

afterEach(() => {
  ctrl?.destroy();
  delete window.__ntmTestHooks;
});

describe('MapController: opening', () => {
  beforeEach(() => open(picture(), { kind: 'commune', gso: 'b' }));

  it('bakes patterns, district mode and selection into the style, so nothing is re-filtered at load', () => {
    const layers = (map.options.style as unknown as { layers: { id: string; filter?: unknown; layout?: { visibility?: string } }[] }).layers;
    const byId = new Map(layers.map((l) => [l.id, l]));
    expect(byId.get(LAYERS.pattern('hatch'))!.filter).toEqual(['in', ['get', 'gso'], ['literal', ['b']]]);
    expect(byId.get(LAYERS.pattern('dots'))!.filter).toEqual(['in', ['get', 'gso'], ['literal', []]]);
    expect(byId.get(LAYERS.districtFill)!.layout!.visibility).toBe('none');
    expect(byId.get(LAYERS.communeSelected)!.filter).toEqual(['==', ['get', 'gso'], 'b']);
    map.fire('style.load');
    expect(map.callsOf('setFilter')).toEqual([]);
    expect(map.callsOf('setLayoutProperty')).toEqual([]);
  });

  it('sets every colour as feature state at style.load, before the first tile is drawn', () => {
    expect(map.callsOf('setFeatureState')).toEqual([]);
    map.fire('style.load');
    expect(map.callsOf('setFeatureState')).toEqual([
      [{ source: 'communes', id: 'a' }, { color: '#111' }],
      [{ source: 'communes', id: 'b' }, { color: '#222' }],
      [{ source: 'communes', id: 'c' }, { color: '#333' }],
      [{ source: 'districts', id: 'd1' }, { color: '#aaa' }],
      [{ source: 'districts', id: 'd2' }, { color: '#bbb' }],
    ]);
  });

  it('adds the pattern images the first picture uses right away', () => {
    expect([...map.images]).toEqual(['hatch']);
  });

  it('resolves whenReady after load and the next idle', async () => {
    let ready = false;
    void ctrl.whenReady().then(() => (ready = true));
    map.fire('style.load');
    map.fire('load');
    await Promise.resolve();
    expect(ready).toBe(false);
    map.fire('idle');
    await Promise.resolve();
    expect(ready).toBe(true);
  });
});

describe('MapController: showing a picture', () => {
  beforeEach(() => {
    open();
    map.fire('style.load');
    map.clearCalls();
  });

  it('sends only the colours that changed', () => {
    ctrl.show(picture({ colors: new Map([['a', '#111'], ['b', '#999'], ['c', '#333']]) }));
    expect(map.callsOf('setFeatureState')).toEqual([[{ source: 'communes', id: 'b' }, { color: '#999' }]]);
  });

  it('re-filters only the pattern layers whose list changed', () => {
    ctrl.show(picture({ patterns: new Map([['a', 'dots'], ['b', 'hatch'], ['c', 'none']]) }));
    expect(map.callsOf('setFilter')).toEqual([[LAYERS.pattern('dots'), ['in', ['get', 'gso'], ['literal', ['a']]]]]);
  });

  it('the same picture again sends nothing', () => {
    const p = picture();
    ctrl.show(p);
    map.clearCalls();
    ctrl.show(p);
    expect(map.calls).toEqual([]);
  });

  it('district mode shows the district fill and hides the patterns', () => {
    ctrl.show(picture({ districtMode: true }));
    expect(map.callsOf('setLayoutProperty')).toEqual([
      [LAYERS.districtFill, 'visibility', 'visible'],
      [LAYERS.pattern('hatch'), 'visibility', 'none'],
      [LAYERS.pattern('dots'), 'visibility', 'none'],
      [LAYERS.pattern('cross'), 'visibility', 'none'],
    ]);
  });

  it('a picture shown before the style has loaded is applied when it has', () => {
    ctrl.destroy();
    open();
    ctrl.show(picture({ colors: new Map([['a', '#000']]) }));
    expect(map.callsOf('setFeatureState')).toEqual([]);
    map.fire('style.load');
    expect(map.callsOf('setFeatureState')[0]).toEqual([{ source: 'communes', id: 'a' }, { color: '#000' }]);
  });
});

describe('MapController: selection, pointer and camera', () => {
  beforeEach(() => {
    open();
    map.fire('style.load');
    map.clearCalls();
  });

  it('select sets the three selection filters once; the same selection again sends nothing', () => {
    ctrl.select({ kind: 'district', code: 'd2' });
    expect(map.callsOf('setFilter')).toEqual([
      [LAYERS.communeSelected, ['==', ['get', 'gso'], '__none__']],
      [LAYERS.districtSelected, ['==', ['get', 'code'], 'd2']],
      [LAYERS.dim, ['!=', ['get', 'code'], 'd2']],
    ]);
    map.clearCalls();
    ctrl.select({ kind: 'district', code: 'd2' });
    expect(map.calls).toEqual([]);
    expect(ctrl.getSelection()).toEqual({ kind: 'district', code: 'd2' });
  });

  it('a click selects the commune under the pointer, or the district in district mode', () => {
    map.featureUnderPointer = { gso: 'a', code: 'd1' };
    map.fire('click', { point: { x: 5, y: 5 } });
    expect(callbacks.onSelect).toHaveBeenLastCalledWith({ kind: 'commune', gso: 'a' });
    ctrl.show(picture({ districtMode: true }));
    map.fire('click', { point: { x: 5, y: 5 } });
    expect(callbacks.onSelect).toHaveBeenLastCalledWith({ kind: 'district', code: 'd1' });
    map.featureUnderPointer = null;
    map.fire('click', { point: { x: 5, y: 5 } });
    expect(callbacks.onSelect).toHaveBeenLastCalledWith(null);
  });

  it('hover reports the unit and the pointer position, and null on leaving', () => {
    map.featureUnderPointer = { gso: 'c' };
    map.fire('mousemove', { point: { x: 3, y: 4 } });
    expect(callbacks.onHover).toHaveBeenLastCalledWith({ kind: 'commune', gso: 'c' }, { x: 3, y: 4 });
    map.fire('mouseout');
    expect(callbacks.onHover).toHaveBeenLastCalledWith(null, null);
  });

  it('setCamera stops any flight and jumps; getCamera reads it back; move-end listeners hear it', () => {
    const moved = vi.fn();
    const off = ctrl.onMoveEnd(moved);
    ctrl.setCamera({ lon: 108.44, lat: 11.94, zoom: 11 });
    expect(map.calls.map((c) => c.method)).toEqual(['stop', 'jumpTo']);
    expect(ctrl.getCamera()).toEqual({ lon: 108.44, lat: 11.94, zoom: 11 });
    expect(moved).toHaveBeenCalledTimes(1);
    off();
    ctrl.setCamera({ lon: 108, lat: 11.5, zoom: 9 });
    expect(moved).toHaveBeenCalledTimes(1);
  });

  it('ensureVisible zooms out only when the box is cut off', () => {
    ctrl.ensureVisible([107.5, 11.5, 108, 12], 10);
    expect(map.callsOf('fitBounds')).toEqual([]);
    ctrl.ensureVisible([108.5, 12, 109.5, 13], 10);
    expect(map.callsOf('fitBounds')).toEqual([[[108.5, 12, 109.5, 13], { padding: 24, maxZoom: 10, animate: false }]]);
  });

  it('resetView frames the province as the map opened', () => {
    ctrl.resetView(false);
    expect(map.callsOf('fitBounds')).toEqual([[GEO.bounds, { padding: 16, animate: false }]]);
  });
});

describe('MapController: problems, basemap, hooks', () => {
  it('reports map errors with their source instead of throwing', () => {
    open();
    map.fire('error', { error: { message: 'tile 404' }, sourceId: 'osm' });
    map.fire('error', { error: { message: 'context lost' } });
    expect(callbacks.onProblem.mock.calls).toEqual([[{ sourceId: 'osm', message: 'tile 404' }], [{ sourceId: null, message: 'context lost' }]]);
  });

  it('a basemap asked for before the style has loaded is added under the NTM layers when it has', () => {
    open();
    ctrl.setBasemap(true);
    expect(map.callsOf('addSource')).toEqual([]);
    map.fire('style.load');
    expect(map.callsOf('addLayer')).toEqual([[expect.objectContaining({ id: LAYERS.osm, type: 'raster', source: 'osm' }), LAYERS.communeFill]]);
    // Issue 14: the fills stay opaque (their colours are the legend's); the basemap is faded instead.
    expect(map.callsOf('setPaintProperty').filter(([layer]) => layer === LAYERS.communeFill)).toEqual([]);
    expect((map.callsOf('addLayer')[0]![0] as { paint: Record<string, number> }).paint['raster-opacity']).toBeLessThan(1);
    ctrl.setBasemap(false);
    expect(map.callsOf('removeSource')).toEqual([['osm']]);
  });

  it('exposes the map to tests only when they set window.__ntmTestHooks first', () => {
    open();
    expect(window.__ntmDebug).toBeUndefined();
    ctrl.destroy();
    window.__ntmTestHooks = true;
    open();
    expect(window.__ntmDebug?.map).toBe(map as unknown);
    ctrl.destroy();
    expect(window.__ntmDebug).toBeUndefined();
  });
});
