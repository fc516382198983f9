/**
 * The "core" of a quantity: a numeral with what is written right after it (its unit, 多/余/来,
 * 半, 成/折, a fraction, smaller coins), before bound words and ranges are looked at.
 */
import * as chars from './chars.js';
import * as boundWords from './bounds.js';
import { RANGE_CONNECTORS } from './bounds.js';
import * as scan from './scanNumber.js';
import type { NumeralRun } from './scanNumber.js';
import * as trie from './trie.js';
import { CURRENCY_BEFORE, LATIN_UNITS, UNITS, isPerUnit } from './units.js';
import type { UnitInfo } from './units.js';

// Module-local copies of the hot helpers: some loaders (tsx, CJS interop) turn every use of
// an imported binding into a getter call, which costs a third of the run time here.
const { CHAR_CLASS, C_ARABIC, C_DIGIT, C_MAG, ch, isArabic, isHan, isLatin, codeAt } = chars;
const { boundBefore } = boundWords;
const { digitAt, readNumeral } = scan;
const { matchBackward, matchForward } = trie;
// Code units compared in the readers below (module constants: no call per comparison).
const C_YOU_AND = ch('又');
const C_BA = ch('把');
const C_DUO = ch('多');
const C_YU_MORE = ch('余');
const C_YU_MORE_TRAD = ch('餘');
const C_LAI = ch('来');
const C_WAN = ch('万');
const C_YI_BIG = ch('亿');
const C_PLUS = ch('+');
const C_DA_DOZEN = ch('打');
const C_YUAN = ch('元');
const C_KUAI = ch('块');
const C_KUAI_TRAD = ch('塊');
const C_DE = ch('的');
const C_YI_BY = ch('以');
const C_BI = ch('比');
const C_K_LOWER = ch('k');
const C_K_UPPER = ch('K');
const C_W_LOWER = ch('w');
const C_W_UPPER = ch('W');
const C_M_UPPER = ch('M');
const C_PERCENT = ch('%');
const C_PERMILLE = ch('‰');
const C_CELSIUS = ch('℃');
const C_PERMYRIAD = ch('‱');
const C_QIAN_MONEY = ch('钱');
const C_QIAN_MONEY_TRAD = ch('錢');
const C_YI_ONE = ch('一');
const C_LDQUO = ch('“');
const C_RDQUO = ch('”');
const C_MEI = ch('每');
const C_LPAREN_FULL = ch('（');
const C_LPAREN = ch('(');
const C_RPAREN_FULL = ch('）');
const C_RPAREN = ch(')');

/** A number with what directly follows it (unit, 多/余, 半), before bounds and ranges. */
export interface Core {
  readonly num: NumeralRun;
  /** Value after unit factors (k, 成, 半, fraction as percent). */
  readonly value: number;
  readonly unit: string;
  readonly unitKind: UnitInfo['kind'] | 'none' | 'rank';
  readonly unitText: string;
  /** End of number + unit. */
  readonly end: number;
  /** 30多件, 十几万, 3个多月: more than the value. */
  readonly more: boolean;
  /** 30来个: about the value. */
  readonly about: boolean;
  /** The number is a label, date or part of a name: skip it and its unit. */
  readonly reject: boolean;
  /** Factor the unit applied to the numeral (美分 → 0.01, 打 → 12); undefined for 1. */
  readonly scale: number | undefined;
}
// Every core is built by makeCore, bareCore or rejectedCore (or spread from one): one object
// shape keeps the property loads of the readers monomorphic.

const C_BAN = ch('半');
const C_CHENG = ch('成');
const C_ZHE = ch('折');
const C_SLASH = ch('/');
const C_FEN = ch('分');
const C_DIAN = ch('点');
const C_GE = ch('个');
const C_ZHI = ch('之');
const C_YU_AND = ch('与');
const C_HE = ch('和');

/** Compounds of 成/折 that are words, not 三成 (30%) or 八折 (80%). */
const CHENG_WORDS = new Set([...'为功立长本果熟交员都绩效就型片套批规网链群年人'].map(ch));
const ZHE_WORDS = new Set([...'合旧算射腾叠现价扣返让服磨中成'].map(ch));

/** A core that was read and kept; the caller still decides on bounds and ranges. */
export function makeCore(
  num: NumeralRun,
  value: number,
  unit: string,
  unitKind: Core['unitKind'],
  unitText: string,
  end: number,
  more: boolean,
): Core {
  return { num, value, unit, unitKind, unitText, end, more, reject: false, about: false, scale: undefined };
}

/** A core with no unit read after the numeral (百分之九十五 reads its unit before it). */
export function bareCore(num: NumeralRun, end: number): Core {
  return { num, value: num.value, unit: '', unitKind: 'none', unitText: '', end, more: false, reject: false, about: false, scale: undefined };
}

/** The core of a numeral that must be skipped up to `end` (a label, date or name). */
function rejectedCore(num: NumeralRun, end: number): Core {
  return { num, value: 0, unit: '', unitKind: 'none', unitText: '', end, more: false, reject: true, about: false, scale: undefined };
}

/** True when a Latin letter sits at `i`: a label such as 5G, G20, 4A, not a number. */
export function latinAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && isLatin(codeAt(s, i));
}

/**
 * Reads the unit and the words glued to the numeral `num` of the width-folded text `s`
 * (`orig` is the caller's text, for `unitText`). With `allowBare` false, a weak Chinese
 * numeral without a unit (一, 三) is rejected unless a range follows.
 *
 * @example
 * readCore('投入1.8亿元', '投入1.8亿元', readNumeral('投入1.8亿元', 2)!, false)
 * //=> { value: 180000000, unit: 'CNY', unitKind: 'currency', unitText: '亿元', end: 7, … }
 */
export function readCore(s: string, orig: string, num: NumeralRun, allowBare: boolean): Core {
  let value = num.value;
  let pos = num.end;
  let more = num.vague;
  const c0 = codeAt(s, pos);
  // Fractions: 三分之一 → 33.33 %.
  if (c0 === C_FEN && codeAt(s, pos + 1) === C_ZHI) {
    const right = readNumeral(s, pos + 2);
    if (!right || num.value === 0) return rejectedCore(num, pos + 2);
    value = (right.value / num.value) * 100;
    return withSuffixUnit(s, orig, num, right.end, value, '%', 'percent', '', more);
  }
  // 1/2: an Arabic fraction, a share like 三分之一.
  if (c0 === C_SLASH && num.arabic && !num.chinese && Number.isInteger(num.value) && isArabic(codeAt(s, pos + 1))) {
    const right = readNumeral(s, pos + 1);
    if (right && right.arabic && !right.chinese && right.value > 0 && codeAt(s, right.end) !== C_SLASH) {
      return withSuffixUnit(s, orig, num, right.end, (num.value / right.value) * 100, '%', 'percent', '', more);
    }
  }
  // 十一又十四分之一: a whole number and a fraction.
  if (c0 === C_YOU_AND) {
    const den = readNumeral(s, pos + 1);
    if (den && codeAt(s, den.end) === C_FEN && codeAt(s, den.end + 1) === C_ZHI && den.value !== 0) {
      const numer = readNumeral(s, den.end + 2);
      if (numer) return makeCore(num, value + numer.value / den.value, '', 'none', '', numer.end, more);
    }
  }
  let about = false;
  // 千把块钱, 万把人, 百把个: 把 after a round 百, 千 or 万 and before a unit is "about" (spoken).
  if (c0 === C_BA && num.digitless && num.end - num.start === 1 && num.value >= 100 && num.value <= 1e4) {
    if (matchForward(UNITS, s, pos + 1) !== null) {
      about = true;
      pos++;
    }
  }
  if (c0 === C_DUO || c0 === C_YU_MORE || c0 === C_YU_MORE_TRAD || c0 === C_LAI) {
    const after = codeAt(s, pos + 1);
    // 30多件, 500余家, 30来个 (but 十多万 was read by the numeral itself).
    if (!(after === C_WAN || after === C_YI_BIG) && (c0 !== C_LAI || matchForward(UNITS, s, pos + 1) !== null)) {
      if (c0 === C_LAI) about = true;
      else more = true;
      pos++;
    }
  }
  // Internet-style magnitudes after Arabic digits: 40k, 5w, 10W+, 1.2M.
  const multStart = pos;
  const mult = num.arabic && !num.chinese ? letterMagnitude(s, pos) : 0;
  if (mult > 0) {
    value *= mult;
    pos++;
    // 10w+, 10W+: "more than".
    if (codeAt(s, pos) === C_PLUS) {
      more = true;
      pos++;
    }
  }
  // 三十个亿, 一个亿, 两个多亿: spoken money counts 亿 with a classifier; the amount is the numeral times 亿.
  const spokenYi = mult === 0 && num.magTail === num.end && codeAt(s, pos) === C_GE && (codeAt(s, pos + 1) === C_YI_BIG || (codeAt(s, pos + 1) === C_DUO && codeAt(s, pos + 2) === C_YI_BIG));
  if (spokenYi) {
    const duo = codeAt(s, pos + 1) === C_DUO;
    if (duo) more = true;
    value *= 1e8;
    pos += duo ? 3 : 2;
  }
  const multText = orig.slice(multStart, pos);
  // ５００　亿元, 3，000 元: spaces between the number and its unit belong to the quantity.
  if (codeAt(s, pos) === SPACE) {
    const at = codeAt(s, pos + 1) === SPACE ? pos + 2 : pos + 1;
    const unitAt = matchForward(UNITS, s, at);
    if (unitAt !== null && unitAt.value.kind !== 'word' && isHanOrSymbol(codeAt(s, at))) pos = at;
  }
  const c = codeAt(s, pos);
  if (c === C_CHENG && value <= 10 && !CHENG_WORDS.has(codeAt(s, pos + 1))) {
    let end = pos + 1;
    let v = value * 10;
    const d = digitAt(s, end);
    if (codeAt(s, end) === C_BAN) {
      v += 5;
      end++;
    } else if (d !== undefined && num.chinese && !isHan(codeAt(s, end + 1))) {
      v += d;
      end++;
    }
    return makeCore(num, v, '%', 'percent', orig.slice(pos, end), end, more);
  }
  if (c === C_ZHE && !ZHE_WORDS.has(codeAt(s, pos + 1)) && value > 0 && value < 100 && value !== 10) {
    return makeCore(num, value < 10 ? value * 10 : value, '%', 'percent', orig.slice(pos, pos + 1), pos + 1, more);
  }
  if (latinAt(s, pos)) {
    const lu = matchForward(LATIN_UNITS, s, pos);
    if (!lu || latinAt(s, lu.at)) return rejectedCore(num, pos);
    return makeCore(num, value, lu.value.canonical, 'measure', magText(orig, num) + orig.slice(pos, lu.at), lu.at, more);
  }
  const m = matchForward(UNITS, s, pos);
  const u = m && m.value.kind !== 'word' ? m : null;
  // 两打 is 24 items, but 三打一 (three against one) and 打折 are no dozens.
  const dozenVerb = u !== null && codeAt(s, pos) === C_DA_DOZEN && u.at === pos + 1 && !dozenFollows(s, u.at);
  // 报收4239.4点, 突破25000点: an index in points. Small whole numbers before 点 are hours (下午3点).
  if (!u && codeAt(s, pos) === C_DIAN && num.arabic && !num.chinese && (value > 24 || !Number.isInteger(value))) {
    return makeCore(num, value, '点', 'measure', magText(orig, num) + multText + orig.slice(pos, pos + 1), pos + 1, more);
  }
  if (!u || dozenVerb) {
    if (num.chinese && !num.arabic && !allowBare && !num.strong && !spokenYi && !rangeFollows(s, pos) && !boundedRound(s, num)) {
      return rejectedCore(num, pos);
    }
    return makeCore(num, value, '', 'none', magText(orig, num) + multText, pos, more);
  }
  let info = u.value;
  let uAt = u.at;
  // 100万元港币, 5亿元新台币: 元 followed by the currency's name is that currency.
  if (info.canonical === 'CNY' && codeAt(s, uAt - 1) === C_YUAN) {
    const named = matchForward(UNITS, s, uAt);
    if (named !== null && named.value.kind === 'currency' && named.value.canonical !== 'CNY' && named.value.factor === undefined) {
      info = named.value;
      uAt = named.at;
    }
  }
  // 22两日: 两 starts "two days" here, it is no weight.
  if (info.canonical === '两' && uAt - pos === 1 && matchForward(UNITS, s, uAt) !== null) {
    return makeCore(num, value, '', 'none', magText(orig, num), pos, more);
  }
  // 三块地, 一块三角形的地: 块 before a noun counts pieces; 三块钱, 十二块的, 三块五, 十块三毛 are money.
  const kuai = codeAt(s, pos) === C_KUAI || codeAt(s, pos) === C_KUAI_TRAD;
  const kuaiCoins = info.canonical === 'CNY' && kuai && uAt === pos + 1 ? readCoins(s, uAt, true) : null;
  if (kuaiCoins !== null && kuaiCoins.end === uAt && isHan(codeAt(s, uAt)) && codeAt(s, uAt) !== C_DE) {
    info = { canonical: '块', kind: 'count' };
  }
  // 港币481亿元: a currency named right before the amount is what its bare 元 counts.
  if (info.canonical === 'CNY' && codeAt(s, uAt - 1) === C_YUAN && uAt - pos === 1) {
    const named = matchBackward(CURRENCY_BEFORE, s, num.start);
    if (named !== null) info = { canonical: named.value, kind: 'currency' };
  }
  // 三年行动计划, 十年倍增行动, 九年义务教育, 15分钟社区生活圈, 十年“卓粤”计划: a programme's name.
  if ((info.kind === 'year' || info.kind === 'duration') && programmeNameAt(s, uAt)) return rejectedCore(num, uAt);
  // 百岁老人: a round age glued to a noun names a kind of person.
  const nounAfter = isHan(codeAt(s, uAt)) && codeAt(s, uAt) !== C_YI_BY;
  if (num.digitless && !num.vague && num.value >= 100 && info.canonical === '岁' && nounAfter) return rejectedCore(num, uAt);
  // 比三十大: a comparison, not 三十大 (a name like 十九大).
  const comparison = codeAt(s, num.start - 1) === C_BI && (info.canonical === '大' || info.canonical === '多');
  if ((info.kind === 'label' && !comparison) || info.kind === 'month') return rejectedCore(num, uAt);
  if (comparison) return makeCore(num, value, '', 'none', magText(orig, num), pos, more);
  if (info.kind === 'year' && num.yearLike && !more) return rejectedCore(num, uAt);
  let end = uAt;
  const scale = info.factor ?? 1;
  if (info.factor !== undefined) value *= info.factor;
  if (info.plus) value += info.plus;
  if (info.more) more = true;
  // 一吨半, 两米半: half a unit more.
  if (
    codeAt(s, end) === C_BAN &&
    (info.kind === 'measure' || info.kind === 'count' || info.kind === 'duration' || info.kind === 'year') &&
    Number.isInteger(value) &&
    num.magTail === num.end
  ) {
    value += 0.5;
    end++;
  }
  // 五元三毛, 50元6角三分, 十块三毛, 三块五: smaller coins after 元 or 块.
  const yuanChar = codeAt(s, uAt - 1);
  if (info.canonical === 'CNY' && (yuanChar === C_YUAN || kuai)) {
    const coins = readCoins(s, end, kuai && uAt === pos + 1);
    value += coins.value;
    end = coins.end;
  }
  const kind = info.kind === 'year' ? 'duration' : info.kind;
  const q = withSuffixUnit(s, orig, num, end, value, info.canonical, kind, magText(orig, num) + multText + orig.slice(pos, uAt), more);
  const withScale = scale === 1 ? q : { ...q, scale };
  return about ? { ...withScale, about } : withScale;
}

const SPACE = 0x20;

/**
 * The factor of a letter written right after Arabic digits the way the internet writes
 * magnitudes: k/K thousand (40k), w ten thousand (5w, 阅读10W+: 万 in pinyin), M million (1.2M).
 * 0 when none: 5G and 3M公司 are names, 5W and 5MB are units.
 */
function letterMagnitude(s: string, pos: number): number {
  const c = codeAt(s, pos);
  const next = codeAt(s, pos + 1);
  if (latinAt(s, pos + 1)) return 0;
  if (c === C_K_LOWER || c === C_K_UPPER) return 1e3;
  if (c === C_W_LOWER || (c === C_W_UPPER && next === C_PLUS)) return 1e4;
  if (c === C_M_UPPER && !s.startsWith('公司', pos + 1) && !s.startsWith('集团', pos + 1)) return 1e6;
  return 0;
}

/** True for a Han character or a unit symbol (%, ‰, ℃, $) that may follow a space before a unit. */
function isHanOrSymbol(c: number): boolean {
  return isHan(c) || c === C_PERCENT || c === C_PERMILLE || c === C_CELSIUS || c === C_PERMYRIAD;
}

/** True when a numeral character (Chinese digit or magnitude, or an Arabic digit) sits at `k`. */
function numeralAt(s: string, k: number): boolean {
  const kk = CHAR_CLASS[codeAt(s, k)];
  return kk === C_DIGIT || kk === C_MAG || kk === C_ARABIC;
}

/** 两打鸡蛋 counts dozens; 三打一 (a numeral after 打) and 打折 do not. */
function dozenFollows(s: string, k: number): boolean {
  return !numeralAt(s, k) && codeAt(s, k) !== C_ZHE;
}

const COIN_TENTH = new Set([...'角毛'].map(ch));
/** What may follow the last coin word: 钱, 的, punctuation or a numeral (三块五一斤); not 三角形. */
function coinsEndOk(s: string, k: number): boolean {
  const c = codeAt(s, k);
  return !isHan(c) || c === C_QIAN_MONEY || c === C_QIAN_MONEY_TRAD || c === C_DE || numeralAt(s, k);
}

/**
 * Smaller coins after 元 or 块 at `p`: N角/N毛 (tenths) and then N分 (hundredths), and after 块
 * also a bare tenth digit (三块五 = 3.5, the spoken price). Returns the added value and the end.
 */
function readCoins(s: string, p: number, afterKuai: boolean): { value: number; end: number } {
  const none = { value: 0, end: p };
  const jiao = readNumeral(s, p);
  if (!jiao || jiao.value >= 10 || !Number.isInteger(jiao.value) || jiao.maxValue !== undefined) {
    return afterKuai ? spokenTenth(s, p) ?? none : none;
  }
  if (COIN_TENTH.has(codeAt(s, jiao.end))) {
    let value = jiao.value / 10;
    let end = jiao.end + 1;
    const fen = readNumeral(s, end);
    if (fen && fen.value < 10 && Number.isInteger(fen.value) && codeAt(s, fen.end) === C_FEN) {
      value += fen.value / 100;
      end = fen.end + 1;
    }
    if (codeAt(s, end) === C_QIAN_MONEY || codeAt(s, end) === C_QIAN_MONEY_TRAD) end++;
    return coinsEndOk(s, end) ? { value, end } : none;
  }
  return afterKuai ? spokenTenth(s, p) ?? none : none;
}

/**
 * 三块五, 三块五一斤: one digit right after 块 is tenths (the spoken price), when no magnitude
 * or further digit follows it (一 before a measure is "per": 三块五一斤).
 */
function spokenTenth(s: string, p: number): { value: number; end: number } | null {
  const d = digitAt(s, p);
  if (d === undefined || d === 0) return null;
  const next = codeAt(s, p + 1);
  const perMeasure = next === C_YI_ONE && matchForward(UNITS, s, p + 2)?.value.kind === 'measure';
  if (numeralAt(s, p + 1) && !perMeasure) return null;
  if (!perMeasure && !coinsEndOk(s, p + 1)) return null;
  return { value: d / 10, end: next === C_QIAN_MONEY ? p + 2 : p + 1 };
}

/** The magnitude characters at the end of the numeral (两万吨 → 万): they belong to `unitText`. */
function magText(orig: string, num: NumeralRun): string {
  return orig.slice(num.magTail, num.end);
}

/**
 * Heads of programme and period names written right after N年 / N分钟 (三年攻坚行动, 九年义务教育,
 * 15分钟社区生活圈). Data: whole words only, so 3年计划完成 is caught but 3年内完成 is not.
 */
const PROGRAMME_HEADS = trie.buildTrie(
  [
    '行动', '规划', '计划', '攻坚', '倍增行动', '倍增计划', '攻坚行动', '攻坚战', '行动方案', '工程', '义务教育',
    '生活圈', '社区生活圈', '便民生活圈', '经济圈', '通勤圈', '交通圈', '服务圈', '健身圈', '医疗圈', '就医圈',
  ].map((w) => [w, true] as const),
);

/** True when a programme head (or a short quoted name and then a head: 十年“卓粤”计划) starts at `p`. */
function programmeNameAt(s: string, p: number): boolean {
  let k = p;
  if (codeAt(s, k) === C_LDQUO) {
    const stop = Math.min(s.length, k + 10);
    k++;
    while (k < stop && codeAt(s, k) !== C_RDQUO) k++;
    if (k >= stop) return false;
    k++;
  }
  return matchForward(PROGRAMME_HEADS, s, k) !== null;
}

/** 超万亿, 破百万: a round 万 or more with no digit, right after a bound word, counts without a unit. */
function boundedRound(s: string, num: NumeralRun): boolean {
  return num.digitless && num.value >= 1e4 && (boundBefore(s, num.start)?.value ?? null) !== null;
}

/** A range connector followed by a numeral (三到五年): a bare 三 is then kept as the range's start. */
function rangeFollows(s: string, pos: number): boolean {
  const c = codeAt(s, pos);
  if (!RANGE_CONNECTORS.has(c) && c !== C_YU_AND && c !== C_HE) return false;
  const k = CHAR_CLASS[codeAt(s, pos + 1)];
  return k === C_ARABIC || k === C_DIGIT || k === C_MAG;
}

/** Adds a compound unit (微克/立方米) and an alternative unit in brackets (7.2万套（间）). */
function withSuffixUnit(
  s: string,
  orig: string,
  num: NumeralRun,
  end: number,
  value: number,
  unit: string,
  kind: Core['unitKind'],
  unitText: string,
  more: boolean,
): Core {
  let e = end;
  let canonical = unit;
  let text = unitText;
  // 28元一斤, 三块五一斤, 450元一克: in a price, 一 before a measure says "per" as 每 does.
  const perWord = codeAt(s, e) === C_MEI || codeAt(s, e) === C_YI_ONE;
  const per = codeAt(s, e) === C_SLASH || (perWord && kind === 'currency');
  if (unit !== '' && per && kind !== 'percent') {
    const second = matchForward(UNITS, s, e + 1);
    const k2 = second?.value.kind;
    // 17.1万吨/日, 130万吨/年, 100元/吨 (年 has its own kind: year); 5000元每吨, 28元一斤 (a price
    // per unit: measures and shares only, 20元一次 is a price and a count).
    const perOk = codeAt(s, e) === C_SLASH || (second !== null && isPerUnit(second.value.canonical));
    if (second && perOk && (k2 === 'measure' || k2 === 'duration' || k2 === 'count' || k2 === 'year')) {
      canonical = `${unit}/${second.value.canonical}`;
      text = text + orig.slice(e, second.at);
      e = second.at;
    }
  }
  const open = codeAt(s, e);
  if ((open === C_LPAREN_FULL || open === C_LPAREN) && unit !== '') {
    const alt = matchForward(UNITS, s, e + 1);
    const close = alt ? codeAt(s, alt.at) : 0;
    if (alt && alt.at - e <= 3 && (close === C_RPAREN_FULL || close === C_RPAREN) && alt.value.kind === 'count') {
      e = alt.at + 1;
    }
  }
  return makeCore(num, value, canonical, kind, text, e, more);
}
