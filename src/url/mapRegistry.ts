// Where the URL sync (camera) and the exports find the live map without importing src/map.
// MapView's `onController` prop feeds it: `<MapView geo={geo} onController={registerMapController} />`.
import type { Map as MLMap } from 'maplibre-gl';

/** The part of MapController the URL sync and exports use. */
export interface MapHandle {
  readonly map: MLMap;
  whenReady(): Promise<void>;
}

type Listener = (h: MapHandle | null) => void;

let current: MapHandle | null = null;
const listeners = new Set<Listener>();

/** Pass as MapView's `onController`: called with the controller on creation, null on teardown. */
export function registerMapController(handle: MapHandle | null): void {
  if (handle === current) return;
  current = handle;
  for (const l of [...listeners]) l(handle);
}

export function currentMap(): MapHandle | null {
  return current;
}

/** Calls `listener` now (when a map exists) and on every change; returns the unsubscribe. */
export function onMapChange(listener: Listener): () => void {
  listeners.add(listener);
  if (current) listener(current);
  return () => {
    listeners.delete(listener);
  };
}

/** The live MapLibre map: the registered one, else the one MapView exposes on window. */
export function liveMap(): MLMap | null {
  return current?.map ?? (typeof window !== 'undefined' ? window.__ntmDebug?.map ?? null : null);
}
