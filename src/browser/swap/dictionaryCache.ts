// Browser build of dictionary/cache.ts: no dictionary files and no snapshot folder.
import type { DictionaryCacheOptions, DictionarySource, LoadedLayer } from '../../dictionary/cache.js';

import { dictionaryFilesNeedNode } from '../packageData.js';

export type { DictionaryCacheOptions, DictionarySource, LoadedLayer };

/** Always throws: dictionary files need Node (pass entries instead). */
export function loadDictionaryLayer(_sources: readonly DictionarySource[], _options?: { readonly cache?: DictionaryCacheOptions | false; readonly validate?: boolean }): LoadedLayer {
  return dictionaryFilesNeedNode();
}
