// Starts the worker on first use and checks one file at a time (a new file cancels the last one).
import type { ErasJson } from '../../scripts/lib/codeEras';
import { LAZY_DATA_URLS } from '../data/urls';
import type { NtmDataset } from '../domain/types';
import type { CheckResult } from './checkFile';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

export interface CheckProgress {
  phase: 'read' | 'check';
  done: number;
  total: number;
}

let worker: Worker | null = null;
let nextId = 1;
let current: { id: number; reject: (e: Error) => void } | null = null;

function getWorker(): Worker {
  worker ??= new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

// The code sets of before and after 1/7/2025, fetched once: without them a 2026 row is reported as
// "cannot be checked" (rows of 2021–2025 do not need them).
let codes: Promise<ErasJson | null> | null = null;
export function loadCodes(): Promise<ErasJson | null> {
  codes ??= fetch(LAZY_DATA_URLS.codes)
    .then((r) => (r.ok ? (r.json() as Promise<ErasJson>) : null))
    .catch(() => null);
  return codes;
}

/** Checks a file in the worker; `onProgress` is called a few times a second. */
export async function checkInWorker(file: { bytes: ArrayBuffer; name: string }, published: NtmDataset, onProgress: (p: CheckProgress) => void): Promise<{ result: CheckResult; ms: number }> {
  return checkWithCodes(file, published, await loadCodes(), onProgress);
}

function checkWithCodes(file: { bytes: ArrayBuffer; name: string }, published: NtmDataset, codes: ErasJson | null, onProgress: (p: CheckProgress) => void): Promise<{ result: CheckResult; ms: number }> {
  if (current) {
    // The page only shows the newest file: stop the older check.
    current.reject(new Error('cancelled'));
    worker?.terminate();
    worker = null;
  }
  const id = nextId++;
  const w = getWorker();
  return new Promise((resolve, reject) => {
    current = { id, reject };
    w.onmessage = (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      if (m.id !== id) return;
      if (m.type === 'progress') onProgress(m);
      else {
        current = null;
        if (m.type === 'done') resolve({ result: m.result, ms: m.ms });
        else reject(new Error(m.message));
      }
    };
    w.onerror = (e) => {
      current = null;
      reject(new Error(e.message || 'worker error'));
    };
    const req: WorkerRequest = { id, bytes: file.bytes, name: file.name, published, codes };
    w.postMessage(req, [file.bytes]);
  });
}
