/**
 * Document-local aliases: a name declared with （以下简称“X”）, the distinctive stem of a full
 * company name (北京热景生物技术股份有限公司 → 热景生物), and a later shorter mention that is the
 * tail of an earlier one (开发区安监局 after 廊坊开发区安监局) all resolve to the full name.
 */
import type { Candidate } from './candidate.js';
import type { RuleData } from './ruleData.js';
import { isBoundary, type TokenIndex } from './tokenIndex.js';

const DECLARED = /^\s*[(（]\s*(?:以下|下文|下)?(?:简称|称)\s*[:：]?\s*[“"「『‘']?([^”"」』’'()（）,，。;；]{2,16}?)[”"」』’']?\s*[)）]/;
const FORMS = /(?:股份有限公司|有限责任公司|有限公司|股份公司|集团公司|总公司|公司|集团)$/;
const PLACE_BRACKET = /[(（][^()（）]{1,8}[)）]/g;

/** True when code unit `c` may begin what {@link DECLARED} matches: a bracket, or white space (a superset of `\s`) before one. */
function mayOpenBracket(c: number): boolean {
  return c === 0x28 || c === 0xff08 || c <= 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

interface DocAlias {
  readonly key: string;
  readonly from: number; // only mentions at or after this offset
  readonly target: Candidate;
}

/** Stems of a full enterprise name, longest first, e.g. 热景生物技术, 热景生物, 热景. */
function stems(name: string, data: RuleData): string[] {
  let s = name.replace(PLACE_BRACKET, '').replace(FORMS, '');
  // strip a leading place name (北京, 廊坊市)
  const p = data.places.longestAt(s, 0);
  if (p && p.end < s.length - 1) s = s.slice(p.end);
  const out: string[] = [];
  let blindCuts = 0;
  while (s.length >= 3) {
    if (!data.generic.has(s) && data.places.get(s) < 0) out.push(s);
    // drop one trailing industry word at a time: a listed generic word (技术, 生物, 科技) or,
    // failing that, the last two characters (交通器材 → 交通 → name)
    let cut = 0;
    for (let len = Math.min(4, s.length - 2); len >= 2; len--) {
      if (data.generic.has(s.slice(-len))) {
        cut = len;
        break;
      }
    }
    if (cut === 0) {
      if (blindCuts >= 2) break;
      blindCuts++;
      cut = 2;
    }
    s = s.slice(0, -cut);
  }
  return out;
}

/**
 * Adds alias candidates for later mentions of entities already found in the document.
 *
 * @example
 * const found = [{ start: 0, end: 10, type: 'enterprise', subtype: 'company', canonical: '廊坊纽特科技有限公司', source: 'rule' }] as const;
 * findDocumentAliases('廊坊纽特科技有限公司(以下简称“纽特”)成立。纽特扩产。', found, null, loadRuleData())
 *   .map((c) => c.start) //=> [23]
 */
export function findDocumentAliases(text: string, found: readonly Candidate[], ix: TokenIndex | null, data: RuleData): Candidate[] {
  const aliases: DocAlias[] = [];
  for (const e of found) {
    // a declaration opens a bracket right after the name (white space aside): most names have none
    const m = mayOpenBracket(text.charCodeAt(e.end)) ? DECLARED.exec(text.slice(e.end, e.end + 30)) : null;
    if (m?.[1]) aliases.push({ key: m[1], from: e.end + m[0].length, target: e });
    if (e.type === 'enterprise' && e.source !== 'alias' && FORMS.test(e.canonical)) {
      for (const s of stems(e.canonical, data)) aliases.push({ key: s, from: e.end, target: e });
    }
  }
  if (aliases.length === 0) return [];
  // One pass over the text, trying only the keys that start with the character at hand: the
  // cost grows with the text, not with text × names (a whole archive may be one document).
  const byKey = new Map<string, DocAlias[]>();
  const byFirst = new Map<number, string[]>();
  // the first characters of the keys as a bitset: most characters of the text start none
  const firsts = new Uint32Array(2048);
  for (const a of aliases) {
    const list = byKey.get(a.key);
    if (list) list.push(a);
    else {
      byKey.set(a.key, [a]);
      const c = a.key.charCodeAt(0);
      byFirst.set(c, [...(byFirst.get(c) ?? []), a.key]);
      firsts[c >>> 5] = (firsts[c >>> 5] as number) | (1 << (c & 31));
    }
  }
  for (const list of byKey.values()) list.sort((x, y) => x.from - y.from);
  const out: Candidate[] = [];
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (((firsts[c >>> 5] as number) & (1 << (c & 31))) === 0) continue;
    const keys = byFirst.get(c);
    if (!keys) continue;
    for (const key of keys) {
      if (!text.startsWith(key, at)) continue;
      // the alias in force here: the latest one declared at or before this offset
      const list = byKey.get(key) as DocAlias[];
      let a: DocAlias | undefined;
      for (const x of list) if (x.from <= at) a = x;
      if (!a) continue;
      const end = at + key.length;
      // short keys must stand as whole words
      if (!ix || key.length > 3 || (isBoundary(ix, at) && isBoundary(ix, end))) {
        out.push({
          start: at,
          end,
          type: a.target.type,
          subtype: a.target.subtype,
          canonical: a.target.canonical,
          source: 'alias',
          ...(a.target.id !== undefined ? { id: a.target.id } : {}),
        });
      }
    }
  }
  return out;
}

/**
 * Resolves a rule-found mention that repeats the tail of an earlier, longer mention of the same
 * type (开发区安监局 after 廊坊开发区安监局) to the earlier one's canonical name.
 *
 * @example
 * resolveShortMentions([
 *   { start: 0, end: 8, type: 'institution', subtype: 'government', canonical: '廊坊开发区安监局', source: 'rule' },
 *   { start: 20, end: 26, type: 'institution', subtype: 'government', canonical: '开发区安监局', source: 'rule' },
 * ])[1]?.canonical //=> '廊坊开发区安监局'
 */
export function resolveShortMentions(entities: readonly Candidate[]): Candidate[] {
  // Only the names of rule mentions (4+ characters) are ever looked up: the tails of earlier
  // mentions are kept only when they are one of those, by type (the latest mention wins, as the
  // backward scan this replaces would have found it), in time linear in the mentions.
  const wanted = new Map<string, Set<string>>();
  let longest = 0;
  for (const e of entities) {
    if (e.source !== 'rule' || e.canonical.length < 4) continue;
    let set = wanted.get(e.type);
    if (!set) wanted.set(e.type, (set = new Set()));
    set.add(e.canonical);
    if (e.canonical.length > longest) longest = e.canonical.length;
  }
  if (wanted.size === 0) return [...entities];
  const tails = new Map<string, Map<string, Candidate>>();
  return entities.map((e) => {
    let out = e;
    const name = e.canonical;
    if (e.source === 'rule' && name.length >= 4) {
      const p = tails.get(e.type)?.get(name);
      if (p) out = { ...e, canonical: p.canonical, subtype: p.subtype, source: 'alias', ...(p.id !== undefined ? { id: p.id } : {}) };
    }
    const set = wanted.get(e.type);
    if (set) {
      for (let k = Math.max(1, name.length - longest); name.length - k >= 4; k++) {
        const tail = name.slice(k);
        if (!set.has(tail)) continue;
        let byTail = tails.get(e.type);
        if (!byTail) tails.set(e.type, (byTail = new Map()));
        byTail.set(tail, e);
      }
    }
    return out;
  });
}
