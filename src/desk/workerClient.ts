// Starts the worker on first use and checks one file at a time (a new file cancels the last one).
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

/** Checks a file in the worker; `onProgress` is called a few times a second. */
export function checkInWorker(file: { bytes: ArrayBuffer; name: string }, published: NtmDataset, onProgress: (p: CheckProgress) => void): Promise<{ result: CheckResult; ms: number }> {
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
    const req: WorkerRequest = { id, bytes: file.bytes, name: file.name, published };
    w.postMessage(req, [file.bytes]);
  });
}
