/**
 * Keywords by TF-IDF, with document frequencies learned from the archive itself as it streams.
 *
 * Semantics (streaming, ordered output): documents are counted in input order. The first
 * `warmup` documents (default 1000) are held back until all of them have been counted, then
 * each gets its keywords from the frequencies over those `warmup` documents; every later
 * document gets them from the frequencies over all documents up to and including itself. For
 * an archive no longer than `warmup` this is exact TF-IDF over the whole archive; for longer
 * ones later documents see more of it. Results do not depend on the number of workers.
 *
 * Score: `tf × idf` with `tf` the raw count of the term in the document and
 * `idf = 1 + ln(N / (1 + df))` (the formula of natural's TfIdf), ties broken by term.
 */
import type { Token } from '../core/types.js';
import type { Keyword } from './types.js';

/** Jieba tags whose words are never keywords: punctuation, numerals, measure words, pronouns, function words, time and place words. */
const SKIP_POS = /^(x|w|m|mq|q|r|rr|rz|p|c|u|uj|ul|uv|uz|ug|ud|d|e|y|o|f|t|tg|zg|k|h)$/;

const STOP_WORDS = new Set(
  (
    '我们 你们 他们 她们 它们 这个 那个 这些 那些 这样 那样 这里 那里 一个 一些 一种 没有 可以 已经 表示 进行 以及 ' +
    '目前 如果 因为 所以 但是 还是 就是 自己 什么 时候 其中 通过 对于 同时 还有 不是 之后 之前 今年 去年 明年 ' +
    '记者 报道 日电 新华社 有关 相关 方面 问题 工作 情况 表明 认为 指出 介绍 据悉 此外 另外 而且 并且 或者 以上 以下 ' +
    '不断 进一步 主要 重要 必须 需要 应该 能够 可能 开展 实现 推进 加强 提高 发展 建设'
  ).split(' '),
);

const HAS_WORD_CHAR = /[\p{Script=Han}\p{L}]/u;
const DIGITS_AND_MARKS = /^[\p{N}\p{P}\p{S}\s]+$/u;

/**
 * Whether a token may be a keyword: two characters or more, with a letter or Han character,
 * not a stop word, and not of a skipped part of speech (punctuation, numerals, function words…).
 *
 * @example
 * isKeywordToken({ text: '开发区', pos: 'n', start: 0, end: 3 }) //=> true
 * isKeywordToken({ text: '1.8亿', pos: 'm', start: 0, end: 5 }) //=> false
 */
export function isKeywordToken(token: Pick<Token, 'text' | 'pos'>): boolean {
  const text = token.text;
  if ([...text].length < 2) return false;
  if (SKIP_POS.test(token.pos)) return false;
  if (DIGITS_AND_MARKS.test(text) || !HAS_WORD_CHAR.test(text)) return false;
  return !STOP_WORDS.has(text);
}

/**
 * Counts the keyword candidates of one document (term → count), sorted by term so the result
 * is the same whatever the thread.
 *
 * @example
 * documentTerms([{ text: '开发区', pos: 'n', start: 0, end: 3 }, { text: '，', pos: 'x', start: 3, end: 4 }])
 * //=> [['开发区', 1]]
 */
export function documentTerms(tokens: readonly Pick<Token, 'text' | 'pos'>[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const token of tokens) {
    if (!isKeywordToken(token)) continue;
    const term = token.text.toLowerCase();
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * Document frequencies over a stream: `add()` each document's terms once, `idf()` reads them.
 * Memory is bounded: beyond `maxTerms` (default 500 000) distinct terms the rarest (df = 1, then 2, …) are
 * dropped, so a dropped term counts as df = 0 afterwards (its idf is slightly overstated).
 *
 * @example
 * const df = new DocumentFrequencies();
 * df.add([['开发区', 2]]); df.add([['投资', 1]]);
 * df.idf('开发区') //=> 1 + Math.log(2 / 2)
 */
export class DocumentFrequencies {
  private readonly df = new Map<string, number>();
  private docs = 0;

  constructor(private readonly maxTerms = 500_000) {}

  /** Number of documents counted. */
  get documents(): number {
    return this.docs;
  }

  /** Counts one document. */
  add(terms: readonly (readonly [string, number])[]): void {
    this.docs++;
    for (const [term] of terms) this.df.set(term, (this.df.get(term) ?? 0) + 1);
    if (this.df.size > this.maxTerms) this.prune();
  }

  /** `1 + ln(N / (1 + df))`, as natural's TfIdf. */
  idf(term: string): number {
    return 1 + Math.log(this.docs / (1 + (this.df.get(term) ?? 0)));
  }

  /** Top `n` terms of a document by `count × idf`, ties by term. */
  top(terms: readonly (readonly [string, number])[], n: number): Keyword[] {
    const scored = terms.map(([term, count]) => ({ term, score: count * this.idf(term) }));
    scored.sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    return scored.slice(0, n).map((k) => ({ term: k.term, score: Math.round(k.score * 1e4) / 1e4 }));
  }

  private prune(): void {
    for (let limit = 1; this.df.size > this.maxTerms * 0.8; limit++) {
      for (const [term, df] of this.df) if (df <= limit) this.df.delete(term);
    }
  }
}

/**
 * Adds keywords to an ordered stream of outcomes with the warm-up semantics described in this
 * module: holds the first `warmup` items, then passes each on with its keywords. `terms` reads
 * an item's term counts (null for failures, which are passed on untouched).
 *
 * @example
 * for await (const item of withKeywords(outcomes, (o) => o.terms ?? null, (o, k) => ({ ...o, keywords: k }), { top: 5 })) …
 */
export async function* withKeywords<T, U>(
  items: AsyncIterable<T>,
  terms: (item: T) => readonly (readonly [string, number])[] | null,
  attach: (item: T, keywords: Keyword[] | null) => U,
  options: { readonly top: number; readonly warmup?: number },
): AsyncGenerator<U> {
  const df = new DocumentFrequencies();
  const warmup = Math.max(0, options.warmup ?? 1000);
  let held: T[] | null = [];
  const finish = (item: T): U => {
    const t = terms(item);
    return attach(item, t ? df.top(t, options.top) : null);
  };
  for await (const item of items) {
    const t = terms(item);
    if (t) df.add(t);
    if (held) {
      held.push(item);
      if (df.documents >= warmup) {
        for (const h of held) yield finish(h);
        held = null;
      }
      continue;
    }
    yield finish(item);
  }
  if (held) for (const h of held) yield finish(h);
}
