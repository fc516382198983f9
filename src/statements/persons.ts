/**
 * People who own a figure in news: an executive's pay, a holder's stake, a trader's loss or fine,
 * a saver's deposit (刘姝威年薪将翻倍至60万元, 徐晗坤…倒亏近177万, 实际控制人周晓光、虞云新…购买…3套).
 * jieba also tags common words as names (毛利2.35亿港元, 修正2017年业绩预告) and cuts foreign
 * names (杜特|尔特): a "name" with a number right after it, or with more name after it, is none.
 * One pass per sentence.
 */
import { isClauseBreak } from './sentenceView.js';
import { charTest, type Words } from './words.js';

/** A person named in a sentence. */
export interface PersonMention {
  /** Token index of the name's first token. */
  readonly at: number;
  /** Offset of the name in the text. */
  readonly offset: number;
  /** The name, or names listed with 、 (周晓光、虞云新). */
  readonly name: string;
}

// Verbs of saying: a person before them speaks about figures, they are not the person's own.
const SPEECH_VERBS = new Set(['希望', '建议', '呼吁', '表示', '称', '认为', '说', '指出', '介绍', '告诉', '透露', '坦言', '强调', '预计', '分析']);
// Single characters that end a name rather than continue it (郁亮的…, 刘某在…).
const NOT_IN_NAME = new Set(['的', '在', '是', '和', '与', '及', '将', '已', '也', '都', '还', '就', '被', '对', '向', '从', '以', '等', '为', '了', '各']);
// Roles written right before a person's name (实际控制人周晓光, 董事长刘昕): the name still opens the phrase.
const ROLE_BEFORE = /(?:控制人|实控人|董事长|总经理|总裁|创始人|高管|董事|股东|董秘|行长|法人代表|客户)$/u;

/**
 * People in tokens `[first, last)` who open a clause (after a comma or a headline's space) or
 * follow a role noun: a personal name as jieba tags it (刘姝威/nr), or a surname (nr) with one
 * or two single characters after it (徐/nr 晗/g 坤/ns), two or three characters long, not
 * followed by a verb of saying. Names listed with 、 form one mention.
 *
 * @example
 * clausePersons(text, words, first, last) //=> [{ at: 12, offset: 30, name: '徐晗坤' }]
 */
export function clausePersons(text: string, words: Words, first: number, last: number): PersonMention[] {
  const found: { at: number; name: string; end: number }[] = [];
  const headlineEnd = text.indexOf('\n');
  let clauseOpen = true;
  for (let k = first; k < last; k++) {
    if (isClauseBreak(words, k)) {
      clauseOpen = true;
      continue;
    }
    // Only a name (nr) can open a mention: what opens the next clause is all that matters otherwise.
    const wasClauseOpen = clauseOpen;
    clauseOpen = false;
    if (words.pos(k) !== 'nr') continue;
    const start = words.start(k);
    // Headlines join their parts with a space (…加薪水 刘姝威年薪将翻倍): a new part opens a clause.
    const afterSpace = k > first && start < headlineEnd && k - 1 >= 0 && words.end(k - 1) < start && allSpace(text, words.end(k - 1), start);
    // After a role only a full three-character name counts: jieba also tags verbs as names (独立董事加薪).
    const open = wasClauseOpen || afterSpace || ROLE_BEFORE.test(text.slice(Math.max(0, start - 4), start));
    const wasOpen = wasClauseOpen || afterSpace;
    if (!open) continue;
    const person = readName(words, k, last);
    if (!person || (!wasOpen && person.name.length < 3)) continue;
    // 周晓光、虞云新: a second name right after 、 joins the first.
    const before = found[found.length - 1];
    if (before && before.end + 1 === k && words.isChar(before.end, 0x3001)) {
      found[found.length - 1] = { at: before.at, name: `${before.name}、${person.name}`, end: person.end };
    } else found.push({ at: k, name: person.name, end: person.end });
    // A listed name continues after 、.
    if (person.end < words.length && words.isChar(person.end, 0x3001)) {
      clauseOpen = true;
      k = person.end;
    } else k = person.end - 1;
  }
  return found.map(({ at, name }) => ({ at, offset: words.start(at), name }));
}

const spaceChar = charTest(/^\s$/u);
const hanChar = charTest(/^\p{Script=Han}$/u);

/** True when `text[from, to)` is all white space (and not empty). */
function allSpace(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (!spaceChar(text.charCodeAt(i))) return false;
  return true;
}

function readName(words: Words, k: number, last: number): { name: string; end: number } | null {
  let end = k + 1;
  let length = words.size(k);
  if (length === 1) {
    while (end < last && end < k + 3 && words.size(end) === 1 && hanChar(words.text.charCodeAt(words.start(end))) && !NOT_IN_NAME.has(words.word(end))) length += words.size(end++);
  }
  const after = end < words.length ? end : -1;
  if (length < 2 || length > 3 || (after >= 0 && SPEECH_VERBS.has(words.word(after)))) return null;
  // 毛利2.35亿港元: a word with its number glued after it is a measure, not a person; 杜特|尔特: a cut name.
  if (after >= 0 && words.start(after) === words.end(end - 1) && (words.pos(after) === 'm' || words.pos(after) === 'nrt' || /^[0-9０-９]/u.test(words.word(after)))) return null;
  let name = '';
  for (let j = k; j < end; j++) name += words.word(j);
  return { name, end };
}

/** The last person named before token `qStart` in the sentence, with the name's offset; null when none. */
export function personAt(persons: readonly PersonMention[], qStart: number): { name: string; offset: number } | null {
  let lo = 0;
  let hi = persons.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (persons[mid]!.at < qStart) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? { name: persons[lo - 1]!.name, offset: persons[lo - 1]!.offset } : null;
}
