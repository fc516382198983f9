/**
 * Unit words and what they make of the number before them: the typed tables of the numbers
 * stage (currencies with their ISO codes, coins, durations, measures, counts, labels) and the
 * words that merely start like a unit. Read by numbers (its unit tries) and by statements and
 * tests; `UNIT_ROWS` is the merged table, one meaning per word.
 *
 * Canonical forms follow the numeric-statements spec: ISO codes for money, `%`, `pp`, `‰`,
 * `倍`, and Chinese unit words without magnitude. Some "units" mark the number as a label or a
 * date instead (届, 号, 级, 月 without 个).
 */

/** What a unit word makes of the number before it. */
export type UnitKind =
  | 'currency'
  | 'percent'
  | 'pp'
  | 'permille'
  | 'times'
  | 'duration'
  | 'year'
  | 'measure'
  | 'count'
  | 'month' // 3月: a calendar month, never a quantity
  | 'label' // 第十四届, 3号, 一级, 500强: part of a name
  | 'word'; // 省外 in 240万省外劳动力: a word that merely starts like a unit; no unit here

/** One unit table row. */
export interface UnitInfo {
  readonly canonical: string;
  readonly kind: UnitKind;
  /** Added to the value (一个半月 → +0.5). */
  readonly plus?: number;
  /** The wording itself says "more than" (3个多月). */
  readonly more?: boolean;
  /** Multiplies the value into the canonical unit (‱ → % × 0.01). */
  readonly factor?: number;
}

/** Currency words after the amount, with their ISO 4217 codes (元 → CNY, 港元 → HKD). */
export const CURRENCY_UNITS: readonly (readonly [string, string])[] = [
  ['元', 'CNY'], ['元人民币', 'CNY'], ['人民币', 'CNY'], ['块', 'CNY'], ['块钱', 'CNY'], ['圆', 'CNY'],
  ['美元', 'USD'], ['美金', 'USD'], ['美圆', 'USD'], ['美刀', 'USD'], ['港元', 'HKD'], ['港币', 'HKD'],
  ['欧元', 'EUR'], ['日元', 'JPY'], ['日圆', 'JPY'], ['英镑', 'GBP'], ['镑', 'GBP'], ['台币', 'TWD'], ['新台币', 'TWD'],
  ['瑞士法郎', 'CHF'], ['法郎', 'CHF'], ['卢布', 'RUB'], ['韩元', 'KRW'], ['澳元', 'AUD'], ['加元', 'CAD'],
  ['新加坡元', 'SGD'], ['新元', 'SGD'], ['奈拉', 'NGN'], ['卢比', 'INR'], ['泰铢', 'THB'], ['林吉特', 'MYR'],
  ['$', 'USD'], ['澳门元', 'MOP'], ['澳门币', 'MOP'], ['比特币', 'BTC'], ['个比特币', 'BTC'], ['枚比特币', 'BTC'],
  // Hong Kong and Taiwan write the currency after 元 as 元人民币 is written (2157.85亿元新台币).
  ['元新台币', 'TWD'], ['元台币', 'TWD'], ['元港币', 'HKD'], ['元港元', 'HKD'], ['元澳门币', 'MOP'], ['元澳门元', 'MOP'],
  // Regional currencies in traditional characters (港幣, 新臺幣, 澳門元): the same ISO codes.
  ['港幣', 'HKD'], ['新臺幣', 'TWD'], ['新台幣', 'TWD'], ['臺幣', 'TWD'], ['台幣', 'TWD'], ['澳門元', 'MOP'], ['澳門幣', 'MOP'],
  ['歐元', 'EUR'], ['英鎊', 'GBP'], ['圓', 'CNY'], ['塊錢', 'CNY'],
];

/**
 * Coins counted in hundredths or tenths of a base currency: the value is given in the base
 * (spec: money in the base currency unit), so 2.5美分 → 0.025 USD and 23.03港仙 → 0.2303 HKD.
 * 毛/角/分 stand alone only with 钱 (五毛钱): 三毛 is a name, 三角 a shape, 5分 a score.
 */
export const SUB_CURRENCY_UNITS: readonly (readonly [string, string, number])[] = [
  ['美分', 'USD', 0.01], ['港仙', 'HKD', 0.01], ['欧分', 'EUR', 0.01], ['歐分', 'EUR', 0.01], ['便士', 'GBP', 0.01],
  ['毛钱', 'CNY', 0.1], ['角钱', 'CNY', 0.1], ['分钱', 'CNY', 0.01], ['毛錢', 'CNY', 0.1], ['分錢', 'CNY', 0.01],
];

/** Spans of time: word, canonical unit, a half or more added by the word itself (个半月 → +0.5, 个多月 → more). */
export const DURATION_UNITS: readonly (readonly [string, string, number?, boolean?])[] = [
  ['天', '日'], ['日', '日'], ['个工作日', '工作日'], ['工作日', '工作日'], ['个月', '月'], ['个多月', '月', 0, true],
  ['个半月', '月', 0.5], ['年', '年'], ['年半', '年', 0.5], ['年多', '年', 0, true], ['个小时', '小时'], ['小时', '小时'],
  ['个半小时', '小时', 0.5], ['个多小时', '小时', 0, true], ['分钟', '分钟'], ['秒', '秒'], ['秒钟', '秒'], ['周', '周'],
  ['个星期', '星期'], ['星期', '星期'], ['个季度', '季度'], ['季度', '季度'], ['周岁', '周岁'], ['岁', '岁'], ['周年', '周年'],
  ['个年头', '年'], ['昼夜', '昼夜'], ['学期', '学期'], ['代', '代'],
  // Market news counts trading days (距离春节仅有不到十个交易日, 春节前5个交易日).
  ['个交易日', '交易日'], ['交易日', '交易日'],
];

/** Measures (weights, lengths, areas, volumes, energy, data): the word is its own canonical unit. */
export const MEASURE_UNITS: readonly string[] = [
  '吨', '千克', '公斤', '克', '克拉', '毫克', '微克', '纳克', '斤', '磅', '盎司', '公里', '千米', '米', '厘米', '毫米', '公分',
  '微米', '纳米', '英里', '海里', '英尺', '英寸', '平方米', '平方公里', '平方千米', '平方厘米', '亩', '公顷',
  '顷', '立方米', '立方', '升', '毫升', '千升', '瓦', '千瓦', '兆瓦', '吉瓦', '千瓦时', '兆瓦时', '度', '摄氏度',
  '华氏度', '℃', '千卡', '大卡', '卡', '焦耳', '千焦', '伏', '千伏', '安培', '赫兹', '千赫', '兆赫', '兆赫兹',
  '字节', '千字节', '兆字节', '比特', '千比特', '兆比特', '标准箱', '标箱', '吨标准煤', '吨标煤', '标准煤', '桶',
  '帕', '千帕', '兆帕', '分贝', '马力', '光年', '层楼', '延米', '车道', '英亩', '蒲式耳',
];

/** Colloquial spellings of a measure written in its common form (spec: 平米 is 平方米). */
export const MEASURE_ALIASES: readonly (readonly [string, string])[] = [
  ['平米', '平方米'], ['平方', '平方米'], ['噸', '吨'], ['公噸', '吨'],
];

/** Classifiers that count items (个, 家, 人次) and their traditional forms: the word is its own canonical unit. */
export const COUNT_UNITS: readonly string[] = [
  '个', '家', '件', '台', '项', '处', '人', '人份', '所', '座', '条', '张', '户', '套', '辆', '批次', '批', '种', '名',
  '位', '次', '场', '架', '艘', '只', '头', '匹', '棵', '株', '本', '册', '篇', '部', '份', '例', '起', '宗', '笔',
  '支', '根', '片', '栋', '幢', '间', '层', '床', '枚', '颗', '粒', '对', '双', '组', '类', '档', '轮', '章', '节',
  '地', '国', '封', '回合', '列', '金', '银', '铜', '届次', '期次', '方面', '胜', '负', '平', '连胜', '连败', '战', '球', '人次', '件次', '户次', '架次', '车次', '班次',
  '台套', '台次', '家次', '款', '口', '瓶', '箱', '袋', '包', '盒', '罐', '幅', '艘次', '航次', '轮次', '集', '课时',
  '学时', '分', '倍数', '点位', '名次', '滴', '餐', '顿', '剂', '针', '单', '票', '卷',
  '把', '场次', '個', '雙', '對', '項', '張', '隻', '塊', '條', '臺', '輛', '種', '場', '間', '層',
  '門', '筆', '股', '手',
];

/** Words after a number that make it part of a name or a label (十九大, 3号线, 500强, 三农), never a quantity. */
export const LABEL_WORDS: readonly string[] = [
  '届', '号', '號', '号线', '号楼', '期', '级', '大', '甲', '世纪', '后', '路', '版', '中', '产', '连冠', '时', '点钟',
  '强', '环', '线', '线城市', '星级', '星', 'A级', '档次', '型', '代表', '农', '夏', '化', '楼', '号文', '年代',
  '点半', '点整', '时许', '分许', '运会', '热线', '报警', '市民服务热线',
  '市民热线', '便民热线', '号机组', '号泊位', '次会议', '次全会', '次全体会议', '次代表大会', '中全会',
  // 类 is a count (8类以上, 12类55件) except in class names: 劣五类水体, 1类创新药, 二类疫苗
  // 三轮车, 三四轮车: a kind of vehicle, not rounds
  '轮车',
  // Tenors and moving averages name an instrument, they count nothing: 10年期国债, 20日均线, 10日线.
  '年期', '日线', '日均线', '周线', '周均线',
  '类水', '类水体', '类水质', '类创新药', '类新药', '类药', '类疫苗', '类地区', '类功能区', '类声环境',
];

/**
 * Nouns that start with a unit or label character (户籍, 家政人员, 大学生, 农村): after a number
 * they are the counted noun, not a unit, so the number is a bare count (unit '', like 4386万).
 * Entries are whole words, long enough not to swallow a real unit before another word
 * (2家政府部门 keeps 家, so 家政 alone is not listed; 3个体系 keeps 个, so 个体 alone is not).
 */
export const NOUN_WORDS: readonly string[] = [
  // 户, 家, 个, 台, 次, 类 + a noun
  '户籍', '户口', '家政人员', '家政服务', '家政服务员', '家政从业人员', '家政企业', '家政工', '个体工商户', '个体户',
  '个体经营', '台式电脑', '台式机', '次产业', '类似',
  // labels 大, 中, 农, 线, 产 + a noun (十九大, 三中全会, 三农, 一线, 二产 stay labels)
  '大学生', '大学', '大中小学', '大中型', '中小企业', '中小微企业', '中小学', '中小学生', '中小学校', '中青年', '中老年',
  '农户', '农村', '农民', '农民工', '农业', '农田', '线上', '线下', '产业', '产业工人',
  // sports tallies 平, 战 before a word: 5平台, 20战斗机 (平/战 alone are units: 2平, 3战全负)
  '平台', '平安', '平衡', '平均', '平原', '平稳', '平价', '平行', '平板', '平等',
  '战斗', '战斗机', '战机', '战略', '战争', '战士', '战区', '战场', '战线', '战役', '战术', '战舰', '战队', '战车', '战绩',
  '战果', '战胜', '战友', '负责', '负责人', '负债', '负担', '负面', '负荷',
  // 股 (shares) and 手 (lots) + a noun: 3股力量 keeps 股, but 股东, 手机 are the counted noun
  '股东', '股份', '股票', '股权', '股市', '股价', '股本', '股民', '股指', '股息', '手机', '手段', '手续', '手术', '手工',
  '手续费', '手中', '手里', '手上',
];

/**
 * Words that start with a count or unit character but name a place, a group or a thing (省外 in
 * 240万省外劳动力, 人口, 项目, 金牌): after a number they are what is counted, not its unit.
 */
export const PLACE_AND_NOUN_WORDS: readonly string[] = [
  '省外', '省内', '市外', '市内', '县域', '区内', '区外', '国内', '国外', '地区', '人民', '人口', '人才', '人员', '人群', '人士', '人均', '家庭', '台湾', '台州', '条件', '条例', '项目', '种类', '种植', '批准', '银行', '金额', '金融', '金牌', '银牌', '铜牌', '金奖', '银奖', '铜奖',
];

function rows(): [string, UnitInfo][] {
  const out = new Map<string, UnitInfo>();
  for (const w of COUNT_UNITS) out.set(w, { canonical: w, kind: 'count' });
  for (const w of MEASURE_UNITS) out.set(w, { canonical: w, kind: 'measure' });
  for (const w of LABEL_WORDS) out.set(w, { canonical: w, kind: 'label' });
  for (const [w, c] of MEASURE_ALIASES) out.set(w, { canonical: c, kind: 'measure' });
  for (const [w, c] of CURRENCY_UNITS) out.set(w, { canonical: c, kind: 'currency' });
  for (const [w, c, factor] of SUB_CURRENCY_UNITS) out.set(w, { canonical: c, kind: 'currency', factor });
  // 两打鸡蛋: a dozen is twelve items (counted as 个).
  out.set('打', { canonical: '个', kind: 'count', factor: 12 });
  for (const [w, c, plus, more] of DURATION_UNITS) {
    out.set(w, { canonical: c, kind: 'duration', ...(plus ? { plus } : {}), ...(more ? { more } : {}) });
  }
  out.set('年', { canonical: '年', kind: 'year' });
  out.set('年度', { canonical: '年度', kind: 'year' });
  out.set('学年', { canonical: '学年', kind: 'year' });
  out.set('财年', { canonical: '财年', kind: 'year' });
  out.set('年版', { canonical: '年版', kind: 'year' });
  out.set('月', { canonical: '月', kind: 'month' });
  out.set('月份', { canonical: '月', kind: 'month' });
  out.set('%', { canonical: '%', kind: 'percent' });
  out.set('‰', { canonical: '‰', kind: 'permille' });
  out.set('‱', { canonical: '%', kind: 'percent', factor: 0.01 });
  out.set('个百分点', { canonical: 'pp', kind: 'pp' });
  out.set('百分点', { canonical: 'pp', kind: 'pp' });
  out.set('倍', { canonical: '倍', kind: 'times' });
  for (const w of NOUN_WORDS) out.set(w, { canonical: '', kind: 'word' });
  for (const w of PLACE_AND_NOUN_WORDS) out.set(w, { canonical: '', kind: 'word' });
  out.set('两', { canonical: '两', kind: 'measure' });
  out.set('°C', { canonical: '℃', kind: 'measure' });
  out.set('°c', { canonical: '℃', kind: 'measure' });
  out.set('°F', { canonical: '℉', kind: 'measure' });
  return [...out];
}

/**
 * Every unit word with its one meaning. No word stands in two of the lists above (the lexicon
 * tests check it), so the order of rows() decides nothing.
 */
export const UNIT_ROWS: readonly (readonly [string, UnitInfo])[] = rows();

/** Latin units (canonical form); they must end at a non-letter (`5G` is a label, `5GW` a measure). */
export const LATIN_UNIT_WORDS: readonly (readonly [string, string])[] = [
  ['cm', 'cm'], ['CM', 'cm'], ['mm', 'mm'], ['km', 'km'], ['KM', 'km'], ['m', 'm'], ['kg', 'kg'], ['KG', 'kg'], ['g', 'g'],
  ['mg', 'mg'], ['t', 't'], ['kW', 'kW'], ['KW', 'kW'], ['kw', 'kW'], ['kWh', 'kWh'], ['MW', 'MW'], ['GW', 'GW'],
  ['MWh', 'MWh'], ['GWh', 'GWh'], ['GB', 'GB'], ['TB', 'TB'], ['MB', 'MB'], ['KB', 'KB'], ['Mbps', 'Mbps'],
  ['Gbps', 'Gbps'], ['Hz', 'Hz'], ['MHz', 'MHz'], ['GHz', 'GHz'], ['mL', 'mL'], ['ml', 'mL'], ['L', 'L'],
  ['m2', 'm²'], ['m²', 'm²'], ['m3', 'm³'], ['m³', 'm³'], ['TEU', 'TEU'], ['nm', 'nm'], ['ppm', 'ppm'],
    ];

/** 千/兆 starting one of these is an SI prefix of the unit, not a magnitude of the number. */
export const PREFIXED_UNIT_WORDS: readonly string[] = [
  '千瓦', '千米', '千克', '千卡', '千焦', '千伏', '千帕', '千赫', '千字节', '千比特', '千升', '千瓦时', '兆瓦', '兆字节',
  '兆赫', '兆帕', '兆焦', '兆比特', '兆瓦时', '兆欧',
  ];

/** Currency symbols written before the number, with their ISO codes. */
export const CURRENCY_SYMBOL_WORDS: readonly (readonly [string, string])[] = [
  ['$', 'USD'], ['US$', 'USD'], ['￥', 'CNY'], ['¥', 'CNY'], ['RMB', 'CNY'], ['€', 'EUR'], ['£', 'GBP'], ['HK$', 'HKD'],
];

/** Units a price may be given per (每吨, 元/股): measures, shares (股) and lots (手). */
export const PER_UNIT_WORDS: readonly (readonly [string, string])[] = [
  ...MEASURE_UNITS.map((w) => [w, w] as const),
  ...MEASURE_ALIASES,
  ['股', '股'],
  ['手', '手'],
];
