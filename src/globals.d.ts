import type { Map as MLMap } from 'maplibre-gl';

declare global {
  interface Window {
    /** Set by the app when the map is created: tests, benchmarks and embedders read it. */
    __ntmDebug?: { map: MLMap };
  }
}
export {};
