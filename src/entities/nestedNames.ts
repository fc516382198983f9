/**
 * Nested names: a unit of an organisation is named after its parent, `[parent][unit name][unit
 * head]` (卫生部 营养与食品 研究所, 联合国 拉美与 加勒比经济委员会, 北京市体委 场馆 处). The longest
 * well-formed name wins; the parent inside it is no entity of its own there (where the parent
 * stands alone elsewhere in the text, that mention stays).
 */
import type { Entity, EntitySubtype, EntityType } from '../core/types.js';
import { CompactTrie } from '../dictionary/trie.js';
import { NEVER_STARTS_NAME } from '../lexicon/nameBoundaries.js';
import type { RuleData } from './ruleData.js';
import { tokenArraysOf, tokenWithEdge, type TokenArrays, type TokensLike } from './tokenIndex.js';
import { TagClass } from '../segment/tagSet.js';

/** Most words of a unit's own name between the parent and the head (营养 与 食品). */
const MAX_WORDS = 3;
/** Most characters of it. */
const MAX_CHARS = 10;
/**
 * One-character heads of a unit inside an organisation (处, 科, 室…): no suffix alone (处 is
 * also "place", 室 "room"), but right after a parent and a unit name they close the unit.
 */
const UNIT_HEADS = new Set([...'处科室组部局所厅办队站']);
/** Conjunctions that join two words of one unit name (营养与食品); at most one per name. */
const JOINERS = new Set(['与', '和', '及']);

/** Word classes that may name a unit: nouns (n…) and abbreviations (j), not a person's name (海军太平洋舰队司令巴克). */
const NAME_WORD_TAGS = new TagClass((p) => (p.charCodeAt(0) === 0x6e /* n… */ || p === 'j') && p !== 'nr' && p !== 'nrt' && p !== 'nrfg');

/** A word that may be part of a unit's own name: a noun (营养, 食品, 场馆), a place or name (拉美, 加勒比), an abbreviation. */
function isNameWord(word: string, nameTag: boolean, rules: RuleData): boolean {
  return nameTag && !rules.notNames.has(word) && !NEVER_STARTS_NAME.has(word);
}

/** The organisation suffix that ends the word `[start, end)` exactly (研究所, 食品研究所 → 研究所), or null. */
function suffixEnding(text: string, start: number, end: number, rules: RuleData): { type: EntityType; subtype: EntitySubtype; whole: boolean } | null {
  for (let i = start; i < end; i++) {
    const m = rules.suffixTrie.packedLongestAt(text, i);
    if (m >= 0 && CompactTrie.endOf(m) === end) {
      const spec = rules.suffixes[CompactTrie.valueOf(m)];
      if (!spec || spec.type === 'none') return null;
      // as the suffix rules: a word with the suffix inside it that is no name (大厅, 格局, 餐厅) closes no unit;
      // the bare suffix word (研究所) closes one, the unit's own words before it are the name
      if (i > start) {
        if (spec.token && end - start === 2) return null;
        if (rules.notNames.has(text.slice(start, end)) || rules.notNames.has(text.slice(end - 2, end)) || rules.notNames.has(text.slice(end - 3, end))) return null;
      }
      return { type: spec.type, subtype: spec.subtype, whole: i === start };
    }
  }
  return null;
}

/** How a unit ends: the offset after its head, its type, and the entity it absorbs (if any). */
interface UnitEnd {
  readonly end: number;
  readonly type: EntityType;
  readonly subtype: EntitySubtype;
  readonly absorbs: number;
}

/**
 * The unit named right after entity `a`, or null: one to three name words (no verb: 中国队 战胜
 * 德国队 is two names; no person) with at most one
 * conjunction between two of them, then a head: a found name (加勒比经济委员会), a word ending in
 * an organisation suffix (研究所) or a one-character unit head (处, also 处 of 处处长 "head of 处").
 */
function unitAfter(text: string, tokens: TokenArrays, entities: readonly Entity[], a: number, rules: RuleData): UnitEnd | null {
  const parent = entities[a] as Entity;
  let k = tokenWithEdge(tokens, parent.end, 'start');
  if (k < 0) return null;
  const { starts, ends, tags } = tokens;
  const nameTags = NAME_WORD_TAGS.of(tokens);
  let words = 0;
  let joined = false;
  let afterJoiner = false;
  const next = entities[a + 1];
  for (; k < tokens.length; k++) {
    const tStart = starts[k] as number;
    const tEnd = ends[k] as number;
    if (tStart - parent.end > MAX_CHARS) return null;
    // a found name right here closes the unit (after at least one word of the unit's own name)
    // only when its first word is the second of two joined ones (拉美与 加勒比经济委员会) or the rules
    // built it and stopped at the parent; two listed names with a word between (对外贸易经济合作部 经商
    // 外交部) stay two
    if (next && next.start === tStart) {
      const joinedInto = afterJoiner && words > 0;
      return joinedInto || (words > 0 && next.source === 'rule') ? { end: next.end, type: next.type, subtype: next.subtype, absorbs: a + 1 } : null;
    }
    if (next && next.start < tEnd) return null; // a found name starts inside this word
    const word = text.slice(tStart, tEnd);
    if (afterJoiner || words > 0) {
      const sfx = suffixEnding(text, tStart, tEnd, rules);
      if (sfx && (words > 0 || !sfx.whole)) return { end: tEnd, type: sfx.type, subtype: sfx.subtype, absorbs: -1 };
      // 处 alone, or 处 of 处处长 / 科科长 (the unit, then its head's title)
      const c = word.charAt(0);
      if (words > 0 && UNIT_HEADS.has(c) && (word.length === 1 || word === `${c}${c}长`)) {
        return { end: tStart + 1, type: parent.type, subtype: parent.subtype, absorbs: -1 };
      }
    }
    if (JOINERS.has(word)) {
      if (joined || words === 0) return null;
      joined = true;
      afterJoiner = true;
      continue;
    }
    if (!isNameWord(word, nameTags[tags[k] as number] === 1, rules) || words >= MAX_WORDS) return null;
    words++;
    afterJoiner = false;
  }
  return null;
}

/**
 * The entities with each parent followed by a named unit replaced by the whole unit name
 * (sorted, disjoint, like the input). Without tokens nothing changes (words decide the unit).
 *
 * @example
 * composeNested('卫生部营养与食品研究所的专家', tokens, [卫生部], rules).map((e) => e.text)
 * //=> ['卫生部营养与食品研究所']
 */
export function composeNested(text: string, tokensLike: TokensLike, entities: readonly Entity[], rules: RuleData): Entity[] {
  if (tokensLike.length === 0 || entities.length === 0) return entities as Entity[];
  const tokens = tokenArraysOf(tokensLike);
  const out: Entity[] = [];
  for (let a = 0; a < entities.length; a++) {
    const parent = entities[a] as Entity;
    const unit = unitAfter(text, tokens, entities, a, rules);
    // a company's own department (…公司技术部) is part of the company, not a name (see learned/merge)
    if (!unit || (parent.type === 'enterprise' && unit.type !== 'enterprise')) {
      out.push(parent);
      continue;
    }
    const name = text.slice(parent.start, unit.end);
    out.push({ start: parent.start, end: unit.end, text: name, type: unit.type, subtype: unit.subtype, canonical: name, source: 'rule' });
    if (unit.absorbs > a) a = unit.absorbs;
  }
  return out;
}
