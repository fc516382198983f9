import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_SWAPS } from '../../src/browser/swaps.js';
import { BUILTIN_FILES, JIEBA_FILE, loadPackageFiles, MODEL_FILE, RULE_FILES } from '../../src/browser/packageData.js';
import { BUILTIN_DICTIONARY_FILES, loadBuiltinDictionary } from '../../src/dictionary/files.js';
import { loadRuleData } from '../../src/entities/builtinRules.js';
import { loadOrgModel } from '../../src/entities/learned/load.js';
import { loadBundledJieba } from '../../src/segment/jieba/nodeLoader.js';
import * as browserDictionary from '../../src/browser/swap/dictionaryFiles.js';
import * as browserRules from '../../src/browser/swap/ruleData.js';
import * as browserModel from '../../src/browser/swap/orgModel.js';
import * as browserJieba from '../../src/browser/swap/jiebaLoader.js';

// The browser build replaces the Node-only modules by twins that take the package files loaded
// through createAnalyzer({ load }). A twin must offer what its module offers and give the same
// data from the same files, or the browser build would silently analyse differently.
const root = fileURLToPath(new URL('../../', import.meta.url));
const src = join(root, 'src');

/** A digest of a value's structure and contents (typed arrays by their bytes; deep equality of big tables is slow). */
function fingerprint(value: unknown): string {
  const hash = createHash('sha1');
  const walk = (v: unknown): void => {
    if (ArrayBuffer.isView(v)) hash.update(`${v.constructor.name}:`).update(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
    else if (v instanceof Map) for (const [k, x] of v) (walk(k), walk(x));
    else if (v instanceof Set) for (const x of v) walk(x);
    else if (Array.isArray(v)) (hash.update(`[${v.length}`), v.forEach(walk));
    else if (typeof v === 'object' && v !== null) for (const k of Object.keys(v).sort()) (hash.update(`.${k}`), walk((v as Record<string, unknown>)[k]));
    else hash.update(`${typeof v}:${String(v)};`);
  };
  walk(value);
  return hash.digest('hex');
}

describe('browser twins of the Node-only modules', () => {
  // A twin may leave out what only Node code uses (cache folders, file lists); a name the
  // browser build imports and the twin lacks fails that build, so this checks the other way.
  it.each(Object.entries(BROWSER_SWAPS))('%s → %s exports nothing the Node module lacks', async (from, to) => {
    const node = Object.keys(await import(join(src, from)));
    const twin = Object.keys(await import(join(src, to)));
    expect(twin.length).toBeGreaterThan(0);
    expect(node).toEqual(expect.arrayContaining(twin));
  });

  it('lists the package files the Node loaders read, and they are in the package', () => {
    expect(BUILTIN_FILES).toEqual(BUILTIN_DICTIONARY_FILES.map((f) => `dict/entities/${f}`));
    for (const path of [...RULE_FILES, ...BUILTIN_FILES, JIEBA_FILE, MODEL_FILE]) expect(statSync(join(root, path)).size, path).toBeGreaterThan(0);
  });

  describe('with the package files loaded as bytes', () => {
    beforeAll(async () => {
      await loadPackageFiles((path) => new Uint8Array(readFileSync(join(root, path))), [JIEBA_FILE, MODEL_FILE, ...RULE_FILES, ...BUILTIN_FILES]);
    });

    it('gives the same rule data', () => {
      expect(fingerprint(browserRules.loadRuleData())).toBe(fingerprint(loadRuleData()));
    });

    it('gives the same learned model', () => {
      expect(fingerprint(browserModel.loadOrgModel())).toBe(fingerprint(loadOrgModel()));
    });

    it('gives the same jieba dictionary', () => {
      expect(fingerprint(browserJieba.loadBundledJieba().tables)).toBe(fingerprint(loadBundledJieba().tables));
    });

    it('gives the same built-in organisation dictionary', () => {
      const twin = browserDictionary.loadBuiltinDictionary();
      const node = loadBuiltinDictionary();
      expect(fingerprint(twin.names)).toBe(fingerprint(node.names));
      for (const name of ['华为技术有限公司', '国家发展和改革委员会', '中国人民银行']) expect(twin.trie.get(name)).toBe(node.trie.get(name));
    });
  });
});
