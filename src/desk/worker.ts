// The desk's Web Worker: the build's own validation (src/desk/checkFile.ts → scripts/lib/table.ts)
// off the page's main thread, with progress. SheetJS is loaded only for a spreadsheet. Imports no
// React and no MapLibre (test/unit/architecture/boundaries.test.ts).
import { checkFile } from './checkFile';
import type { Xlsx } from './xlsx/read';
import type { WorkerRequest, WorkerReply } from './workerProtocol';

const post = (m: WorkerReply) => (self as unknown as Worker).postMessage(m);
// The mini build reads .xlsx (not the legacy formats): a third of the full library.
const loadXlsx = () => import('@e965/xlsx/dist/xlsx.mini.min.js').then((m) => ((m as { default?: Xlsx }).default ?? m) as Xlsx);

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const { id, bytes, name, published, codes } = e.data;
  const started = performance.now();
  let last = 0;
  try {
    const result = await checkFile(new Uint8Array(bytes), name, published, loadXlsx, codes, (phase, done, total) => {
      const now = performance.now();
      // A few messages a second are enough for a progress bar.
      if (done < total && now - last < 50) return;
      last = now;
      post({ id, type: 'progress', phase, done, total });
    });
    post({ id, type: 'done', result, ms: performance.now() - started });
  } catch (err) {
    post({ id, type: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
};
