// The test hook is typed here, in src/map: the only folder that imports maplibre-gl.
import type { Map as MLMap } from 'maplibre-gl';

declare global {
  interface Window {
    /** Set before the app starts by tests and benchmarks that need to read the live map. */
    __ntmTestHooks?: boolean;
    /** The live MapLibre map, exposed only when `__ntmTestHooks` is true (src/map/MapController.ts). */
    __ntmDebug?: { map: MLMap };
  }
}
export {};
