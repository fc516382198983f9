import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { registerAnalyze } from './commands/analyze.js';
import { registerBatch } from './commands/batch.js';
import { registerDict } from './commands/dict/index.js';
import { registerQueue } from './commands/queue.js';
import { registerRender } from './commands/render.js';
import { registerServe } from './commands/serve.js';
import { registerWorker } from './commands/worker.js';
import { UsageError } from './usageError.js';

const require = createRequire(import.meta.url);
const { version } = require('../package.json') as { version: string };

// A closed pipe (`zhnews analyze … | head`) is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const program = new Command('zhnews')
  .description('Facts out of Chinese news text: sentences, tokens, organisations and numeric statements')
  .version(version, '-v, --version')
  .showHelpAfterError()
  .exitOverride();

registerAnalyze(program);
registerBatch(program);
registerDict(program);
registerRender(program);
registerServe(program);
registerQueue(program);
registerWorker(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version end here with exit code 0; usage mistakes with 1.
    process.exitCode = error.exitCode === 0 ? 0 : 1;
  } else if (error instanceof UsageError || error instanceof TypeError) {
    process.stderr.write(`zhnews: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    const err = error as NodeJS.ErrnoException;
    process.stderr.write(`zhnews: ${err.code === 'ENOENT' ? `no such file: ${err.path ?? ''}` : err.message}\n`);
    process.exitCode = 1;
  }
}
