import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { registerAnalyze } from './commands/analyze.js';
import { registerBatch } from './commands/batch.js';
import { registerDict } from './commands/dict/index.js';
import { registerQueue } from './commands/queue.js';
import { registerRender } from './commands/render.js';
import { registerServe } from './commands/serve.js';
import { registerWorker } from './commands/worker.js';
import { describeWriteError, OutputError } from './output.js';
import { errorLine, usageLine } from './messages.js';
import { UsageError } from './usageError.js';
import { InputTextError } from '../io/readDocument.js';

const require = createRequire(import.meta.url);
const { version } = require('../package.json') as { version: string };

// A closed pipe (`zhnews analyze … | head`) is the reader's choice, not an error; any other
// failure to write (a full disk: `> /dev/full`) is one line on standard error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(errorLine(`cannot write the output: ${describeWriteError(error)}`));
  process.exit(1);
});

const program = new Command('zhnews')
  .description('Facts out of Chinese news text: sentences, tokens, organisations and numeric statements')
  .version(version, '-V, --version')
  .exitOverride();

registerAnalyze(program);
registerBatch(program);
registerDict(program);
registerRender(program);
registerServe(program);
registerQueue(program);
registerWorker(program);

// Usage mistakes are one line and a hint, not the whole help (commander's own message, reworded).
let failing: Command = program;
const quietHelp = (command: Command): void => {
  command.exitOverride().configureOutput({
    outputError: (message) => process.stderr.write(usageLine(message, command)),
  });
  command.hook('preSubcommand', (_thisCommand, sub) => void (failing = sub));
  for (const sub of command.commands) quietHelp(sub);
};
quietHelp(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version end here with exit code 0; usage mistakes (already printed) with 1.
    process.exitCode = error.exitCode === 0 ? 0 : 1;
  } else if (error instanceof UsageError) {
    process.stderr.write(usageLine(error.message, failing));
    process.exitCode = 1;
  } else if (error instanceof TypeError || error instanceof InputTextError) {
    process.stderr.write(errorLine(error.message));
    process.exitCode = 1;
  } else if (error instanceof OutputError) {
    process.stderr.write(errorLine(`cannot write the output: ${error.message}`));
    process.exitCode = 1;
  } else {
    const err = error as NodeJS.ErrnoException;
    process.stderr.write(errorLine(err.code === 'ENOENT' ? `no such file: ${err.path ?? ''}` : describeWriteError(err)));
    process.exitCode = 1;
  }
}
