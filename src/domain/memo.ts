// Memoisation per data index: results live as long as the index (one per dataset and geography)
// and are keyed by the choice (e.g. "c8|2023").
import type { DataIndex } from './dataIndex';

export function memoPerIndex<T>(): (idx: DataIndex, key: string, make: () => T) => T {
  const cache = new WeakMap<DataIndex, Map<string, T>>();
  return (idx, key, make) => {
    let byKey = cache.get(idx);
    if (!byKey) {
      byKey = new Map();
      cache.set(idx, byKey);
    }
    let v = byKey.get(key);
    if (v === undefined) {
      v = make();
      byKey.set(key, v);
    }
    return v;
  };
}
