/** Runs batches in process (`--jobs 1`) or on a pool of worker threads (`--jobs N`). */
import { Worker } from 'node:worker_threads';
import { pack, processBatch, type Batch, type BatchResult } from './batch';
import { recordContext, type RecordConfig } from './record';
import { WORKER_MARK } from './worker';

export interface Executor {
  run(batch: Batch): Promise<BatchResult>;
  close(): Promise<void>;
}

export function inProcess(config: RecordConfig): Executor {
  const ctx = recordContext(config);
  return {
    run: (batch) => Promise.resolve(processBatch(batch, ctx)),
    close: async () => {},
  };
}

interface Slot {
  readonly worker: Worker;
  busy: number;
}

/** `jobs` workers; each batch goes to the least busy one. A crashed worker fails the run. */
export function workerPool(config: RecordConfig, jobs: number, script: string): Executor {
  const waiting = new Map<number, { resolve: (r: BatchResult) => void; reject: (e: Error) => void; slot: Slot }>();
  let failure: Error | undefined;
  let nextId = 0;
  const fail = (error: Error) => {
    failure ??= error;
    for (const w of waiting.values()) w.reject(failure);
    waiting.clear();
  };
  const slots: Slot[] = Array.from({ length: jobs }, () => {
    const worker = new Worker(script, { workerData: { [WORKER_MARK]: config } });
    const slot: Slot = { worker, busy: 0 };
    worker.on('message', (m: BatchResult & { id: number }) => {
      const w = waiting.get(m.id);
      if (!w) return;
      waiting.delete(m.id);
      slot.busy--;
      w.resolve(m);
    });
    worker.on('error', (e) => fail(new Error(`worker thread failed: ${e.message}`)));
    worker.on('exit', (code) => { if (waiting.size) fail(new Error(`worker thread exited (code ${code})`)); });
    return slot;
  });
  return {
    run(batch) {
      if (failure) return Promise.reject(failure);
      const slot = slots.reduce((a, b) => (b.busy < a.busy ? b : a));
      const id = nextId++;
      const packed = pack(batch, id);
      slot.busy++;
      return new Promise<BatchResult>((resolve, reject) => {
        waiting.set(id, { resolve, reject, slot });
        slot.worker.postMessage(packed, [packed.data.buffer as ArrayBuffer, packed.ends.buffer as ArrayBuffer, packed.crlf.buffer as ArrayBuffer]);
      });
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
