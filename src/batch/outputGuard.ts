/**
 * The output and error files must never be inputs: opening them for writing would empty the
 * documents before they are read. Compared by device and inode, so `./x`, absolute paths,
 * symbolic links and hard links are all caught.
 */
import { resolve } from 'node:path';
import { fileIdentity } from '../io/sameFile.js';
import { InputError, type InputSource } from './discover.js';

/**
 * Returns the sources to read, or throws {@link InputError} (nothing written yet) when the
 * output or error file is one of them. One exception: with `--resume`, an output found inside
 * an input directory is the run's own earlier output; it is appended to, not read.
 *
 * @example
 * guardOutputs(await discoverInputs(['in.jsonl']), { output: 'in.jsonl', errors: null, resume: false }) // throws
 */
export function guardOutputs(
  sources: readonly InputSource[],
  files: { readonly output: string | null; readonly errors: string | null; readonly resume: boolean; readonly cwd?: string },
): InputSource[] {
  const identity = (p: string | null): string | null => (p === null ? null : fileIdentity(resolve(files.cwd ?? process.cwd(), p)));
  const output = identity(files.output);
  const errors = identity(files.errors);
  if (output !== null && output === errors) throw new InputError('--output and --errors must be different files');
  const kept: InputSource[] = [];
  for (const source of sources) {
    if (source.kind !== 'file') {
      kept.push(source);
      continue;
    }
    if (errors !== null && source.identity === errors) {
      throw new InputError(`--errors ${files.errors} is also an input (${source.source}): writing it would destroy that input; choose another file`);
    }
    if (output !== null && source.identity === output) {
      if (files.resume && source.inDirectory) continue;
      const hint = source.inDirectory ? ', or add --resume to continue an earlier output there' : '';
      throw new InputError(`-o ${files.output} is also an input (${source.source}): writing it would destroy that input; choose another output${hint}`);
    }
    kept.push(source);
  }
  return kept;
}
