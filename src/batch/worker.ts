/**
 * The worker-thread entry of the batch pool (built as `dist/batch-worker.js`): piscina calls
 * the default export once per document or chunk. The analyzer is created on the first task
 * and reused for the life of the thread.
 */
import { move, Piscina } from 'piscina';
import { runChunk, type ChunkReply, type ChunkTask } from './chunkTask.js';
import { runTask, type WorkerReply, type WorkerTask } from './task.js';

/** A chunk's reply with its output bytes moved to the main thread instead of copied. */
function moved(reply: ChunkReply): unknown {
  if (!reply.out) return reply;
  return move({ [Piscina.transferableSymbol]: [reply.out.buffer], [Piscina.valueSymbol]: reply } as never);
}

/**
 * Analyses one document, or one chunk of documents, in this worker thread.
 *
 * @example
 * // inside piscina: await pool.run({ analyzer: {}, text: '增长17%。', id: 'a', output: 'object' })
 */
export default function analyzeInWorker(task: WorkerTask | ChunkTask): WorkerReply | unknown {
  if ('kind' in task && task.kind === 'chunk') return moved(runChunk(task));
  return runTask(task as WorkerTask);
}
