/**
 * Words that never start an organisation name, by class, each with the reason. A name's left
 * edge found by extending leftwards from its suffix stops before any of them, however the
 * segmenter tags them (jieba calls 原 and 电 nouns, 现任 a verb or a noun).
 */

/** Tenure words: they say when a person held a post in the organisation that follows (现任北京教育学院院长). */
const TENURE = ['现任', '时任', '曾任', '历任', '原任', '兼任', '前任', '继任', '升任', '调任', '出任', '转任', '就任', '离任', '卸任', '原', '前', '现'];

/** Match results: a verb between two teams (中国队战胜德国队) belongs to the sentence. */
const MATCH_RESULT = ['战胜', '击败', '负于', '输给', '不敌', '战平', '逼平', '力克', '击溃', '大胜', '完胜', '险胜', '横扫', '憾负', '惜败', '迎战', '对阵', '对战', '挑战', '淘汰'];

/** Lawsuits: 诉 joins the parties of a case (张某诉某某公司). */
const LAWSUIT = ['诉', '起诉', '状告', '控告', '申诉', '上诉'];

/** Datelines: 新华社北京1月5日电, 本报讯; the news agency and place come before, the name after. */
const DATELINE = ['电', '讯', '专电', '报道'];

/** Reporting and framing words before a name (据 …, 经 …, 由 … 主办). */
const FRAMING = ['据', '经', '由', '向', '对', '与', '和', '同', '跟', '给', '让', '被', '把', '从', '在', '于'];

/**
 * Every word of the classes above.
 *
 * @example
 * NEVER_STARTS_NAME.has('时任') //=> true
 */
export const NEVER_STARTS_NAME: ReadonlySet<string> = new Set([...TENURE, ...MATCH_RESULT, ...LAWSUIT, ...DATELINE, ...FRAMING]);

/**
 * Multi-character words of the classes above, for the character fallback (no tokens), where a
 * one-character word like 原 may as well be the first character of a name (原子能研究院).
 *
 * @example
 * leadingNonName('时任全国人大常委会') //=> 2
 */
export function leadingNonName(name: string): number {
  for (let len = 3; len >= 2; len--) if (name.length > len && NEVER_STARTS_NAME.has(name.slice(0, len))) return len;
  return 0;
}
