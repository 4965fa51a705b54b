// The DataIndex of the loaded dataset, memoised per dataset object (null until data is loaded).
import { useMemo } from 'react';
import { buildIndex, type DataIndex } from '../domain/dataIndex';
import { useApp } from './store';

export function useIndex(): DataIndex | null {
  const data = useApp((s) => s.data);
  return useMemo(() => (data ? buildIndex(data) : null), [data]);
}
