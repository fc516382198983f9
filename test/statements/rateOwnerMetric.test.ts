import { describe, expect, it } from 'vitest';
import { rateOwnerMetric } from '../../src/statements/metric.js';

// A bare rate noun takes the measure reported just before it in the sentence.
const rows: { name: string; metric: string; previous: string; expected: string }[] = [
  { name: 'index level then its fall', metric: '跌幅', previous: '上证指数', expected: '上证指数跌幅' },
  { name: 'profit then its growth', metric: '增幅', previous: '净利润', expected: '净利润增幅' },
  { name: 'fund size then its decline', metric: '降幅', previous: '分级基金规模', expected: '分级基金规模降幅' },
  { name: 'growth speed', metric: '增速', previous: '营业收入', expected: '营业收入增速' },
  // Negatives: the rate already names its measure, or there is nothing to borrow.
  { name: 'a rate with its own measure stays', metric: '居民消费价格涨幅', previous: '地区生产总值', expected: '居民消费价格涨幅' },
  { name: 'not a rate noun', metric: '失业率', previous: '居民消费价格涨幅', expected: '失业率' },
  { name: 'no statement before it', metric: '涨幅', previous: '', expected: '涨幅' },
  { name: 'the statement before is itself a rate', metric: '跌幅', previous: '沪指涨幅', expected: '跌幅' },
];

describe('rateOwnerMetric', () => {
  for (const r of rows) it(r.name, () => expect(rateOwnerMetric(r.metric, r.previous)).toBe(r.expected));
});
