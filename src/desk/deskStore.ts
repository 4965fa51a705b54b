// The desk's own state: the published data it checks against, the file being checked and its
// result, which data the preview shows. (What the preview shows — measure, year, selection —
// is the app's store, src/state/store.ts, so the map, legend and panels work as on the public map.)
import { create } from 'zustand';
import type { MapGeo } from '../domain/geo';
import type { NtmDataset } from '../domain/types';
import type { CheckResult } from './checkFile';
import type { CheckProgress } from './workerClient';

export type CheckState =
  | { kind: 'idle' }
  | { kind: 'running'; name: string; progress: CheckProgress | null }
  | { kind: 'done'; result: CheckResult; ms: number }
  | { kind: 'failed'; name: string; message: string };

export type PublishedState =
  | { kind: 'loading' }
  | { kind: 'ready'; dataset: NtmDataset; geo: MapGeo }
  | { kind: 'error'; message: string };

export interface DeskState {
  published: PublishedState;
  check: CheckState;
  /** Which data the preview shows. */
  previewOf: 'uploaded' | 'published';
  /** The line whose cells are open in the row viewer. */
  openLine: number | null;
  setPublished: (p: PublishedState) => void;
  setCheck: (c: CheckState) => void;
  setPreviewOf: (p: 'uploaded' | 'published') => void;
  openRow: (line: number | null) => void;
}

export const useDesk = create<DeskState>()((set) => ({
  published: { kind: 'loading' },
  check: { kind: 'idle' },
  previewOf: 'uploaded',
  openLine: null,
  setPublished: (published) => set({ published }),
  setCheck: (check) => set({ check, openLine: null, previewOf: 'uploaded' }),
  setPreviewOf: (previewOf) => set({ previewOf }),
  openRow: (openLine) => set({ openLine }),
}));

/** The checked result when it has no errors (only then can it be previewed and published). */
export function usePublishable(): CheckResult | null {
  return useDesk((s) => (s.check.kind === 'done' && !s.check.result.issues.some((i) => i.level === 'error') && s.check.result.rows.length > 0 ? s.check.result : null));
}
