import type { Quantity } from '../core/types.js';

// Counts in names and labels: 抗战胜利80周年, 第十四届, 12345热线.
const LABEL_UNITS = new Set(['周年', '届', '号']);
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
  if (insideQuotedName(text, q)) return true;
  // 十六届人大二次会议, 六次全会: session numbers.
  if (q.unit === '次' && /^(?:会议|全会|会)/u.test(text.slice(q.end, q.end + 2))) return true;
  // A bare number with no unit, magnitude or bound word is a code or label, not an amount.
  if (q.unit === '' && /^\d+$/u.test(q.text)) return true;
  if (q.comparator === 'eq' && q.value === 1 && q.unit !== 'rank' && /^一/u.test(q.text) && numeral === '一') return true;
  if (SMALL_CN.test(numeral) && PLACE_COUNT_UNITS.has(q.unit) && (prevPos === 'ns' || prevPos === 'j' || prevPos === 'nr')) return true;
  if (/^[一二两三四五六七八九十百千]+年$/u.test(q.text) && text.slice(Math.max(0, q.start - 1), q.start) === '个') return true;
  // A four-character slogan between punctuation marks (一核引领、三地协同).
  if (SMALL_CN.test(numeral) && isSloganChunk(text, q)) return true;
  // 全国第一的企业: an attributive rank names a kind of thing, it does not rank anything.
  if (q.unit === 'rank' && /^(?:、[^，,。；;、]{0,6}第[一二三四五六七八九十\d]+)*的/u.test(text.slice(q.end, q.end + 40))) return true;
  return false;
}

const CHUNK_EDGE = /[，,。；;、：:！？\s]/u;

function isSloganChunk(text: string, q: Quantity): boolean {
  if (q.start > 0 && !CHUNK_EDGE.test(text[q.start - 1]!)) return false;
  let end = q.start;
  while (end < text.length && !CHUNK_EDGE.test(text[end]!)) end++;
  return end - q.start === 4 && end > q.end;
}

/**
 * A number inside a quoted name with other words (“15分钟就业服务圈”, “两廊两带两区”) is part of
 * the name; a quote that holds only the quantity (“零”的突破) still counts.
 */
function insideQuotedName(text: string, q: Quantity): boolean {
  const open = text.lastIndexOf('“', q.start);
  if (open < 0 || q.start - open > 12) return false;
  const between = text.slice(open + 1, q.start);
  if (between.includes('”')) return false;
  const close = text.indexOf('”', q.end);
  if (close < 0 || close - q.end > 12 || text.slice(q.end, close).includes('“')) return false;
  const quoted = text.slice(open + 1, close);
  // A name is short and unpunctuated; a quoted speech is not a name.
  return quoted.length > q.end - q.start && quoted.length <= 12 && !/[，,。；;！？!?：:]/u.test(quoted);
}
