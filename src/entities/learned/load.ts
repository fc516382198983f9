/** File access of the learned recogniser: reads `dict/model/orgs.bin` once per process. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { entityDictDir } from '../../dictionary/files.js';
import { decodeModel, type OrgModel } from './model.js';

let cached: OrgModel | null | undefined;

/** Path of the shipped weights. */
export function orgModelPath(): string {
  return join(dirname(entityDictDir()), 'model', 'orgs.bin');
}

/**
 * The shipped weights of the learned recogniser, or null when the package has none (the tagger
 * then runs its rules and dictionaries alone).
 *
 * @example
 * loadOrgModel()?.bits //=> 17
 */
export function loadOrgModel(): OrgModel | null {
  if (cached !== undefined) return cached;
  const path = orgModelPath();
  cached = existsSync(path) ? decodeModel(new Uint8Array(readFileSync(path))) : null;
  return cached;
}
