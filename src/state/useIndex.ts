// The DataIndex of the loaded dataset (null until data is loaded): one per dataset object, shared by
// every component. (Issue #7: it was a useMemo per component, so each of the ~19 components that
// ask built its own index of the same data, and indexes were never the same object.)
import { buildIndex, type DataIndex } from '../domain/dataIndex';
import type { NtmDataset } from '../domain/types';
import { useApp } from './store';

const indexes = new WeakMap<NtmDataset, DataIndex>();

export function indexOf(data: NtmDataset): DataIndex {
  let idx = indexes.get(data);
  if (!idx) {
    idx = buildIndex(data);
    indexes.set(data, idx);
  }
  return idx;
}

export function useIndex(): DataIndex | null {
  const data = useApp((s) => s.data);
  return data ? indexOf(data) : null;
}
