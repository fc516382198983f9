import type { Quantity } from '../core/types.js';
import { LABEL_WORDS } from '../lexicon/units.js';

// Counts in names and labels: 第十四届, 3号, and the lexicon's other label words; 周年 is a
// duration unit for numbers but here an anniversary (抗战胜利80周年), a label too.
const LABEL_UNITS = new Set([...LABEL_WORDS, '周年']);
const PLACE_COUNT_UNITS = new Set(['地', '国', '省', '市', '方', '区', '县']);
const SMALL_CN = /^[一二两三四五六七八九十]$/u;

/**
 * Quantities that are not statements though they carry a number: a count that only restates a
 * list of names just before it (京津两地, 中美两国), a lone 一 with a classifier (一根竹、一张纸,
 * 一次), a hotline or code written as a bare number (12345市民服务热线), labels (80周年,
 * 两个一百年).
 */
export function isNotStatement(q: Quantity, text: string, prevPos: string | undefined): boolean {
  const numeral = q.text.replace(q.unitText, '');
  if (LABEL_UNITS.has(q.unit)) return true;
  if (isDayOfMonth(q, text)) return true;
  // A class or grade: 30万吨级航道, 4A级景区, and the 升 of 1.01升级 (upgrade).
  if (text[q.end] === '级') return true;
  if (insideQuotedName(text, q)) return true;
  // 十六届人大二次会议, 六次全会: session numbers.
  if (q.unit === '次' && SESSION_AFTER.test(text.slice(q.end, q.end + 2))) return true;
  // A bare number with no unit, magnitude or bound word is a code or label, not an amount.
  if (q.unit === '' && DIGITS.test(q.text)) return true;
  if (q.comparator === 'eq' && q.value === 1 && q.unit !== 'rank' && q.text.charCodeAt(0) === 0x4e00 && numeral === '一') return true; // 一
  const small = SMALL_CN.test(numeral);
  if (small && PLACE_COUNT_UNITS.has(q.unit) && (prevPos === 'ns' || prevPos === 'j' || prevPos === 'nr')) return true;
  if (COUNTED_YEARS.test(q.text) && text.slice(Math.max(0, q.start - 1), q.start) === '个') return true;
  // A four-character slogan between punctuation marks (一核引领、三地协同).
  if (small && isSloganChunk(text, q)) return true;
  // 全国第一的企业: an attributive rank names a kind of thing, it does not rank anything.
  if (q.unit === 'rank' && ATTRIBUTIVE_RANK.test(text.slice(q.end, q.end + 40))) return true;
  return false;
}

const SESSION_AFTER = /^(?:会议|全会|会)/u;
const DIGITS = /^\d+$/u;
const COUNTED_YEARS = /^[一二两三四五六七八九十百千]+年$/u;
const ATTRIBUTIVE_RANK = /^(?:、[^，,。；;、]{0,6}第[一二三四五六七八九十\d]+)*的/u;

const CLAUSE_MARK = /[，,。；;！？!?：:]/u;
const CHUNK_EDGE = /[，,。；;、：:！？\s]/u;

function isSloganChunk(text: string, q: Quantity): boolean {
  if (q.start > 0 && !CHUNK_EDGE.test(text[q.start - 1]!)) return false;
  // Only a chunk of exactly four characters counts: look at most five ahead.
  let end = q.start;
  const stop = Math.min(text.length, q.start + 5);
  while (end < stop && !CHUNK_EDGE.test(text[end]!)) end++;
  return end - q.start === 4 && end > q.end && (end >= text.length || CHUNK_EDGE.test(text[end]!));
}

/**
 * A number inside a quoted name with other words (“15分钟就业服务圈”, “两廊两带两区”) is part of
 * the name; a quote that holds only the quantity (“零”的突破) still counts.
 */
function insideQuotedName(text: string, q: Quantity): boolean {
  // Names are short: look for the quotes within 12 characters on either side, never further.
  const open = lastIndexWithin(text, '“', q.start, 12);
  if (open < 0) return false;
  const between = text.slice(open + 1, q.start);
  if (between.includes('”')) return false;
  const closeAt = text.slice(q.end, q.end + 13).indexOf('”');
  if (closeAt < 0) return false;
  const close = q.end + closeAt;
  if (text.slice(q.end, close).includes('“')) return false;
  const quoted = text.slice(open + 1, close);
  // A name is short and unpunctuated; a quoted speech is not a name.
  return quoted.length > q.end - q.start && quoted.length <= 12 && !CLAUSE_MARK.test(quoted);
}

/** Index of the last `ch` in `text` at or before `from` and at most `reach` characters back, or -1. */
function lastIndexWithin(text: string, ch: string, from: number, reach: number): number {
  const c = ch.charCodeAt(0);
  for (let i = Math.min(from, text.length - 1); i >= 0 && i >= from - reach; i--) if (text.charCodeAt(i) === c) return i;
  return -1;
}

// Words that make N日 a span of days rather than a day of the month (压缩至20日, 1日办结, 20日内).
const DAYS_BEFORE = /(?:至|到|用|需|需要|历时|为期|仅|只|达|共|累计|缩短|压缩|延长|每|前|后|提前|超过|不超过|不到)$/u;
const DAYS_AFTER = /^(?:内|以内|之内|左右|办结|完成|以上|以下|时间|期限|之久|后|前)/u;

/**
 * 30日13时, 卡斯特罗30日会见: in news a bare N日 (N ≤ 31) is a date, not a duration, unless a
 * word around it measures days. Durations written with 天 are never dates.
 */
function isDayOfMonth(q: Quantity, text: string): boolean {
  if (q.unitText !== '日' || q.value === null || !Number.isInteger(q.value) || q.value < 1 || q.value > 31 || q.comparator !== 'eq') return false;
  const before = text.slice(Math.max(0, q.start - 4), q.start);
  const after = text.slice(q.end, q.end + 4);
  return !DAYS_BEFORE.test(before) && !DAYS_AFTER.test(after);
}
