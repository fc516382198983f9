/**
 * The modules the browser build replaces: source module → its browser twin in `swap/` (same
 * exports). Read by tsup.config.ts (the browser bundle) and by test/package (every swap exists
 * and exports what the module it replaces exports). Paths are relative to `src/`.
 */
export const BROWSER_SWAPS: Readonly<Record<string, string>> = {
  'segment/jieba/nodeLoader.ts': 'browser/swap/jiebaLoader.ts',
  'segment/nativeBackends.ts': 'browser/swap/nativeBackends.ts',
  'entities/builtinRules.ts': 'browser/swap/ruleData.ts',
  'entities/learned/load.ts': 'browser/swap/orgModel.ts',
  'dictionary/files.ts': 'browser/swap/dictionaryFiles.ts',
  'dictionary/cache.ts': 'browser/swap/dictionaryCache.ts',
  'dictionary/index.ts': 'browser/swap/dictionaryIndex.ts',
};
