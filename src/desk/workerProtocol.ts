// Messages between the desk page and its worker.
import type { ErasJson } from '../../scripts/lib/codeEras';
import type { NtmDataset } from '../domain/types';
import type { CheckResult } from './checkFile';

export interface WorkerRequest {
  id: number;
  /** The file's bytes (transferred, not copied). */
  bytes: ArrayBuffer;
  name: string;
  /** The published dataset the table is checked against (its units, years, published figures). */
  published: NtmDataset;
  /** Which codes exist before and after 1/7/2025 (data/codes.json), null when it could not be loaded. */
  codes: ErasJson | null;
}

export type WorkerReply =
  | { id: number; type: 'progress'; phase: 'read' | 'check'; done: number; total: number }
  | { id: number; type: 'done'; result: CheckResult; ms: number }
  | { id: number; type: 'failed'; message: string };
