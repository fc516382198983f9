// Browser build of entities/learned/load.ts: the weights come from the loaded package files.
import { decodeModel, type OrgModel } from '../../entities/learned/model.js';
import { hasPackageFile, MODEL_FILE, packageFile } from '../packageData.js';

let cached: OrgModel | undefined;

/** Path of the weights inside the package. */
export function orgModelPath(): string {
  return MODEL_FILE;
}

/** The learned recogniser's weights when they were loaded, else null (rules and dictionaries alone). */
export function loadOrgModel(): OrgModel | null {
  if (!hasPackageFile(MODEL_FILE)) return null;
  cached ??= decodeModel(packageFile(MODEL_FILE));
  return cached;
}
