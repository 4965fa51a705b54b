// User Timing marks for the benchmark's phase breakdown (bench/run.ts prints them): where the time
// from navigation to interactive ready goes. A mark costs microseconds and changes nothing else.
export type PerfMark = 'main' | 'data' | 'map-chunk' | 'map-create' | 'map-created' | 'map-style' | 'map-load' | 'ready';

export function perfMark(name: PerfMark): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') {
    try {
      performance.mark(`ntm:${name}`);
    } catch {
      /* a page without User Timing: nothing to record */
    }
  }
}
