/**
 * Hand-made entities and statements on the real seed text, with offsets found by searching the
 * text, for testing the renderer before (and independently of) the real extractors.
 */
import { readFileSync } from 'node:fs';
import type { Analysis, Entity, EntitySubtype, EntityType, Horizon, Statement } from '../../src/core/types.js';
import { toValueBounds } from '../../src/core/valueBounds.js';

export const SEED_PATH = new URL('../../fixtures/langfang-development-zone.txt', import.meta.url);

/** The seed article. */
export function seedText(): string {
  return readFileSync(SEED_PATH, 'utf8');
}

/** Offset of `needle` inside the `nth` occurrence of `context` (which defaults to the needle). */
function locate(text: string, needle: string, context = needle, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(context, at + 1);
    if (at < 0) throw new Error(`seed fixture: ${JSON.stringify(context)} #${nth} not found`);
  }
  const inner = context.indexOf(needle);
  if (inner < 0) throw new Error(`seed fixture: ${JSON.stringify(needle)} not in ${JSON.stringify(context)}`);
  return at + inner;
}

function allOffsets(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) out.push(at);
  return out;
}

type EntitySpec = [text: string, type: EntityType, subtype: EntitySubtype, canonical: string, source: Entity['source'], all?: boolean];

const ENTITIES: readonly EntitySpec[] = [
  ['廊坊开发区', 'institution', 'government', '廊坊经济技术开发区管理委员会', 'alias', true],
  ['国家商务部', 'institution', 'government', '中华人民共和国商务部', 'alias'],
  ['新奥动力科技(廊坊)有限公司', 'enterprise', 'company', '新奥动力科技(廊坊)有限公司', 'rule'],
  ['华为', 'enterprise', 'company', '华为技术有限公司', 'dictionary', true],
  ['中国医学科学院肿瘤医院廊坊院区', 'institution', 'hospital', '中国医学科学院肿瘤医院廊坊院区', 'dictionary'],
  ['腾讯', 'enterprise', 'company', '深圳市腾讯计算机系统有限公司', 'dictionary'],
  ['京津冀大数据创新应用中心', 'institution', 'research', '京津冀大数据创新应用中心', 'rule'],
  ['北京热景生物技术股份有限公司', 'enterprise', 'company', '北京热景生物技术股份有限公司', 'rule'],
  ['中石油', 'enterprise', 'company', '中国石油天然气集团有限公司', 'alias'],
  ['阿克苏诺贝尔装饰涂料(廊坊)有限公司', 'enterprise', 'company', '阿克苏诺贝尔装饰涂料(廊坊)有限公司', 'rule'],
  ['建设银行', 'enterprise', 'bank', '中国建设银行股份有限公司', 'alias'],
  ['河北日报', 'institution', 'media', '河北日报社', 'dictionary', true],
  ['开发区行政审批局', 'institution', 'government', '廊坊经济技术开发区行政审批局', 'rule'],
  ['憩园社区', 'institution', 'community', '憩园社区居民委员会', 'rule'],
  ['华升富士达电梯有限公司', 'enterprise', 'company', '华升富士达电梯有限公司', 'rule'],
];

/**
 * Fields the statement extractor adds beyond the spec (cue words, basis of the kind). Spread from
 * a variable so this fixture compiles whether or not the result type carries them.
 */
const EXTRA_STATEMENT_FIELDS = { cues: [], basis: 'default' } as const;

const THIS_YEAR: Horizon = { text: '今年', from: 2020, to: 2020 };

type StatementSpec = {
  text: string;
  context?: string;
  kind: Statement['kind'];
  comparator?: Statement['comparator'];
  value: number | null;
  min?: number;
  max?: number;
  unit: string;
  change?: Statement['change'];
  metric: string;
  subject?: string | null;
  horizon?: Horizon | null;
};

const STATEMENTS: readonly StatementSpec[] = [
  { text: '前30强', context: '开发区前30强', kind: 'target', comparator: 'lte', value: 30, unit: 'rank', metric: '全国国家级开发区排名', horizon: { text: '3至5年', from: 2023, to: 2025 } },
  { text: '219家', kind: 'fact', value: 219, unit: '家', metric: '国家级开发区', subject: null, horizon: { text: '2019年度', from: 2019, to: 2019 } },
  { text: '第39位', kind: 'fact', value: 39, unit: 'rank', metric: '综合排名', horizon: { text: '2019年度', from: 2019, to: 2019 } },
  { text: '14位', context: '上升14位', kind: 'fact', value: 14, unit: 'rank', change: 'increase', metric: '综合排名', horizon: { text: '2019年度', from: 2019, to: 2019 } },
  { text: '1000台', context: '年产1000台', kind: 'capacity', value: 1000, unit: '台', metric: '燃气轮机高温部件', subject: '新奥动力科技(廊坊)有限公司', horizon: null },
  { text: '1200万人份', kind: 'capacity', value: 12000000, unit: '人份', metric: '体外诊断试剂', subject: '北京热景生物技术股份有限公司', horizon: null },
  { text: '850台', kind: 'capacity', value: 850, unit: '台', metric: '配套仪器', subject: '北京热景生物技术股份有限公司', horizon: null },
  { text: '至少1.8亿元', kind: 'target', comparator: 'gte', value: 180000000, unit: 'CNY', metric: '科技创新财政资金', horizon: THIS_YEAR },
  { text: '28家', kind: 'target', value: 28, unit: '家', metric: '省级及以上研发机构', horizon: THIS_YEAR },
  { text: '135件', kind: 'target', value: 135, unit: '件', metric: '每名从业人员发明专利拥有量', horizon: THIS_YEAR },
  { text: '135个', kind: 'target', value: 135, unit: '个', metric: '年度发明专利授权量', horizon: THIS_YEAR },
  { text: '两万吨', kind: 'capacity', value: 20000, unit: '吨', metric: '年加工处理蜂蜜能力', subject: '百花蜂蜜廊坊生产基地', horizon: null },
  { text: '16个', kind: 'fact', value: 16, unit: '个', metric: '续建和保投产项目', horizon: THIS_YEAR },
  { text: '11个', kind: 'target', value: 11, unit: '个', metric: '按期开工建设项目', horizon: THIS_YEAR },
  { text: '85%', kind: 'fact', value: 85, unit: '%', metric: '产品出口比例', subject: '廊坊全兴希尔思交通器材有限公司', horizon: null },
  { text: '95%以上', kind: 'target', comparator: 'gte', value: 95, unit: '%', metric: '政务服务事项网上可办率', horizon: THIS_YEAR },
  { text: '1日', context: '1日办结', kind: 'target', value: 1, unit: '日', metric: '企业开办时限', horizon: THIS_YEAR },
  { text: '20日', context: '压缩至20日', kind: 'target', comparator: 'lte', value: 20, unit: '日', metric: '社会投资简易低风险项目审批时限', horizon: THIS_YEAR },
  { text: '55个工作日以内', kind: 'target', comparator: 'lte', value: 55, unit: '工作日', metric: '工程建设项目审批时限', horizon: THIS_YEAR },
  { text: '25.9亿元', kind: 'fact', value: 2590000000, unit: 'CNY', metric: '贷款', subject: '全区金融机构', horizon: THIS_YEAR },
  { text: '超过10亿元', kind: 'fact', comparator: 'gt', value: 1000000000, unit: 'CNY', metric: '总投资', horizon: { text: '2020年', from: 2020, to: 2020 } },
  { text: '1.43亿美元', kind: 'fact', value: 143000000, unit: 'USD', metric: '投资', subject: 'NAPA创菱汽车综合产业园', horizon: THIS_YEAR },
  { text: '19亿元', kind: 'forecast', value: 1900000000, unit: 'CNY', metric: '年营业收入', subject: 'NAPA创菱汽车综合产业园', horizon: null },
  { text: '30多件', kind: 'fact', comparator: 'gt', value: 30, unit: '件', metric: '周末办事', subject: '政务大厅', horizon: { text: '4月11日和12日', from: 2020, to: 2020 } },
  { text: '768处', kind: 'fact', value: 768, unit: '处', metric: '安全隐患', horizon: { text: '复工复产以来', from: 2020, to: 2020 } },
  { text: '118家', kind: 'fact', value: 118, unit: '家', metric: '复工复产企业', horizon: { text: '复工复产以来', from: 2020, to: 2020 } },
];

/** Hand-made entities on the seed (sorted by offset), with offsets found in `text`. */
export function seedEntities(text: string): Entity[] {
  const out: Entity[] = [];
  for (const [name, type, subtype, canonical, source, all] of ENTITIES) {
    const offsets = all === true ? allOffsets(text, name) : [locate(text, name)];
    for (const start of offsets) out.push({ start, end: start + name.length, text: name, type, subtype, canonical, source });
  }
  return out.sort((a, b) => a.start - b.start);
}

function fail(text: string): never {
  throw new Error(`hand-made statement ${text}: bounds do not fit its comparator`);
}

/** Hand-made statements on the seed (sorted by offset), with offsets found in `text`. */
export function seedStatements(text: string): Statement[] {
  const out = STATEMENTS.map((s): Statement => {
    const start = locate(text, s.text, s.context ?? s.text);
    const range = s.comparator === 'range';
    return {
      ...EXTRA_STATEMENT_FIELDS,
      start,
      end: start + s.text.length,
      text: s.text,
      kind: s.kind,
      ...(toValueBounds(s.comparator ?? 'eq', range ? null : (s.value ?? null), range ? (s.min ?? null) : null, range ? (s.max ?? null) : null) ??
        fail(s.text)),
      unit: s.unit,
      change: s.change ?? null,
      metric: s.metric,
      subject: s.subject === undefined ? '廊坊开发区' : s.subject,
      horizon: s.horizon ?? null,
    };
  });
  return out.sort((a, b) => a.start - b.start);
}

/** A complete hand-made analysis of `text` (no sentences or tokens: the renderer needs none). */
export function handmadeAnalysis(text: string, extra: Partial<Pick<Analysis, 'id' | 'date'>> = {}): Analysis {
  return { ...extra, text, sentences: [], tokens: [], entities: seedEntities(text), quantities: [], statements: seedStatements(text) };
}
