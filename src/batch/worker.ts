/**
 * The worker-thread entry of the batch pool (built as `dist/batch-worker.js`): piscina calls
 * the default export once per document. The analyzer is created on the first task and reused
 * for the life of the thread.
 */
import { runTask, type WorkerReply, type WorkerTask } from './task.js';

/**
 * Analyses one document in this worker thread.
 *
 * @example
 * // inside piscina: await pool.run({ analyzer: {}, text: '增长17%。', id: 'a', output: 'object' })
 */
export default function analyzeInWorker(task: WorkerTask): WorkerReply {
  return runTask(task);
}
