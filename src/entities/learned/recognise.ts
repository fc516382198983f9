/**
 * Runs the learned recogniser over the windows of a text where a name is plausible (see
 * `windows.ts`) and returns its spans in text offsets. The tagger and the training script's
 * held-out scoring call this same function, so the figures measure what users get.
 */
import type { Entity } from '../../core/types.js';
import type { RuleData } from '../ruleData.js';
import { tokenArraysOf, type TokensLike } from '../tokenIndex.js';
import { extractFeatures, FEATURES_PER_CHAR } from './features.js';
import { decode, LABELS, spansOf, type LearnedSpan, type OrgModel } from './model.js';
import { plausibleWindows } from './windows.js';

// feature rows and labels, reused between calls (recognition is synchronous)
let rows = new Int32Array(0);
let labels = new Uint8Array(0);
let sums = new Float64Array(0);

/**
 * The recogniser's spans of `text`, sorted and disjoint (`suffixAt`: the text's suffix matches,
 * `tokenAt`: the token covering each character, when the tagger made them already).
 *
 * @example
 * recogniseSpans(loadOrgModel()!, '中石油管道等重点项目', tokens, ruleEntities, loadRuleData())
 * //=> [{ start: 0, end: 5, type: 'enterprise' }]
 */
export function recogniseSpans(
  model: OrgModel,
  text: string,
  tokensLike: TokensLike,
  ruleEntities: readonly Entity[],
  rules: RuleData,
  suffixAt?: Int32Array,
  tokenAt?: Int32Array,
): LearnedSpan[] {
  const tokens = tokenArraysOf(tokensLike);
  const windows = plausibleWindows(text, tokens, ruleEntities, rules, tokenAt);
  const out: LearnedSpan[] = [];
  const input = { text, tokens, ruleEntities, rules, suffixAt, tokenAt };
  for (let w = 0; w < windows.length; w += 2) {
    const from = windows[w] as number;
    const to = windows[w + 1] as number;
    const n = to - from;
    if (rows.length < n * FEATURES_PER_CHAR) rows = new Int32Array(Math.max(n * FEATURES_PER_CHAR, rows.length * 2));
    if (labels.length < n) labels = new Uint8Array(Math.max(n, labels.length * 2));
    if (sums.length < n * LABELS) sums = new Float64Array(Math.max(n * LABELS, sums.length * 2));
    // the emission sums are made with the features (see EmissionSums): the weight reads overlap that work
    extractFeatures(input, model.bits, rows, from, to, { weights: model.weights, sums });
    spansOf(decode(model, rows, n, text, from, labels, sums), n, from, out);
  }
  return out;
}
