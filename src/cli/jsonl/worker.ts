/** The worker-thread side of `--jobs N`: receives packed batches, answers with their output. */
import { parentPort, workerData } from 'node:worker_threads';
import { processBatch, unpack, type PackedBatch } from './batch';
import { recordContext, type RecordConfig } from './record';

/** Marks the `workerData` of a JSON Lines worker (the CLI bundle is its own worker script). */
export const WORKER_MARK = 'articleSieveJsonlWorker';

export function isJsonlWorker(): boolean {
  return parentPort !== null && typeof workerData === 'object' && workerData !== null && WORKER_MARK in workerData;
}

export function startJsonlWorker(): void {
  const ctx = recordContext((workerData as Record<string, RecordConfig>)[WORKER_MARK]!);
  parentPort!.on('message', (packed: PackedBatch) => {
    const r = processBatch(unpack(packed), ctx);
    parentPort!.postMessage({ id: packed.id, ...r }, [r.data.buffer as ArrayBuffer]);
  });
}
