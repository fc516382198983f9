/**
 * Combines the rule tagger's entities with the learned recogniser's spans. The recogniser sees
 * the rule answers as features, so its spans are the decision; a rule entity with exactly the
 * same span is kept as it is (it carries the canonical name and id), and a dictionary or alias
 * hit the recogniser did not touch at all stays (a listed short form like 北大 is known, not guessed).
 */
import type { Entity, EntitySubtype } from '../../core/types.js';
import { CompactTrie } from '../../dictionary/trie.js';
import { defaultSubtype } from '../../dictionary/types.js';
import { NEVER_STARTS_NAME } from '../../lexicon/nameBoundaries.js';
import { isGenericMention } from '../genericMention.js';
import type { RuleData } from '../ruleData.js';
import { coveringToken, tokenArraysOf, tokenWithEdge, type TokenArrays, type TokensLike } from '../tokenIndex.js';
import { TagClass } from '../../segment/tagSet.js';
import type { LearnedSpan } from './model.js';

/** Subtype of a learned name: the one of its organisation suffix (…医院 → hospital), else the type's default. */
function subtypeOf(text: string, span: LearnedSpan, rules: RuleData): EntitySubtype {
  for (let i = span.start; i < span.end; i++) {
    const m = rules.suffixTrie.packedLongestAt(text, i);
    if (m >= 0 && CompactTrie.endOf(m) === span.end) {
      const spec = rules.suffixes[CompactTrie.valueOf(m)];
      if (spec && spec.type === span.type) return spec.subtype;
    }
  }
  return defaultSubtype(span.type);
}

/** A company's own department after its name (…有限公司安全部): part of the company, not a name of its own. */
const DEPARTMENT = /^[\u4e00-\u9fff]{1,4}(部门|部|处|科|室|组)$/;

/** Word classes that never end a name: verbs, adverbs, function words, numerals, pronouns, time and place words. */
const NOT_NAME_END_POS = new Set(['v', 'vn', 'vd', 'd', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'r', 'm', 'q', 'f', 't', 'y', 'e', 'o', 'w', 'x']);
const NOT_NAME_END_TAGS = new TagClass((p) => NOT_NAME_END_POS.has(p));

/**
 * A learned span with the word-level edge rules applied: a first word that never starts a name
 * (时任, 战胜, see lexicon/nameBoundaries) is cut off, and an edge one character inside a word
 * (华安汽|车) moves to the word's edge. Null when nothing is left.
 */
function cleanEdges(text: string, s: LearnedSpan, tokens: TokenArrays): LearnedSpan | null {
  if (tokens.length === 0) return s;
  const { starts, ends } = tokens;
  let { start, end } = s;
  const first = coveringToken(tokens, start);
  if (first >= 0) {
    const fStart = starts[first] as number;
    const fEnd = ends[first] as number;
    if (fStart === start && fEnd < end && NEVER_STARTS_NAME.has(text.slice(fStart, fEnd))) start = fEnd;
    if (fStart < start && start - fStart === 1 && fEnd <= end) start = fStart;
  }
  const last = coveringToken(tokens, end - 1);
  if (last >= 0 && (ends[last] as number) > end && (ends[last] as number) - end === 1 && (starts[last] as number) >= start) end = ends[last] as number;
  return end > start ? { start, end, type: s.type } : null;
}

/**
 * The learned spans the rules do not overrule: where a learned span cuts into a segmenter token
 * (开|发区 in 开发区行政审批局), cuts or crosses a listed name, or runs on past a rule name over
 * a verb or function word, the rule names stand (a name's edges are word edges); an enterprise followed by one of its departments stays the
 * enterprise alone; a generic head with no name is dropped.
 */
function trustedSpans(text: string, ruleEntities: readonly Entity[], learned: readonly LearnedSpan[], tokens: TokenArrays, rules: RuleData): LearnedSpan[] {
  if (learned.length === 0) return [];
  const out: LearnedSpan[] = [];
  // both lists are sorted and disjoint: one pointer finds each span's overlaps (a whole archive
  // may be one document, so no scan of all rule names per span)
  let first = 0;
  for (const raw of learned) {
    const s = cleanEdges(text, raw, tokens);
    if (s === null) continue;
    while (first < ruleEntities.length && (ruleEntities[first] as Entity).end <= s.start) first++;
    const overlapping: Entity[] = [];
    for (let k = first; k < ruleEntities.length && (ruleEntities[k] as Entity).start < s.end; k++) overlapping.push(ruleEntities[k] as Entity);
    const cutsWord = overlapping.length > 0 && tokens.length > 0 && !(tokenWithEdge(tokens, s.start, 'start') >= 0 && tokenWithEdge(tokens, s.end, 'end') >= 0);
    // a listed name is never cut or crossed, only extended (中石油 → 中石油管道)
    const cutsListed = overlapping.some((e) => e.source !== 'rule' && (e.start < s.start || e.end > s.end));
    // nor is a name extended over a verb or function word after it (安监局 组织 检查)
    const last = coveringToken(tokens, s.end - 1);
    const runsOn = last >= 0 && overlapping.some((e) => e.end < s.end) && NOT_NAME_END_TAGS.of(tokens)[tokens.tags[last] as number] === 1;
    if (overlapping.length > 0 && (cutsWord || cutsListed || runsOn)) {
      for (const e of overlapping) out.push({ start: e.start, end: e.end, type: e.type });
      continue;
    }
    // a generic head with no name (地方政府, 警方) the rules left alone stays unnamed
    if (overlapping.length === 0 && isGenericMention(text, s.start, s.end, rules)) continue;
    const company = overlapping.find((e) => e.type === 'enterprise' && e.start === s.start && e.end < s.end);
    if (company && DEPARTMENT.test(text.slice(company.end, s.end))) {
      out.push({ start: company.start, end: company.end, type: company.type });
      continue;
    }
    out.push(s);
  }
  // rule names put back may overlap a neighbour: keep the first of overlapping spans
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const clean: LearnedSpan[] = [];
  for (const s of out) if (clean.length === 0 || (clean[clean.length - 1] as LearnedSpan).end <= s.start) clean.push(s);
  return clean;
}

/**
 * The merged, sorted, non-overlapping entities.
 *
 * @example
 * mergeLearned('卫生部营养与食品研究所', [卫生部 (dictionary)], [{ start: 0, end: 11, type: 'institution' }], rules)
 * //=> one entity 卫生部营养与食品研究所, source 'model'
 */
export function mergeLearned(
  text: string,
  ruleEntities: readonly Entity[],
  learned: readonly LearnedSpan[],
  rules: RuleData,
  tokens: TokensLike = [],
  policy: 'model' | 'hybrid' | 'rules' = 'hybrid',
): Entity[] {
  const spans = trustedSpans(text, ruleEntities, learned, tokenArraysOf(tokens), rules);
  if (policy === 'rules') {
    const kept = [...ruleEntities];
    let j = 0;
    for (const s of spans) {
      while (j < ruleEntities.length && (ruleEntities[j] as Entity).end <= s.start) j++;
      const e = ruleEntities[j];
      if (e && e.start < s.end) continue;
      kept.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), type: s.type, subtype: subtypeOf(text, s, rules), canonical: text.slice(s.start, s.end), source: 'model' });
    }
    return kept.sort((a, b) => a.start - b.start);
  }
  const out: Entity[] = [];
  let k = 0;
  let j = 0;
  for (const s of spans) {
    while (j < ruleEntities.length && (ruleEntities[j] as Entity).end <= s.start) j++;
    let same: Entity | undefined;
    for (let x = j; x < ruleEntities.length && (ruleEntities[x] as Entity).start < s.end; x++) if ((ruleEntities[x] as Entity).start === s.start && (ruleEntities[x] as Entity).end === s.end) same = ruleEntities[x];
    if (same) out.push(same.type === s.type ? same : { ...same, type: s.type, subtype: subtypeOf(text, s, rules) });
    else out.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), type: s.type, subtype: subtypeOf(text, s, rules), canonical: text.slice(s.start, s.end), source: 'model' });
  }
  for (const e of ruleEntities) {
    if (e.source === 'rule' && policy === 'model') continue;
    while (k < spans.length && (spans[k] as LearnedSpan).end <= e.start) k++;
    const next = spans[k];
    if (next && next.start < e.end) continue;
    out.push(e);
  }
  return out.sort((a, b) => a.start - b.start);
}
